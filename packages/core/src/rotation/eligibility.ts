// Who is due (应交流) and who of them is eligible this campaign. A principal's due date follows the terms rule
// when the policy has one for their post; everyone else follows the years rule. Exemptions then remove people
// from the pool. Every rule that spoke is kept as a reason, so the list explains itself.
import type { Teacher } from '../org/types';
import { applyRule } from './eligibility-rules';
import type { RotationPolicy } from './policy';
import type { Reason, TeacherFacts } from './types';

export interface EligibilityResult {
  teacherCode: string;
  schoolCode: string;
  /** Due by years or terms at the school. */
  due: boolean;
  /** Due and not exempt: in this campaign's pool. */
  eligible: boolean;
  reasons: Reason[];
}

const DUE_RULES = new Set(['yearsAtSchool', 'principalTerms']);

export function teacherEligibility(
  teacher: Teacher,
  policy: RotationPolicy,
  campaignMonth: string,
  facts?: TeacherFacts,
): EligibilityResult {
  const input = { teacher, facts, campaignMonth };
  const reasons: Reason[] = [];
  for (const rule of policy.eligibility) {
    const r = applyRule(rule, input);
    if (r !== null) reasons.push(r);
  }
  // A principal's terms rule replaces the years rule; without one, the years rule applies to them too.
  const termsReason = reasons.find((r) => r.ruleId === 'principalTerms');
  const dueReasons =
    termsReason !== undefined ? [termsReason] : reasons.filter((r) => DUE_RULES.has(r.ruleId));
  const kept = termsReason !== undefined ? reasons.filter((r) => r.ruleId !== 'yearsAtSchool') : reasons;
  const due = dueReasons.length > 0 && dueReasons.every((r) => r.effect === 'due');
  const exempt = kept.some((r) => r.effect === 'exempt');
  return {
    teacherCode: teacher.teacherCode,
    schoolCode: teacher.schoolCode,
    due,
    eligible: due && !exempt,
    reasons: kept,
  };
}

export interface EligibilityInput {
  teachers: readonly Teacher[];
  policy: RotationPolicy;
  /** The campaign month (YYYY-MM), e.g. the September the rotation starts. */
  campaignMonth: string;
  facts?: readonly TeacherFacts[];
}

export function rotationEligibility({
  teachers,
  policy,
  campaignMonth,
  facts = [],
}: EligibilityInput): EligibilityResult[] {
  const byCode = new Map(facts.map((f) => [f.teacherCode, f]));
  return teachers.map((t) => teacherEligibility(t, policy, campaignMonth, byCode.get(t.teacherCode)));
}
