import { Form, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useCommunityT } from '../use-community-t';

interface Props {
  label: string;
  /** The seeds' default as the page shows it. */
  defaultText: string;
  changed: boolean;
  hint?: string;
  testId: string;
  children: ReactNode;
}

/** One county parameter: its label, a "changed" tag when it differs from the default, the default under it. */
export function SettingItem({ label, defaultText, changed, hint, testId, children }: Props) {
  const ct = useCommunityT();
  return (
    <Form.Item
      label={
        <Space size={6}>
          <span>{label}</span>
          {changed && (
            <Tag color="orange" data-testid="setting-changed">
              {ct('settings.changed')}
            </Tag>
          )}
        </Space>
      }
      extra={
        <>
          {hint && <div>{hint}</div>}
          <div data-testid={`${testId}-default`}>{ct('settings.default', { value: defaultText })}</div>
        </>
      }
      style={{ marginBottom: 16 }}
      data-testid={testId}
    >
      {children}
    </Form.Item>
  );
}
