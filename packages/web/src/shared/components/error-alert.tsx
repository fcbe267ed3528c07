import { Alert, Button } from 'antd';
import { ApiError, errorMessageId } from '../../app/api/errors';
import { useT } from '../../i18n/i18n-context';

/** A failed request shown in place, with its code mapped to a localized message. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', String(error));
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t(errorMessageId(apiError.code, apiError.status), { message: apiError.message })}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
