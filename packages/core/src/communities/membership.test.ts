import { describe, expect, it } from 'vitest';
import { communitiesOfSchool, membersOn, membershipHistory } from './membership';
import { community } from './test-fixtures';

describe('membership', () => {
  const g1 = community('G1', 'U1', ['R1', 'R2']);
  g1.members = g1.members.map((m) => (m.schoolCode === 'R2' ? { ...m, leftOn: '2024-08-31' } : m));
  const g2 = community('G2', 'U2', ['R2'], 'education_group', '2024-09-01');

  it('lists members on a day, by join and leave dates', () => {
    expect(membersOn(g1, '2024-08-31')).toEqual(['U1', 'R1', 'R2']);
    expect(membersOn(g1, '2024-09-01')).toEqual(['U1', 'R1']);
    expect(membersOn(g2, '2024-08-31')).toEqual([]);
  });

  it('finds a school’s communities on a day', () => {
    expect(communitiesOfSchool([g1, g2], 'R2', '2024-08-31').map((c) => c.id)).toEqual(['G1']);
    expect(communitiesOfSchool([g1, g2], 'R2', '2024-09-01').map((c) => c.id)).toEqual(['G2']);
    expect(communitiesOfSchool([g1, g2], 'R2', '2024-09-01', 'research_alliance')).toEqual([]);
  });

  it('keeps the history of a school across communities', () => {
    expect(membershipHistory([g2, g1], 'R2')).toEqual([
      {
        communityId: 'G1',
        kind: 'education_group',
        name: '共同体G1',
        lead: false,
        joinedOn: '2023-09-01',
        leftOn: '2024-08-31',
      },
      {
        communityId: 'G2',
        kind: 'education_group',
        name: '共同体G2',
        lead: false,
        joinedOn: '2024-09-01',
        leftOn: null,
      },
    ]);
    expect(membershipHistory([g1], 'U1')[0]?.lead).toBe(true);
  });
});
