import { describe, expect, it } from 'vitest';
import { complianceFor } from '../activities/compliance';
import { DEFAULT_COMPLIANCE_RULES } from '../activities/compliance-rules';
import { demoJointWork } from '../activities/demo';
import { termById } from '../activities/terms';
import { activity } from '../activities/test-fixtures';
import { demoCommunities } from '../communities/demo';
import { community } from '../communities/test-fixtures';
import { generateDemoCounty } from '../demo/county';
import { DEFAULT_BUNDLED_SCHEME } from './default-scheme';
import { gatherBundledInput, type QualityObservation } from './gather';
import { evaluateCommunities } from './score';

describe('gatherBundledInput', () => {
  it('collects one community’s inputs for a school year', () => {
    const g = community('G1', 'U1', ['R1', 'R2']);
    const q = (code: string, value: number): QualityObservation => ({
      schoolCode: code,
      students: 100,
      value,
    });
    const input = gatherBundledInput(g, {
      schoolYear: '2024-2025',
      activities: [
        activity('jointResearch', '2024-09-10', 'U1', { communityId: 'G1' }),
        activity('jointResearch', '2025-09-10', 'U1', { communityId: 'G1' }),
      ],
      complianceRows: [],
      rotations: [
        { fromSchoolCode: 'U1', toSchoolCode: 'R1' },
        { fromSchoolCode: 'U2', toSchoolCode: 'R2' },
      ],
      rotationsExpected: 2,
      qualityBefore: [q('U1', 10), q('R1', 5), q('R2', 6)],
      qualityAfter: [q('U1', 10), q('R1', 7), q('R2', 6)],
      entered: { satisfaction: 88 },
    });
    expect(input).toMatchObject({
      memberSchoolCodes: ['R1', 'R2'],
      rotationsMade: 1,
      activitiesHeld: 1,
      complianceShare: null,
      valueAdded: { R1: 2, R2: 0 },
    });
    expect((input.cvBefore ?? 0) > (input.cvAfter ?? 1)).toBe(true);
  });

  it('runs end to end on the demo county', () => {
    const county = generateDemoCounty();
    const groups = demoCommunities(county);
    const work = demoJointWork(county, groups);
    const perStudent = (year: string): QualityObservation[] =>
      county.stats
        .filter((s) => s.schoolYear === year)
        .map((s) => {
          const students = s.primaryStudents + s.juniorStudents;
          return {
            schoolCode: s.schoolCode,
            students,
            value: students > 0 ? s.equipmentValue / students : 0,
          };
        });
    const inputs = groups.map((g) => {
      const rows = [termById('2024-2025-1'), termById('2024-2025-2')].flatMap((term) =>
        complianceFor(
          { kind: 'community', communityId: g.id },
          work.activities,
          groups,
          DEFAULT_COMPLIANCE_RULES,
          term,
          {
            asOf: term.endOn,
            schools: county.schools,
            masterStudios: work.masterStudios,
            researcherPatches: work.researcherPatches,
          },
        ),
      );
      return gatherBundledInput(g, {
        schoolYear: '2024-2025',
        activities: work.activities,
        complianceRows: rows,
        rotations: [],
        rotationsExpected: 1,
        qualityBefore: perStudent('2023-2024'),
        qualityAfter: perStudent('2024-2025'),
        valueAddedMode: 'relative',
        entered: { managementInnovation: 80, satisfaction: 90 },
      });
    });
    const results = evaluateCommunities(DEFAULT_BUNDLED_SCHEME, inputs);
    expect(results).toHaveLength(groups.length);
    expect(results[0]?.rank).toBe(1);
    for (const r of results) {
      expect(r.communityScore).toBeGreaterThan(0);
      expect(r.communityScore).toBeLessThanOrEqual(100);
      expect(r.missing).toEqual([]);
    }
  });
});
