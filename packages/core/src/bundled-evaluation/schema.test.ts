import { describe, expect, it } from 'vitest';
import { complianceRuleSchema, activitySchema, termCalendarSchema } from '../activities/schema';
import { DEFAULT_COMPLIANCE_RULES } from '../activities/compliance-rules';
import { DEFAULT_TERM_CALENDAR } from '../activities/terms';
import { activity } from '../activities/test-fixtures';
import { communitySchema } from '../communities/schema';
import { community } from '../communities/test-fixtures';
import { DEFAULT_BUNDLED_SCHEME } from './default-scheme';
import { bundledEvaluationInputSchema, bundledSchemeSchema } from './schema';
import { A } from './test-fixtures';

describe('boundary schemas', () => {
  it('accept the defaults and the fixtures unchanged', () => {
    expect(bundledSchemeSchema.parse(DEFAULT_BUNDLED_SCHEME)).toEqual(DEFAULT_BUNDLED_SCHEME);
    expect(bundledEvaluationInputSchema.parse(A)).toEqual(A);
    for (const rule of DEFAULT_COMPLIANCE_RULES) expect(complianceRuleSchema.parse(rule)).toEqual(rule);
    expect(termCalendarSchema.parse(DEFAULT_TERM_CALENDAR)).toEqual(DEFAULT_TERM_CALENDAR);
    const g = community('G1', 'U1', ['R1']);
    expect(communitySchema.parse(g)).toEqual(g);
  });

  it('reject impossible dates, reversed ranges and unknown kinds', () => {
    expect(activitySchema.safeParse(activity('jointResearch', '2025-02-30', 'U1')).success).toBe(false);
    expect(
      activitySchema.safeParse({ ...activity('jointResearch', '2025-02-03', 'U1'), kind: 'party' }).success,
    ).toBe(false);
    expect(communitySchema.safeParse({ ...community('G1', 'U1', []), endOn: '2020-01-01' }).success).toBe(
      false,
    );
    expect(termCalendarSchema.safeParse({ ...DEFAULT_TERM_CALENDAR, springEnd: '7-31' }).success).toBe(false);
  });
});
