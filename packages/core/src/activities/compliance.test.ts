import { describe, expect, it } from 'vitest';
import { complianceFor, lessonsOf, type ComplianceRow } from './compliance';
import { DEFAULT_COMPLIANCE_RULES } from './compliance-rules';
import { complianceReminders, complianceSummary } from './reminders';
import { termById } from './terms';
import { activity, C2, G1, PATCH, SCHOOLS, series, STUDIO } from './test-fixtures';

const AUTUMN = termById('2024-2025-1');
const context = (asOf: string) => ({
  asOf,
  schools: SCHOOLS,
  masterStudios: [STUDIO],
  researcherPatches: [PATCH],
});
const row = (rows: ComplianceRow[], ruleId: string, subjectId: string) =>
  rows.find((r) => r.ruleId === ruleId && r.subjectId === subjectId);

const activities = [
  ...series(8, 'jointResearch', '2024-09-10', 'U1', { communityId: 'G1' }),
  ...series(3, 'collectiveLessonPrep', '2024-10-08', 'R4', { communityId: 'C2' }),
  activity('principalForum', '2024-11-05', 'U1', { communityId: 'G1' }),
  // Studio: two at rural group schools, one at its own urban school (does not count), one at R4 (not its group).
  ...series(2, 'openLesson', '2024-10-14', 'R1', { masterStudioId: 'S1' }),
  activity('openLesson', '2024-10-20', 'U1', { masterStudioId: 'S1' }),
  activity('themedSeminar', '2024-10-21', 'R4', { masterStudioId: 'S1' }),
  // Researcher: 12 lessons in the patch, 4 outside it; one guidance visit; the rural-quality event in spring.
  activity('researcherVisit', '2024-11-12', 'R1', { researcherId: 'r1', lessonsObserved: 10 }),
  ...series(2, 'lessonObservation', '2024-11-20', 'R2', { researcherId: 'r1' }),
  activity('researcherVisit', '2024-11-25', 'R3', { researcherId: 'r1', lessonsObserved: 4 }),
  activity('jointResearch', '2025-03-10', 'R2', { researcherId: 'r1', ruralQuality: true }),
  // Logged on Feb 1: spring term, not autumn.
  activity('jointResearch', '2025-02-01', 'U1', { communityId: 'G1' }),
];

describe('complianceFor', () => {
  const rows = complianceFor(
    { kind: 'county' },
    activities,
    [G1, C2],
    DEFAULT_COMPLIANCE_RULES,
    AUTUMN,
    context('2024-12-01'),
  );

  it('counts joint research per community per term (seed 002: ≥ 8)', () => {
    expect(row(rows, 'communityJointResearch', 'G1')).toMatchObject({ done: 8, missing: 0, status: 'green' });
    // Day 92 of 153: ⌊8 × 92 / 153⌋ = 4 expected, 3 done → red.
    expect(row(rows, 'communityJointResearch', 'C2')).toMatchObject({
      done: 3,
      expectedByNow: 4,
      status: 'red',
      daysLeft: 61,
    });
  });

  it('applies the principal forum and culture event only to education groups (seed 003)', () => {
    expect(row(rows, 'principalForum', 'G1')?.status).toBe('green');
    expect(row(rows, 'principalForum', 'C2')).toBeUndefined();
    expect(row(rows, 'cultureEvent', 'G1')).toMatchObject({
      done: 0,
      status: 'amber',
      period: { id: '2024-2025', endOn: '2025-08-31' },
    });
  });

  it('counts master-studio work only at rural schools of its group (seed 003: ≥ 3)', () => {
    expect(row(rows, 'masterStudioOutreach', 'S1')).toMatchObject({ done: 2, missing: 1, status: 'amber' });
  });

  it('sums lessons and visits in the researcher’s patch (seed 003: ≥ 15 lessons, ≥ 2 visits)', () => {
    expect(row(rows, 'researcherLessons', 'r1')).toMatchObject({ done: 12, missing: 3 });
    expect(row(rows, 'researcherGuidance', 'r1')).toMatchObject({ done: 1, missing: 1 });
    expect(row(rows, 'researcherRuralQuality', 'r1')?.done).toBe(0);
  });

  it('counts nothing dated after the view date, and the year rule sees the spring term', () => {
    const early = complianceFor(
      { kind: 'county' },
      activities,
      [G1, C2],
      DEFAULT_COMPLIANCE_RULES,
      AUTUMN,
      context('2024-09-12'),
    );
    expect(row(early, 'communityJointResearch', 'G1')?.done).toBe(3);
    const spring = termById('2024-2025-2');
    const later = complianceFor(
      { kind: 'county' },
      activities,
      [G1, C2],
      DEFAULT_COMPLIANCE_RULES,
      spring,
      context('2025-04-01'),
    );
    expect(row(later, 'researcherRuralQuality', 'r1')?.status).toBe('green');
    expect(row(later, 'communityJointResearch', 'G1')?.done).toBe(1);
  });

  it('narrows to a community or a school', () => {
    const ctx = context('2024-12-01');
    const c2 = complianceFor(
      { kind: 'community', communityId: 'C2' },
      activities,
      [G1, C2],
      DEFAULT_COMPLIANCE_RULES,
      AUTUMN,
      ctx,
    );
    expect(c2.map((r) => `${r.ruleId}:${r.subjectId}`)).toEqual(['communityJointResearch:C2']);
    const r1 = complianceFor(
      { kind: 'school', schoolCode: 'R1' },
      activities,
      [G1, C2],
      DEFAULT_COMPLIANCE_RULES,
      AUTUMN,
      ctx,
    );
    expect(new Set(r1.map((r) => r.subjectId))).toEqual(new Set(['G1', 'S1', 'r1']));
  });

  it('lists reminders for short quotas near the end and summarises the lights', () => {
    const late = complianceFor(
      { kind: 'county' },
      activities,
      [G1, C2],
      DEFAULT_COMPLIANCE_RULES,
      AUTUMN,
      context('2025-01-10'),
    );
    const reminders = complianceReminders(late, 30);
    expect(reminders.map((r) => `${r.ruleId}:${r.subjectId}`)).toEqual([
      'communityJointResearch:C2',
      'researcherLessons:r1',
      'masterStudioOutreach:S1',
      'researcherGuidance:r1',
    ]);
    expect(reminders.every((r) => r.daysLeft === 21)).toBe(true);
    expect(complianceSummary(late)).toEqual({
      total: 8,
      byStatus: { green: 2, amber: 5, red: 1 },
      metShare: 0.25,
    });
  });

  it('counts one lesson for an observation logged without a count', () => {
    expect(lessonsOf(activity('lessonObservation', '2024-10-01', 'R1'))).toBe(1);
    expect(lessonsOf(activity('jointResearch', '2024-10-01', 'R1'))).toBe(0);
  });
});
