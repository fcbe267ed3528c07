import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, errorMessageId } from '../../../app/api/errors';
import { useAuth, useUser } from '../../../app/auth/auth-context';
import { useT } from '../../../i18n/i18n-context';
import { changePassword } from '../api';
import { AuthCard } from '../components/auth-card';
import { MIN_PASSWORD_LENGTH, newPasswordProblem } from '../password-rules';

interface ChangePasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage() {
  const t = useT();
  const user = useUser();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async (values: ChangePasswordForm) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      void message.success(t('auth.changePassword.success'));
      await refresh();
      await navigate('/', { replace: true });
    } catch (cause) {
      const apiError = cause instanceof ApiError ? cause : new ApiError(0, 'UNKNOWN', String(cause));
      // A 401 here means the current password was wrong, not that the session ended.
      const id =
        apiError.code === 'UNAUTHENTICATED'
          ? 'errors.wrongPassword'
          : errorMessageId(apiError.code, apiError.status, 'login');
      setError(t(id, { message: apiError.message }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title={t('auth.changePassword.title')}>
      {user.mustChangePassword && (
        <Alert
          type="warning"
          title={t('auth.changePassword.forcedNotice')}
          showIcon
          style={{ marginBottom: 16 }}
        />
      )}
      {error && (
        <Alert
          type="error"
          title={error}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="change-password-error"
        />
      )}
      <Form<ChangePasswordForm>
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        data-testid="change-password-form"
      >
        <Form.Item
          name="currentPassword"
          label={t('auth.changePassword.current')}
          rules={[{ required: true, message: t('auth.changePassword.required') }]}
        >
          <Input.Password autoComplete="current-password" data-testid="change-password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.changePassword.new')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('auth.changePassword.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) => {
                const problem = newPasswordProblem(
                  String(getFieldValue('currentPassword') ?? ''),
                  value ?? '',
                );
                return problem
                  ? Promise.reject(new Error(t(problem, { min: MIN_PASSWORD_LENGTH })))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="change-password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.changePassword.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth.changePassword.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.changePassword.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="change-password-confirm" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={submitting}
          data-testid="change-password-submit"
        >
          {t('auth.changePassword.submit')}
        </Button>
        {!user.mustChangePassword && (
          <Button type="link" block onClick={() => void navigate(-1)}>
            {t('common.back')}
          </Button>
        )}
      </Form>
    </AuthCard>
  );
}
