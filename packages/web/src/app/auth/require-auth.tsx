import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useT } from '../../i18n/i18n-context';
import { PageSpinner } from '../pages/page-spinner';
import { canAccess, type Area } from '../permissions';
import { useAuth } from './auth-context';

export const CHANGE_PASSWORD_PATH = '/change-password';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') {
    return <PageSpinner />;
  }
  if (state.status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // docs/api.md: the server refuses everything but the password change until it is done.
  if (state.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <>{children}</>;
}

export function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const { state } = useAuth();
  const t = useT();
  if (state.status !== 'authenticated' || !canAccess(state.user.role, area)) {
    return <Result status="403" title="403" subTitle={t('errors.forbidden')} data-testid="forbidden" />;
  }
  return <>{children}</>;
}
