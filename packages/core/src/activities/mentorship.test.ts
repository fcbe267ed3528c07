import { describe, expect, it } from 'vitest';
import { mentorshipCounts } from './mentorship';
import { SCHOOLS } from './test-fixtures';
import type { Mentorship } from './types';

const pair = (id: string, from: string, to: string, extra: Partial<Mentorship> = {}): Mentorship => ({
  id,
  mentorId: `m-${id}`,
  menteeId: `e-${id}`,
  mentorSchoolCode: from,
  menteeSchoolCode: to,
  communityId: 'G1',
  startOn: '2024-09-01',
  endOn: null,
  ...extra,
});

describe('mentorshipCounts', () => {
  it('counts active, cross-school and rural pairs on a day', () => {
    const pairs = [
      pair('1', 'U1', 'R1'),
      pair('2', 'U1', 'R2'),
      pair('3', 'U1', 'U1', { communityId: null }),
      pair('4', 'U2', 'R4', { communityId: 'C2', endOn: '2025-01-31' }),
    ];
    expect(mentorshipCounts(pairs, SCHOOLS, '2025-02-01')).toEqual({
      active: 3,
      crossSchool: 2,
      ruralMentees: 2,
      byCommunity: { G1: 2 },
      bySchool: {
        U1: { mentors: 3, mentees: 1 },
        R1: { mentors: 0, mentees: 1 },
        R2: { mentors: 0, mentees: 1 },
      },
    });
    expect(mentorshipCounts(pairs, SCHOOLS, '2025-01-31').byCommunity).toEqual({ G1: 2, C2: 1 });
  });
});
