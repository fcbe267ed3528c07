// A teacher's rotation service record (交流轮岗经历, ROT-2): every stint the teacher was planned for, how many months
// of it count, and whether the months at rural or weak schools meet what a title promotion asks for.
//
// Rule (the stores keep no completion date per stint): a stint counts only once the receiving school confirmed the
// arrival. It runs from the campaign's start month (the campaign month, set from its school year); when the
// campaign is completed the whole stint counts, otherwise the months from its start to `asOf`, at most the stint.
// It qualifies when its kind is service at the school (not a teaching visit) and the receiving school matches
// one of the policy's qualifying selectors (rural or weak by default).
import type { School, SchoolYear } from '../org/types';
import { monthIndex } from './dates';
import { DEFAULT_SERVICE_RECORD_POLICY, type RotationPolicy, type ServiceRecordPolicy } from './policy';
import { matchesSelector } from './schools';
import type { Reason, RotationKind, YearMonth } from './types';

export type StintStatus = 'planned' | 'confirmed' | 'arrived';

export interface ServiceStint {
  campaignId: string;
  campaignName: string;
  schoolYear: SchoolYear;
  /** The month the stint starts (the campaign month). */
  startMonth: YearMonth;
  stintMonths: number;
  kind: RotationKind;
  fromSchoolCode: string;
  toSchool: Pick<School, 'schoolCode' | 'name' | 'urbanRuralCode' | 'schoolType' | 'weak'>;
  status: StintStatus;
  /** The campaign is completed: an arrived stint has run in full. */
  campaignCompleted: boolean;
}

export interface ServiceLine extends ServiceStint {
  /** Months served so far (0 before arrival). */
  months: number;
  /** The months count toward the promotion requirement. */
  qualifying: boolean;
  reasons: Reason[];
}

export interface ServiceRecord {
  teacherCode: string;
  asOf: YearMonth;
  lines: ServiceLine[];
  /** Months served in all stints. */
  totalMonths: number;
  /** Months that qualify (rural or weak schools). */
  ruralMonths: number;
  requiredMonths: number;
  meetsPromotion: boolean;
  reasons: Reason[];
}

export interface ServiceRecordInput {
  teacherCode: string;
  stints: readonly ServiceStint[];
  /** The month the record is read at (from the caller's clock). */
  asOf: YearMonth;
  policy?: ServiceRecordPolicy;
}

/** The policy's service-record parameters, or the default for policies stored before they existed. */
export function serviceRecordPolicyOf(policy: RotationPolicy | null): ServiceRecordPolicy {
  return policy?.serviceRecord ?? DEFAULT_SERVICE_RECORD_POLICY;
}

function monthsServed(stint: ServiceStint, asOf: YearMonth): number {
  if (stint.status !== 'arrived') return 0;
  if (stint.campaignCompleted) return stint.stintMonths;
  const elapsed = monthIndex(asOf) - monthIndex(stint.startMonth);
  return Math.max(0, Math.min(stint.stintMonths, elapsed));
}

function lineOf(stint: ServiceStint, asOf: YearMonth, p: ServiceRecordPolicy): ServiceLine {
  const months = monthsServed(stint, asOf);
  const counted = p.countedKinds.includes(stint.kind);
  const place = p.qualifyingSchools.some((sel) => matchesSelector(stint.toSchool, sel));
  const qualifying = counted && place;
  const name = stint.toSchool.name;
  const reasons: Reason[] = [];
  const values = { months, stintMonths: stint.stintMonths, startMonth: stint.startMonth, asOf };
  if (stint.status !== 'arrived') {
    reasons.push({
      ruleId: 'notArrived',
      effect: 'clear',
      zh: '尚未确认到岗，不计服务月数',
      en: 'arrival not confirmed yet: no months counted',
      values: { status: stint.status },
    });
  } else if (stint.campaignCompleted) {
    reasons.push({
      ruleId: 'stintCompleted',
      effect: 'plan',
      zh: `交流期满，计 ${months} 个月`,
      en: `stint completed: ${months} months`,
      values,
    });
  } else {
    reasons.push({
      ruleId: 'stintInProgress',
      effect: 'plan',
      zh: `自 ${stint.startMonth} 起在岗，截至 ${asOf} 计 ${months} 个月（期限 ${stint.stintMonths} 个月）`,
      en: `serving since ${stint.startMonth}: ${months} of ${stint.stintMonths} months by ${asOf}`,
      values,
    });
  }
  if (!counted) {
    reasons.push({
      ruleId: 'kindNotCounted',
      effect: 'clear',
      zh: '送教等短期形式不计入农村任教经历',
      en: `a ${stint.kind} does not count as service at the school`,
      values: { kind: stint.kind },
    });
  } else {
    reasons.push(
      place
        ? {
            ruleId: 'qualifyingSchool',
            effect: 'plan',
            zh: `${name}为乡村或薄弱学校，计入农村任教经历`,
            en: `${name} is a rural or weak school: counts as rural service`,
            values: { school: stint.toSchool.schoolCode, weak: stint.toSchool.weak },
          }
        : {
            ruleId: 'notQualifyingSchool',
            effect: 'clear',
            zh: `${name}不是乡村或薄弱学校，不计入农村任教经历`,
            en: `${name} is neither rural nor weak: not rural service`,
            values: { school: stint.toSchool.schoolCode, weak: stint.toSchool.weak },
          },
    );
  }
  return { ...stint, months, qualifying, reasons };
}

export function rotationServiceRecord(input: ServiceRecordInput): ServiceRecord {
  const p = input.policy ?? DEFAULT_SERVICE_RECORD_POLICY;
  const lines = [...input.stints]
    .sort((a, b) => a.startMonth.localeCompare(b.startMonth) || a.campaignId.localeCompare(b.campaignId))
    .map((s) => lineOf(s, input.asOf, p));
  const totalMonths = lines.reduce((n, l) => n + l.months, 0);
  const ruralMonths = lines.reduce((n, l) => n + (l.qualifying ? l.months : 0), 0);
  const required = p.promotionMinMonths;
  const meetsPromotion = ruralMonths >= required;
  const values = { ruralMonths, requiredMonths: required };
  return {
    teacherCode: input.teacherCode,
    asOf: input.asOf,
    lines,
    totalMonths,
    ruralMonths,
    requiredMonths: required,
    meetsPromotion,
    reasons: [
      meetsPromotion
        ? {
            ruleId: 'promotionRuralService',
            effect: 'clear',
            zh: `农村或薄弱学校任教 ${ruralMonths} 个月，满足职称晋升须满 ${required} 个月的要求`,
            en: `${ruralMonths} months at rural or weak schools: meets the ${required} months a promotion asks`,
            values,
          }
        : {
            ruleId: 'promotionRuralService',
            effect: 'shortfall',
            zh: `农村或薄弱学校任教 ${ruralMonths} 个月，职称晋升须满 ${required} 个月，尚差 ${required - ruralMonths} 个月`,
            en: `${ruralMonths} months at rural or weak schools: a promotion asks ${required}, ${required - ruralMonths} to go`,
            values,
          },
    ],
  };
}
