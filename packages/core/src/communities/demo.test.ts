import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../demo/county';
import { demoCommunities } from './demo';
import { DEFAULT_COMMUNITY_RULES } from './rules';
import { communityViolations } from './violations';

describe('demoCommunities on the demo county', () => {
  const county = generateDemoCounty();
  const groups = demoCommunities(county);

  it('forms groups of at most 4 led by urban schools, with no rule broken', () => {
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.members.length <= 4 && g.members.length >= 2)).toBe(true);
    expect(communityViolations(county.schools, groups, DEFAULT_COMMUNITY_RULES, '2024-10-01')).toEqual([]);
  });

  it('is the same for the same county', () => {
    expect(demoCommunities(generateDemoCounty())).toEqual(groups);
  });

  it('shows the violations when the demo groups are too small to cover every rural school', () => {
    const small = demoCommunities(county, { startOn: '2023-09-01', groupSize: 2 });
    const v = communityViolations(county.schools, small, DEFAULT_COMMUNITY_RULES, '2024-10-01');
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((x) => x.code === 'schoolUncovered')).toBe(true);
  });
});
