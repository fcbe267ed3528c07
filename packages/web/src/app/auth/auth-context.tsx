import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe, login as apiLogin, logout as apiLogout } from '../../features/auth/api';
import { onApiError } from '../api/client';
import type { User } from '../api/types';

type AuthState = { status: 'loading' } | { status: 'anonymous' } | { status: 'authenticated'; user: User };

interface AuthValue {
  state: AuthState;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const { user } = await fetchMe();
      setState({ status: 'authenticated', user });
    } catch {
      setState({ status: 'anonymous' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onApiError((error) => {
        // A session that ended elsewhere (timeout, disabled user) sends the user back to the login page.
        if (error.code === 'UNAUTHENTICATED') setState({ status: 'anonymous' });
        if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
          setState((previous) =>
            previous.status === 'authenticated'
              ? { status: 'authenticated', user: { ...previous.user, mustChangePassword: true } }
              : previous,
          );
        }
      }),
    [],
  );

  const login = useCallback(async (username: string, password: string) => {
    const { user } = await apiLogin(username, password);
    setState({ status: 'authenticated', user });
    return user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      setState({ status: 'anonymous' });
    }
  }, []);

  const value = useMemo(() => ({ state, login, logout, refresh }), [state, login, logout, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() outside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered under <RequireAuth>. */
export function useUser(): User {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useUser() without a signed-in user');
  return state.user;
}
