import { Alert } from 'antd';

/** A failed write shown on top of its form or dialog (the text from errorText: zh-CN / en-US). */
export function FormError({ error, testId }: { error: string | null; testId?: string }) {
  if (!error) return null;
  return <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} data-testid={testId} />;
}
