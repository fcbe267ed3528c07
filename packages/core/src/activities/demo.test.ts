import { describe, expect, it } from 'vitest';
import { demoCommunities } from '../communities/demo';
import { generateDemoCounty } from '../demo/county';
import { complianceFor } from './compliance';
import { DEFAULT_COMPLIANCE_RULES } from './compliance-rules';
import { demoJointWork } from './demo';
import { mentorshipCounts } from './mentorship';
import { complianceSummary } from './reminders';
import { termById } from './terms';

describe('demoJointWork on the demo county', () => {
  const county = generateDemoCounty();
  const groups = demoCommunities(county);
  const work = demoJointWork(county, groups);

  it('gives a mix of green and red quotas at the end of a term', () => {
    const term = termById('2024-2025-1');
    const rows = complianceFor({ kind: 'county' }, work.activities, groups, DEFAULT_COMPLIANCE_RULES, term, {
      asOf: term.endOn,
      schools: county.schools,
      masterStudios: work.masterStudios,
      researcherPatches: work.researcherPatches,
    });
    const summary = complianceSummary(rows);
    // 9 groups × 3 group rules + 9 studios + researchers × 3 rules
    expect(summary.total).toBe(groups.length * 4 + work.researcherPatches.length * 3);
    expect(summary.byStatus.green).toBeGreaterThan(0);
    expect(summary.byStatus.red).toBeGreaterThan(0);
  });

  it('pairs mentors at the lead with mentees at the members', () => {
    const counts = mentorshipCounts(work.mentorships, county.schools, '2024-10-01');
    expect(counts.active).toBe(work.mentorships.length);
    expect(counts.crossSchool).toBe(counts.active);
    expect(counts.active).toBeGreaterThan(groups.length);
  });

  it('is the same for the same seed', () => {
    expect(demoJointWork(county, groups)).toEqual(work);
  });
});
