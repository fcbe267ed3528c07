import type { Area } from '../permissions';

export const AREA_PATHS: Record<Area, string> = {
  dashboard: '/',
  schools: '/schools',
  teachers: '/teachers',
  evaluation: '/evaluation',
  rotation: '/rotation',
  communities: '/communities',
  activities: '/activities',
  mentorships: '/mentorships',
  communityReminders: '/reminders',
  masterStudios: '/studios',
  researcherPatches: '/researcher-patches',
  bundledEvaluation: '/bundled-evaluation',
  communitySettings: '/community-settings',
  imports: '/imports',
  users: '/users',
  audit: '/audit',
};

/** The menu entry to highlight for a path (`/schools/123` → schools). */
export function areaOfPath(pathname: string): Area | undefined {
  if (pathname === '/' || pathname === '') return 'dashboard';
  const first = pathname.split('/')[1];
  const match = (Object.keys(AREA_PATHS) as Area[]).find(
    (area) => area !== 'dashboard' && AREA_PATHS[area] === `/${first}`,
  );
  return match;
}
