import {
  DEFAULT_COMMUNITY_RULES,
  DEFAULT_COMPLIANCE_RULES,
  DEFAULT_REMINDER_DAYS,
  DEFAULT_TERM_CALENDAR,
} from '@junheng/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/errors';
import type { Translate } from '../../i18n/translate';
import { errorText, serverMessageIn } from './errors';
import { groupPeriodBody, groupPeriodValues, optionalText } from './form-values';
import { wholeNumberUpTo } from './page-params';
import {
  changedFields,
  isMonthDay,
  normalizeRules,
  rulesOverrides,
  sameValue,
  settingsBody,
  withRequired,
} from './settings-edit';
import {
  filterPairs,
  lightCounts,
  mayEditPair,
  patchesBySchool,
  reminderTotals,
  rowsBySubject,
} from './structures';
import type { ComplianceItem, CountySettingsValues, MentorshipItem, PatchItem } from './types';

const school = (id: string) => ({ id, code: `code-${id}`, name: `学校${id}` });

const pair = (p: Partial<MentorshipItem>): MentorshipItem => ({
  id: 'p',
  countyId: 'c',
  mentorId: 'T001',
  mentorName: '王芳',
  mentorSchool: school('a'),
  menteeId: 'T002',
  menteeName: '李雷',
  menteeSchool: school('b'),
  community: null,
  subject: null,
  startOn: '2026-09-01',
  endOn: null,
  active: true,
  crossSchool: true,
  ...p,
});

const row = (p: Partial<ComplianceItem>): ComplianceItem =>
  ({
    ruleId: 'r',
    subjectId: 's',
    subjectName: 'S',
    subjectKind: 'masterStudio',
    status: 'green',
    required: 3,
    done: 3,
    missing: 0,
    expectedByNow: 1,
    behindBy: 0,
    daysLeft: 40,
    ...p,
  }) as ComplianceItem;

