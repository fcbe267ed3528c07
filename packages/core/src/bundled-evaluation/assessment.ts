// EVA-2 (seed 003 §四(一)3): the community's result counts in each school's annual assessment — the members'
// progress is the lead's "重要依据", joining the group's work is part of each member's assessment.
import type { BundledEvaluationResult } from './types';

export type AssessmentBasis = 'communityScore' | 'effortScore' | 'improvementScore';

export interface AssessmentShareParams {
  /** Share of a school's annual assessment taken from its community's result (choice: 0.2; seed 003 names
   * the link, not the share). */
  weight: number;
  /** The lead is judged on its members' progress (seed 003: 把集团成员校的发展进步作为…核心校…重要依据). */
  leadBasis: AssessmentBasis;
  /** A member is judged on the group's result (seed 003: 把参与集团共建作为…成员校…重要内容). */
  memberBasis: AssessmentBasis;
}

export const DEFAULT_ASSESSMENT_SHARE: AssessmentShareParams = {
  weight: 0.2,
  leadBasis: 'improvementScore',
  memberBasis: 'communityScore',
};

export interface SchoolAssessmentShare {
  schoolCode: string;
  communityId: string;
  role: 'lead' | 'member';
  basis: AssessmentBasis;
  /** The 0–100 score used. */
  basisScore: number;
  /** Points of a 100-point annual assessment: weight × basis score. */
  points: number;
}

export function schoolAssessmentShares(
  results: readonly BundledEvaluationResult[],
  params: AssessmentShareParams = DEFAULT_ASSESSMENT_SHARE,
): SchoolAssessmentShare[] {
  return results.flatMap((r) =>
    r.contributions.map((c) => {
      const basis = c.role === 'lead' ? params.leadBasis : params.memberBasis;
      // A scheme without leaves of that kind falls back to the whole community score.
      const basisScore = (basis === 'communityScore' ? r.communityScore : r[basis]) ?? r.communityScore;
      return {
        schoolCode: c.schoolCode,
        communityId: r.communityId,
        role: c.role,
        basis,
        basisScore,
        points: params.weight * basisScore,
      };
    }),
  );
}
