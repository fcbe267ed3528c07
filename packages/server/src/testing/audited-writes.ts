// The writes the audit test makes, in order: each creates what the next one changes (ids land in `created`).
import type { Method } from './http';

export interface AuditedWrite {
  name: string;
  method: Method;
  url: () => string;
  payload?: unknown;
  entity: string;
  action: 'create' | 'update' | 'delete';
  /** A field the after (or, for deletes, the before) image must show. */
  shows: [string, unknown];
}

export function statsBody(books: number) {
  return {
    primaryStudents: 410,
    juniorStudents: 0,
    primaryClasses: 10,
    juniorClasses: 0,
    teachingAuxArea: 2000,
    indoorSportsArea: 100,
    sportsGroundArea: 3000,
    equipmentValue: 800000,
    computers: 50,
    multimediaClassrooms: 10,
    books,
  };
}

export function auditedWrites(created: Record<string, string>): AuditedWrite[] {
  const stats = statsBody;
  return [
    {
      name: 'create school',
      method: 'POST',
      url: () => '/api/v1/schools',
      payload: {
        schoolCode: '2151080199',
        name: '审计新校',
        schoolType: 'primary',
        ownership: 'public',
        urbanRuralCode: '220',
      },
      entity: 'school',
      action: 'create',
      shows: ['name', '审计新校'],
    },
    {
      name: 'update school',
      method: 'PATCH',
      url: () => `/api/v1/schools/${created.school}`,
      payload: { name: '审计新校（改）' },
      entity: 'school',
      action: 'update',
      shows: ['name', '审计新校（改）'],
    },
    {
      name: 'create stats',
      method: 'PUT',
      url: () => `/api/v1/schools/${created.school}/stats/2024-2025`,
      payload: stats(9000),
      entity: 'school_year_stats',
      action: 'create',
      shows: ['books', 9000],
    },
    {
      name: 'update stats',
      method: 'PUT',
      url: () => `/api/v1/schools/${created.school}/stats/2024-2025`,
      payload: stats(9100),
      entity: 'school_year_stats',
      action: 'update',
      shows: ['books', 9100],
    },
    {
      name: 'create teacher',
      method: 'POST',
      url: () => '/api/v1/teachers',
      payload: {
        schoolYear: '2024-2025',
        teacherCode: 'AUD1',
        name: '审计教师',
        gender: 'male',
        birthMonth: '1988-04',
        schoolCode: '2151080199',
        stage: 'primary',
        education: 'bachelor',
        title: 'first',
        subject: 'pe',
        fullTime: true,
        certified: true,
        atSchoolSince: '2019-09',
      },
      entity: 'teacher',
      action: 'create',
      shows: ['name', '审计教师'],
    },
    {
      name: 'update teacher',
      method: 'PATCH',
      url: () => `/api/v1/teachers/${created.teacher}`,
      payload: { title: 'senior' },
      entity: 'teacher',
      action: 'update',
      shows: ['title', 'senior'],
    },
    {
      name: 'delete teacher',
      method: 'DELETE',
      url: () => `/api/v1/teachers/${created.teacher}`,
      entity: 'teacher',
      action: 'delete',
      shows: ['name', '审计教师'],
    },
    {
      name: 'delete school',
      method: 'DELETE',
      url: () => `/api/v1/schools/${created.school}`,
      entity: 'school',
      action: 'delete',
      shows: ['name', '审计新校（改）'],
    },
    {
      name: 'create user',
      method: 'POST',
      url: () => '/api/v1/users',
      payload: { username: 'audit-user', displayName: '审计账号', role: 'viewer' },
      entity: 'user',
      action: 'create',
      shows: ['displayName', '审计账号'],
    },
    {
      name: 'update user',
      method: 'PATCH',
      url: () => `/api/v1/users/${created.user}`,
      payload: { displayName: '审计账号（改）' },
      entity: 'user',
      action: 'update',
      shows: ['displayName', '审计账号（改）'],
    },
  ];
}
