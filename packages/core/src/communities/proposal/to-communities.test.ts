import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../../demo/county';
import { DEFAULT_COMMUNITY_RULES } from '../rules';
import { communityViolations } from '../violations';
import { leadCandidates } from './candidates';
import { chooseLeads } from './choose-leads';
import { proposalSchoolsOf } from './from-county';
import { DEFAULT_PROPOSAL_PARAMS } from './params';
import { proposeForLeads } from './propose-for-leads';
import { proposalToCommunities } from './to-communities';

const county = generateDemoCounty({ schoolYears: ['2024-2025'] });
const schools = proposalSchoolsOf(county, '2024-2025');
const urbanLeads = schools.filter((s) => s.urbanRural === 'urban' && !s.weak).map((s) => s.schoolCode);

describe('proposals on the demo county, stored as communities', () => {
  it('leaves teaching points to their central schools and counts students', () => {
    const points = county.schools.filter((s) => s.schoolType === 'teachingPoint');
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      expect(schools.find((s) => s.schoolCode === p.schoolCode)?.cover).toBe('none');
      expect(schools.find((s) => s.schoolCode === p.parentSchoolCode)?.cover).toBe('must');
    }
    expect(schools.some((s) => s.urbanRural === 'urban' && s.students > 0)).toBe(true);
    expect(
      county.schools
        .filter((s) => s.ownership === 'private')
        .every((p) => !schools.some((s) => s.schoolCode === p.schoolCode)),
    ).toBe(true);
  });

  it('with the urban schools as leads, gives groups the COM-2 rules accept', () => {
    const proposal = proposeForLeads(schools, urbanLeads);
    expect(proposal.status).toBe('proposed');
    const communities = proposalToCommunities(proposal, { startOn: '2025-09-01', idPrefix: 'proposal' });
    expect(communities.length).toBe(proposal.communities.length);
    expect(communities[0]).toMatchObject({
      id: 'proposal-1',
      kind: 'education_group',
      endOn: null,
      charter: null,
    });
    expect(communities[0]!.name.endsWith('教育集团')).toBe(true);
    expect(communities[0]!.members[0]!.schoolCode).toBe(communities[0]!.leadSchoolCode);
    const violations = communityViolations(
      county.schools,
      communities,
      DEFAULT_COMMUNITY_RULES,
      '2025-10-01',
    );
    expect(violations.filter((v) => v.severity === 'error')).toEqual([]);
  });

  it('choosing the leads among city and town schools, reports its bound and gap', () => {
    const choice = chooseLeads(
      schools,
      {
        candidates: leadCandidates(schools, 'urban_rural_community'),
        count: 'fewest',
      },
      { ...DEFAULT_PROPOSAL_PARAMS, kind: 'urban_rural_community' },
    );
    expect(choice.proposal.status).toBe('proposed');
    expect(choice.lowerBound).not.toBeNull();
    expect(choice.lowerBound!).toBeLessThanOrEqual(choice.objective);
    expect(choice.gap!).toBeLessThan(0.5);
    const communities = proposalToCommunities(choice.proposal, { startOn: '2025-09-01', idPrefix: 'p' });
    expect(communities[0]!.name.endsWith('城乡发展共同体')).toBe(true);
    const violations = communityViolations(
      county.schools,
      communities,
      DEFAULT_COMMUNITY_RULES,
      '2025-10-01',
    );
    expect(violations.filter((v) => v.severity === 'error')).toEqual([]);
  });
});
