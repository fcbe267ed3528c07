import { describe, expect, it } from 'vitest';
import { DEFAULT_PROPOSAL_PARAMS } from './params';
import { proposalParamsSchema, proposalSchoolSchema } from './schema';
import { schoolAt } from './test-fixtures';

describe('proposal schemas', () => {
  it('accept the defaults and a school', () => {
    expect(proposalParamsSchema.parse(DEFAULT_PROPOSAL_PARAMS)).toEqual(DEFAULT_PROPOSAL_PARAMS);
    expect(proposalSchoolSchema.safeParse(schoolAt('1', 0, 0, 'rural')).success).toBe(true);
  });

  it('refuse a group of one, a negative weight and a strength above 1', () => {
    expect(proposalParamsSchema.safeParse({ ...DEFAULT_PROPOSAL_PARAMS, maxSchools: 1 }).success).toBe(false);
    const weights = { ...DEFAULT_PROPOSAL_PARAMS.weights, perKm: -1 };
    expect(proposalParamsSchema.safeParse({ ...DEFAULT_PROPOSAL_PARAMS, weights }).success).toBe(false);
    expect(proposalSchoolSchema.safeParse({ ...schoolAt('1', 0, 0, 'rural'), strength: 1.5 }).success).toBe(
      false,
    );
  });
});
