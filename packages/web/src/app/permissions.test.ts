import { describe, expect, it } from 'vitest';
import { ROLES } from './api/types';
import { areaOfPath } from './layout/area-paths';
import { effectiveCountyId, scopeName } from './layout/scope';
import { assignableRoles, canAccess, scopeKindOf, visibleAreas } from './permissions';
import type { County, User } from './api/types';

const user = (patch: Partial<User>): User => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  role: 'county',
  cityId: null,
  countyId: null,
  schoolId: null,
  teacherCode: null,
  mustChangePassword: false,
  disabled: false,
  lastLoginAt: null,
  ...patch,
});
const county = (id: string, name: string): County => ({
  id,
  name,
  divisionCode: '510000',
  cityName: '绵阳市',
});

describe('menu and route permissions', () => {
  it('shows users and audit only to admin, city and county users', () => {
    for (const role of ROLES) {
      const manager = role === 'admin' || role === 'city' || role === 'county';
      expect(canAccess(role, 'users'), role).toBe(manager);
      expect(canAccess(role, 'audit'), role).toBe(manager);
      expect(canAccess(role, 'schools'), role).toBe(true);
    }
    expect(visibleAreas('viewer')).toEqual([
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
    ]);
    expect(visibleAreas('school')).not.toContain('communitySettings');
    expect(visibleAreas('school')).toContain('masterStudios');
    expect(areaOfPath('/community-settings')).toBe('communitySettings');
    expect(areaOfPath('/researcher-patches')).toBe('researcherPatches');
    expect(visibleAreas('school')).not.toContain('bundledEvaluation');
    expect(visibleAreas('school')).toContain('activities');
    expect(areaOfPath('/bundled-evaluation')).toBe('bundledEvaluation');
    expect(areaOfPath('/communities/abc')).toBe('communities');
  });

  it('shows the balance evaluation to county-level roles and above, not to school or teacher users', () => {
    for (const role of ROLES) {
      expect(canAccess(role, 'evaluation'), role).toBe(role !== 'school' && role !== 'teacher');
    }
    expect(areaOfPath('/evaluation/report')).toBe('evaluation');
  });

  it('never lets a manager create a role above its own', () => {
    expect(assignableRoles('admin')).toEqual(ROLES);
    expect(assignableRoles('county')).not.toContain('city');
    expect(assignableRoles('county')).not.toContain('admin');
    expect(assignableRoles('county')).toContain('county');
    expect(assignableRoles('city')).toContain('county');
    expect(assignableRoles('school')).toEqual([]);
  });

  it('attaches each role to the scope docs/api.md gives it', () => {
    expect(scopeKindOf('inspector')).toBe('county');
    expect(scopeKindOf('teacher')).toBe('school');
    expect(scopeKindOf('city')).toBe('city');
    expect(scopeKindOf('admin')).toBe('all');
  });

  it('highlights the menu entry of a nested path', () => {
    expect(areaOfPath('/')).toBe('dashboard');
    expect(areaOfPath('/schools/abc')).toBe('schools');
    expect(areaOfPath('/audit')).toBe('audit');
    expect(areaOfPath('/nowhere')).toBeUndefined();
  });
});

describe('scope helpers', () => {
  const counties = [county('c1', '涪城区'), county('c2', '游仙区')];
  it('names the user own county, the only county, or the city', () => {
    expect(scopeName(user({ countyId: 'c2' }), counties)).toBe('游仙区');
    expect(scopeName(user({ role: 'admin' }), [county('c1', '涪城区')])).toBe('涪城区');
    expect(scopeName(user({ role: 'city' }), counties)).toBe('绵阳市');
    expect(scopeName(user({ role: 'admin' }), counties)).toBeUndefined();
  });
  it('picks the county whose filters to offer', () => {
    expect(effectiveCountyId('c2', user({ countyId: 'c1' }), counties)).toBe('c2');
    expect(effectiveCountyId(undefined, user({ countyId: 'c1' }), counties)).toBe('c1');
    expect(effectiveCountyId(undefined, user({ role: 'admin' }), counties)).toBeUndefined();
    expect(effectiveCountyId(undefined, user({ role: 'admin' }), [county('c9', 'x')])).toBe('c9');
  });
});
