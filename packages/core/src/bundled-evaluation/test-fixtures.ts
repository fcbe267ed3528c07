// Two communities whose bundled scores are worked out by hand in score.test.ts.
import type { BundledEvaluationInput } from './types';

export const A: BundledEvaluationInput = {
  communityId: 'A',
  name: '甲集团',
  leadSchoolCode: 'LA',
  memberSchoolCodes: ['A1', 'A2'],
  rotationsMade: 3,
  rotationsExpected: 4,
  activitiesHeld: 16,
  complianceShare: 0.5,
  valueAdded: { A1: 4, A2: 2 },
  cvBefore: 0.5,
  cvAfter: 0.4,
  entered: { managementInnovation: 80, satisfaction: 90 },
};

export const B: BundledEvaluationInput = {
  communityId: 'B',
  name: '乙集团',
  leadSchoolCode: 'LB',
  memberSchoolCodes: ['B1'],
  rotationsMade: 2,
  rotationsExpected: 2,
  activitiesHeld: 8,
  complianceShare: 1,
  valueAdded: { B1: 0 },
  cvBefore: 0.4,
  cvAfter: 0.42,
  entered: { managementInnovation: 60, satisfaction: null },
};
