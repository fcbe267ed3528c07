import { Alert, Typography } from 'antd';
import { useT } from '../../../i18n/i18n-context';

/** The one-time password returned by create / reset: shown once, never stored by the client. */
export function InitialPassword({ name, password }: { name: string; password: string }) {
  const t = useT();
  return (
    <div data-testid="initial-password">
      <Alert
        type="info"
        showIcon
        title={t('pages.users.initialPasswordNotice', { name })}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph
        copyable={{ text: password }}
        code
        style={{ fontSize: 18 }}
        data-testid="initial-password-value"
      >
        {password}
      </Typography.Paragraph>
    </div>
  );
}
