// What the CLI uses of the rotation area: the policy presets with overrides, the county lookup and the notice.
export { POLICY_PRESETS, policyFromJson, resolvePolicy, type PolicySpec } from './policy-spec';
export { countyIdByCode } from './county-lookup';
export { writeRotationNotice, type RotationNotice, type NoticeAssignment } from './notice-workbook';
export { INDICATOR_ZH, INDICATOR_EN, KIND_ZH, cvText, stageZh, subjectZh } from './labels';
export { canonicalOrder } from './canonical';
export { communityRolesOf } from './community-roles';
