import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessageId, NETWORK_ERROR } from '../../../app/api/errors';
import { useAuth } from '../../../app/auth/auth-context';
import { CHANGE_PASSWORD_PATH } from '../../../app/auth/require-auth';
import { useT } from '../../../i18n/i18n-context';
import { AuthCard } from '../components/auth-card';
import { safeNext } from '../safe-next';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const t = useT();
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const next = safeNext(params.get('next'));

  if (state.status === 'authenticated') {
    return <Navigate to={state.user.mustChangePassword ? CHANGE_PASSWORD_PATH : next} replace />;
  }

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const user = await login(values.username, values.password);
      await navigate(user.mustChangePassword ? CHANGE_PASSWORD_PATH : next, { replace: true });
    } catch (cause) {
      const apiError = cause instanceof ApiError ? cause : new ApiError(0, NETWORK_ERROR, String(cause));
      setError(t(errorMessageId(apiError.code, apiError.status, 'login'), { message: apiError.message }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title={t('auth.login.title')}>
      {error && (
        <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />
      )}
      <Form<LoginForm>
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        data-testid="login-form"
      >
        <Form.Item
          name="username"
          label={t('auth.login.username')}
          rules={[{ required: true, message: t('auth.login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.login.password')}
          rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            data-testid="login-password"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
