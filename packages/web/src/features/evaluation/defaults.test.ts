import { describe, expect, it } from 'vitest';
import { ROLES, type County, type User } from '../../app/api/types';
import {
  canCompareCounties,
  canSaveRun,
  defaultCountyId,
  defaultSchoolYear,
  DEFAULT_STANDARD,
} from './defaults';

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
const county = (id: string): County => ({ id, name: id, divisionCode: '510722', cityName: '示例市' });

describe('evaluation page defaults', () => {
  const counties = [county('c1'), county('c2')];
  it('opens the chosen county in scope, else the user own, else the first', () => {
    expect(defaultCountyId('c2', user({ countyId: 'c1' }), counties)).toBe('c2');
    expect(defaultCountyId('gone', user({ countyId: 'c1' }), counties)).toBe('c1');
    expect(defaultCountyId(undefined, user({ role: 'city' }), counties)).toBe('c1');
    expect(defaultCountyId(undefined, user({ role: 'city' }), [])).toBeUndefined();
  });

  it('opens the chosen school year when it has data, else the latest', () => {
    const years = ['2023-2024', '2024-2025', '2022-2023'];
    expect(defaultSchoolYear(undefined, years)).toBe('2024-2025');
    expect(defaultSchoolYear('2022-2023', years)).toBe('2022-2023');
    expect(defaultSchoolYear('1999-2000', years)).toBe('2024-2025');
    expect(defaultSchoolYear(undefined, [])).toBeUndefined();
    expect(DEFAULT_STANDARD).toBe('quality-2017');
  });

  it('lets only admin, city and county staff save a run, and only city and admin compare counties', () => {
    expect(ROLES.filter(canSaveRun)).toEqual(['admin', 'city', 'county']);
    expect(ROLES.filter((r) => canCompareCounties(r, 2))).toEqual(['admin', 'city']);
    expect(canCompareCounties('city', 0)).toBe(false);
  });
});
