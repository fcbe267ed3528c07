import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_RECORD_POLICY, type ServiceRecordPolicy } from './policy';
import { NATIONAL_POLICY, SEED_POLICY } from './presets';
import { rotationServiceRecord, serviceRecordPolicyOf, type ServiceStint } from './service-record';

const RURAL = {
  schoolCode: 'R1',
  name: '近村小',
  urbanRuralCode: '220',
  schoolType: 'primary',
  weak: false,
} as const;
const WEAK_TOWN = {
  schoolCode: 'W',
  name: '镇薄弱校',
  urbanRuralCode: '121',
  schoolType: 'primary',
  weak: true,
} as const;
const TOWN = {
  schoolCode: 'T',
  name: '城关镇小',
  urbanRuralCode: '121',
  schoolType: 'primary',
  weak: false,
} as const;

function stint(over: Partial<ServiceStint> = {}): ServiceStint {
  return {
    campaignId: 'c1',
    campaignName: '2024-2025学年教师交流轮岗',
    schoolYear: '2024-2025',
    startMonth: '2025-09',
    stintMonths: 36,
    kind: 'rotation',
    fromSchoolCode: 'U',
    toSchool: RURAL,
    status: 'arrived',
    campaignCompleted: false,
    ...over,
  };
}

describe('rotationServiceRecord', () => {
  it('counts the months since the start of an arrived stint, at most the stint', () => {
    const r = rotationServiceRecord({ teacherCode: 'T1', stints: [stint()], asOf: '2026-03' });
    expect(r.lines[0]).toMatchObject({ months: 6, qualifying: true });
    expect(r.lines[0]?.reasons.map((x) => x.ruleId)).toEqual(['stintInProgress', 'qualifyingSchool']);
    expect(r.lines[0]?.reasons[0]?.zh).toBe('自 2025-09 起在岗，截至 2026-03 计 6 个月（期限 36 个月）');
    expect(r).toMatchObject({ ruralMonths: 6, totalMonths: 6, requiredMonths: 12, meetsPromotion: false });
    expect(r.reasons[0]?.zh).toBe('农村或薄弱学校任教 6 个月，职称晋升须满 12 个月，尚差 6 个月');
    const later = rotationServiceRecord({ teacherCode: 'T1', stints: [stint()], asOf: '2031-01' });
    expect(later.ruralMonths).toBe(36);
    expect(later.meetsPromotion).toBe(true);
    expect(later.reasons[0]?.effect).toBe('clear');
  });

  it('counts a stint of a completed campaign in full, whatever the month', () => {
    const r = rotationServiceRecord({
      teacherCode: 'T1',
      stints: [stint({ stintMonths: 12, campaignCompleted: true })],
      asOf: '2025-10',
    });
    expect(r.lines[0]?.months).toBe(12);
    expect(r.lines[0]?.reasons[0]?.ruleId).toBe('stintCompleted');
    expect(r.meetsPromotion).toBe(true);
  });

  it('counts nothing before the arrival is confirmed, nor before the start month', () => {
    const r = rotationServiceRecord({
      teacherCode: 'T1',
      stints: [stint({ status: 'confirmed' }), stint({ campaignId: 'c2', startMonth: '2026-09' })],
      asOf: '2026-03',
    });
    expect(r.lines.map((l) => [l.campaignId, l.months])).toEqual([
      ['c1', 0],
      ['c2', 0],
    ]);
    expect(r.lines[0]?.reasons[0]?.ruleId).toBe('notArrived');
    expect(r.ruralMonths).toBe(0);
  });

  it('qualifies rural and weak schools only, and service kinds only', () => {
    const r = rotationServiceRecord({
      teacherCode: 'T1',
      stints: [
        stint({ campaignId: 'a', toSchool: WEAK_TOWN, stintMonths: 6, campaignCompleted: true }),
        stint({ campaignId: 'b', toSchool: TOWN, stintMonths: 12, campaignCompleted: true }),
        stint({ campaignId: 'c', kind: 'teachingVisit', stintMonths: 1, campaignCompleted: true }),
        stint({ campaignId: 'd', kind: 'itinerantTeaching', stintMonths: 12, campaignCompleted: true }),
      ],
      asOf: '2026-03',
    });
    expect(r.lines.map((l) => [l.campaignId, l.months, l.qualifying])).toEqual([
      ['a', 6, true],
      ['b', 12, false],
      ['c', 1, false],
      ['d', 12, true],
    ]);
    expect(r.lines[1]?.reasons.at(-1)?.ruleId).toBe('notQualifyingSchool');
    expect(r.lines[2]?.reasons.at(-1)?.ruleId).toBe('kindNotCounted');
    expect(r).toMatchObject({ totalMonths: 31, ruralMonths: 18, meetsPromotion: true });
  });

  it('takes the requirement and the qualifying schools from the policy', () => {
    const strict: ServiceRecordPolicy = {
      ...DEFAULT_SERVICE_RECORD_POLICY,
      promotionMinMonths: 36,
      qualifyingSchools: [{ urbanRural: ['rural'] }],
    };
    const stints = [
      stint({ campaignCompleted: true, stintMonths: 24 }),
      stint({ campaignId: 'w', toSchool: WEAK_TOWN, campaignCompleted: true, stintMonths: 12 }),
    ];
    const r = rotationServiceRecord({ teacherCode: 'T1', stints, asOf: '2026-03', policy: strict });
    expect(r).toMatchObject({ ruralMonths: 24, requiredMonths: 36, meetsPromotion: false });
    expect(r.reasons[0]?.zh).toBe('农村或薄弱学校任教 24 个月，职称晋升须满 36 个月，尚差 12 个月');
  });

  it('reads the parameters off a policy, with the default for policies stored without them', () => {
    expect(serviceRecordPolicyOf(SEED_POLICY).promotionMinMonths).toBe(12);
    const { serviceRecord: _omitted, ...old } = NATIONAL_POLICY;
    expect(serviceRecordPolicyOf(old)).toBe(DEFAULT_SERVICE_RECORD_POLICY);
    expect(serviceRecordPolicyOf(null)).toBe(DEFAULT_SERVICE_RECORD_POLICY);
  });
});
