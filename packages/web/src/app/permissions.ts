import { canManageUsers, scopeLevelOf, type Role } from '@junheng/core';

export { assignableRoles, scopeLevelOf as scopeKindOf } from '@junheng/core';

// One permission map drives the menu, the routes and the buttons (style.md, after Ant Design Pro).
export type Area =
  'dashboard' | 'schools' | 'teachers' | 'evaluation' | 'rotation' | 'imports' | 'users' | 'audit';
export const AREAS: readonly Area[] = [
  'dashboard',
  'schools',
  'teachers',
  'evaluation',
  'rotation',
  'imports',
  'users',
  'audit',
];

const AREA_ROLES: Record<Area, (role: Role) => boolean> = {
  dashboard: () => true,
  schools: () => true,
  teachers: () => true,
  // Evaluations are county-level (docs/api.md): school-scoped roles read their own school, not the county.
  evaluation: (role) => scopeLevelOf(role) !== 'school',
  // Every role: school-level roles see their own teachers and the assignments from or to their school.
  rotation: () => true,
  // The county workbook is county staff's (docs/api.md, Import): the roles that manage the county's data.
  imports: canManageUsers,
  users: canManageUsers,
  audit: canManageUsers,
};

export function canAccess(role: Role, area: Area): boolean {
  return AREA_ROLES[area](role);
}

export function visibleAreas(role: Role): Area[] {
  return AREAS.filter((area) => canAccess(role, area));
}
