import { apiRequest } from '../../app/api/client';
import type { ListResponse, Role, User } from '../../app/api/types';
import type { QueryParams } from '../../shared/query-string';

export const USER_FILTER_KEYS = ['q', 'role'] as const;
export type UserFilterKey = (typeof USER_FILTER_KEYS)[number];

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  countyId?: string;
  schoolId?: string;
  /** Teacher accounts: the teacher's roster code at that school. */
  teacherCode?: string;
  password?: string;
}

export interface UserChange {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  resetPassword?: boolean;
}

export function fetchUsers(query: QueryParams, signal?: AbortSignal): Promise<ListResponse<User>> {
  return apiRequest('/users', { query, signal });
}

export function createUser(user: NewUser): Promise<{ user: User; initialPassword: string }> {
  return apiRequest('/users', { method: 'POST', body: user });
}

export function updateUser(
  id: string,
  change: UserChange,
): Promise<{ user: User; initialPassword?: string }> {
  return apiRequest(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
}