describe('mentorship pairs', () => {
  const items = [
    pair({ id: '1' }),
    pair({ id: '2', active: false, endOn: '2026-10-01', mentorName: null, mentorId: 'X9' }),
    pair({ id: '3', menteeName: 'Li Ming', menteeId: 'T777' }),
  ];
  it('filters by status and by a name or code of either person, any case', () => {
    expect(filterPairs(items, { status: 'all' }).map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(filterPairs(items, { status: 'active' }).map((p) => p.id)).toEqual(['1', '3']);
    expect(filterPairs(items, { status: 'ended' }).map((p) => p.id)).toEqual(['2']);
    expect(filterPairs(items, { status: 'all', q: ' li ming ' }).map((p) => p.id)).toEqual(['3']);
    expect(filterPairs(items, { status: 'all', q: 'x9' }).map((p) => p.id)).toEqual(['2']);
    expect(filterPairs(items, { status: 'active', q: 'x9' })).toEqual([]);
  });
  it('lets the bureau edit any pair and a school only the pairs of its own teachers', () => {
    expect(mayEditPair(pair({}), true, null)).toBe(true);
    expect(mayEditPair(pair({}), false, 'b')).toBe(true);
    expect(mayEditPair(pair({}), false, 'z')).toBe(false);
    expect(mayEditPair(pair({}), false, null)).toBe(false);
  });
});

describe('quotas of studios and researchers', () => {
  const items = [
    row({ subjectId: 'st1', ruleId: 'a', status: 'green' }),
    row({ subjectId: 'st1', ruleId: 'b', status: 'red' }),
    row({ subjectId: 'st2', status: 'amber' }),
    row({ subjectId: 'r1', subjectKind: 'researcher', status: 'red' }),
  ];
  it('groups the rows of one kind by subject and counts each subject at its worst light', () => {
    const studios = rowsBySubject(items, 'masterStudio');
    expect([...studios.keys()]).toEqual(['st1', 'st2']);
    expect(studios.get('st1')?.map((r) => r.ruleId)).toEqual(['a', 'b']);
    expect([...rowsBySubject(items, 'researcher').keys()]).toEqual(['r1']);
    expect(lightCounts(new Map([...studios, ['st3', []]]))).toEqual({ green: 0, amber: 1, red: 1 });
  });
  it('sums the reminders: rows, quota missing, rows behind a steady pace', () => {
    expect(
      reminderTotals([
        row({ missing: 3, behindBy: 1 }),
        row({ missing: 5, behindBy: 0 }),
        row({ missing: 2, behindBy: 2 }),
      ]),
    ).toEqual({ count: 3, missing: 10, behind: 2 });
    expect(reminderTotals([])).toEqual({ count: 0, missing: 0, behind: 0 });
  });
});

describe('researcher patches by school', () => {
  it('lists every school with the researchers holding it, uncovered ones empty, in the schools order', () => {
    const patches: PatchItem[] = [
      { id: 'p1', countyId: 'c', name: '张老师', userId: null, schools: [school('a'), school('b')] },
      { id: 'p2', countyId: 'c', name: '刘老师', userId: 'u', schools: [school('b')] },
    ];
    const rows = patchesBySchool(patches, [school('c'), school('b'), school('a')]);
    expect(rows.map((r) => [r.school.id, r.researchers.map((x) => x.name)])).toEqual([
      ['c', []],
      ['b', ['张老师', '刘老师']],
      ['a', ['张老师']],
    ]);
  });
});

const defaults: CountySettingsValues = {
  rules: DEFAULT_COMMUNITY_RULES,
  complianceRules: DEFAULT_COMPLIANCE_RULES,
  calendar: DEFAULT_TERM_CALENDAR,
  reminderDays: DEFAULT_REMINDER_DAYS,
};

describe('county settings against the defaults', () => {
  it('compares sets of values in any order and objects in any key order', () => {
    expect(sameValue(['rural', 'town'], ['town', 'rural'])).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(true);
    expect(sameValue([{ id: 'x' }, { id: 'y' }], [{ id: 'y' }, { id: 'x' }])).toBe(false);
  });

  it('sends nothing but nulls for the defaults, so a county follows later default changes', () => {
    expect(settingsBody('c', defaults, defaults)).toEqual({
      countyId: 'c',
      rules: null,
      complianceRules: null,
      calendar: null,
      reminderDays: null,
    });
    expect(changedFields(defaults, defaults).size).toBe(0);
  });

  it('keeps only the changed rule fields, maps whole, blank per-kind entries dropped', () => {
    const rules = {
      ...DEFAULT_COMMUNITY_RULES,
      maxSchools: { education_group: 5, school_district: undefined as unknown as number },
      coverageUrbanRural: ['rural' as const, 'town' as const],
      leadUrbanRural: { ...DEFAULT_COMMUNITY_RULES.leadUrbanRural, school_district: [] },
    };
    expect(normalizeRules(rules).maxSchools).toEqual({ education_group: 5 });
    expect(normalizeRules(rules).leadUrbanRural).toEqual(DEFAULT_COMMUNITY_RULES.leadUrbanRural);
    expect(rulesOverrides(rules, DEFAULT_COMMUNITY_RULES)).toEqual({
      maxSchools: { education_group: 5 },
      coverageUrbanRural: ['rural', 'town'],
    });
    // The same kinds in another order are no change.
    const reordered = {
      ...DEFAULT_COMMUNITY_RULES,
      coverageKinds: [...DEFAULT_COMMUNITY_RULES.coverageKinds].reverse(),
    };
    expect(rulesOverrides(reordered, DEFAULT_COMMUNITY_RULES)).toBeNull();
  });

  it('sends the whole quota list when one count changes, and marks that quota and the other parts changed', () => {
    const values: CountySettingsValues = {
      ...defaults,
      complianceRules: withRequired(DEFAULT_COMPLIANCE_RULES, 'communityJointResearch', 6),
      calendar: { ...DEFAULT_TERM_CALENDAR, springEnd: '07-15' },
      reminderDays: 60,
    };
    const body = settingsBody(undefined, values, defaults);
    expect(body.complianceRules?.find((r) => r.id === 'communityJointResearch')?.required).toBe(6);
    expect(body.complianceRules).toHaveLength(DEFAULT_COMPLIANCE_RULES.length);
    expect(body.calendar?.springEnd).toBe('07-15');
    expect(body.reminderDays).toBe(60);
    expect(body.rules).toBeNull();
    expect([...changedFields(values, defaults)].sort()).toEqual([
      'quota:communityJointResearch',
      'reminderDays',
      'springEnd',
    ]);
    // withRequired leaves the input as it was.
    expect(DEFAULT_COMPLIANCE_RULES.find((r) => r.id === 'communityJointResearch')?.required).toBe(8);
  });

  it('checks term days as MM-DD', () => {
    expect(isMonthDay('09-01')).toBe(true);
    expect(isMonthDay('9-1')).toBe(false);
    expect(isMonthDay('13-01')).toBe(false);
    expect(isMonthDay('02-32')).toBe(false);
  });
});

describe('form and URL values', () => {
  it('trims optional text and clears blanks to null', () => {
    expect(optionalText('  王芳 ')).toBe('王芳');
    expect(optionalText('   ')).toBeNull();
    expect(optionalText(undefined)).toBeNull();
  });
  it('carries a record group, subject and period into the form and back, cleared ones as null', () => {
    const values = groupPeriodValues({
      community: { id: 'g1' },
      subject: 'chinese',
      startOn: '2026-09-01',
      endOn: null,
    });
    expect(values).toEqual({
      communityId: 'g1',
      subject: 'chinese',
      startOn: '2026-09-01',
      endOn: undefined,
    });
    expect(groupPeriodBody({ ...values, communityId: undefined, endOn: ' ' })).toEqual({
      communityId: null,
      subject: 'chinese',
      startOn: '2026-09-01',
      endOn: null,
    });
  });
  it('reads a window of days from the URL', () => {
    expect(wholeNumberUpTo('90', 366)).toBe(90);
    expect(wholeNumberUpTo('0', 366)).toBe(0);
    expect(wholeNumberUpTo('400', 366)).toBeUndefined();
    expect(wholeNumberUpTo('-3', 366)).toBeUndefined();
    expect(wholeNumberUpTo(null, 366)).toBeUndefined();
  });
});

describe('server reasons in the page language', () => {
  it('takes the half of an "english / 中文" message for the locale, nothing from other messages', () => {
    const m = 'endOn is before startOn / 结束日期早于开始日期';
    expect(serverMessageIn(m, 'zh-CN')).toBe('结束日期早于开始日期');
    expect(serverMessageIn(m, 'en-US')).toBe('endOn is before startOn');
    expect(serverMessageIn('body/endOn Invalid date', 'zh-CN')).toBeNull();
    expect(serverMessageIn('a / b', 'zh-CN')).toBeNull();
  });
  it('adds the reason to the code message when a locale is given', () => {
    const t = ((id: string) =>
      id === 'errors.validationFailed' ? '提交的数据有误，请检查后重试' : id) as Translate;
    const e = new ApiError(
      400,
      'VALIDATION_FAILED',
      'mentor and mentee are the same person / 师傅与徒弟为同一人',
    );
    expect(errorText(t, e, 'zh-CN')).toBe('提交的数据有误，请检查后重试：师傅与徒弟为同一人');
    expect(errorText(t, e)).toBe('提交的数据有误，请检查后重试');
    const conflict = new ApiError(409, 'COMMUNITY_CONFLICT', 'has activities / 已有活动记录');
    expect(errorText(t, conflict, 'en-US')).toBe('has activities / 已有活动记录');
  });
});
