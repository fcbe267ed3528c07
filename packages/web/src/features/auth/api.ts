import { apiRequest } from '../../app/api/client';
import type { User } from '../../app/api/types';

export function login(username: string, password: string): Promise<{ user: User }> {
  return apiRequest('/auth/login', { method: 'POST', body: { username, password } });
}

export function logout(): Promise<{ ok: true }> {
  return apiRequest('/auth/logout', { method: 'POST' });
}

export function fetchMe(): Promise<{ user: User }> {
  return apiRequest('/auth/me');
}

export function changePassword(currentPassword: string, newPassword: string): Promise<{ ok: true }> {
  return apiRequest('/auth/change-password', { method: 'POST', body: { currentPassword, newPassword } });
}
