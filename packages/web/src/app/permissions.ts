import { canManageUsers, scopeLevelOf, type Role } from '@junheng/core';

export { assignableRoles, scopeLevelOf as scopeKindOf } from '@junheng/core';

// One permission map drives the menu, the routes and the buttons (style.md, after Ant Design Pro).
export type Area =
  | 'dashboard'
  | 'schools'
  | 'teachers'
  | 'evaluation'
  | 'rotation'
  | 'communities'
  | 'activities'
  | 'mentorships'
  | 'communityReminders'
  | 'masterStudios'
  | 'researcherPatches'
  | 'bundledEvaluation'
  | 'communitySettings'
  | 'imports'
  | 'users'
  | 'audit';
export const AREAS: readonly Area[] = [
  'dashboard',
  'schools',
  'teachers',
  'evaluation',
  'rotation',
  'communities',
  'activities',
  'mentorships',
  'communityReminders',
  'masterStudios',
  'researcherPatches',
  'bundledEvaluation',
  'communitySettings',
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
  // Communities, their joint work and mentorship pairs: every role; school-level roles see their own school's
  // communities, activities and pairs (packages/server/src/communities/access.ts).
  communities: () => true,
  activities: () => true,
  mentorships: () => true,
  // Reminders, studios and researcher patches: every role; school-level roles see what touches their school.
  communityReminders: () => true,
  masterStudios: () => true,
  researcherPatches: () => true,
  // The bundled evaluation is the county's (EVA): school-level roles get 404 from the server.
  bundledEvaluation: (role) => scopeLevelOf(role) !== 'school',
  // The county's rules and quotas: county-level roles read them, the bureau changes them (communities/access.ts).
  communitySettings: (role) => scopeLevelOf(role) !== 'school',
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
