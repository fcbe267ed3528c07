// Sweep cases for the communities routes (see route-cases.ts). Each case stores what it needs in the target
// county directly in the tables, as the system. A stored community, activity, pair or patch joins the target
// school with the county's last school — never the other scenario schools — so a school user of another school
// has nothing of it to see. Every community gets a date window of its own (two days, one after the other), so
// the one-community-per-kind rule never makes two cases clash.
import { addDays, DEFAULT_BUNDLED_SCHEME } from '@junheng/core';
import { and, eq, isNull } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import {
  activities,
  activityFiles,
  activitySchools,
  bundledResults,
  communities,
  communityMemberships,
  communityProposals,
  masterStudios,
  mentorshipPairs,
  researcherPatches,
  researcherPatchSchools,
  storedFiles,
  teachers,
} from '../db/schema';
import { TEST_START } from './clock';
import { multipartFile, SAMPLE_PDF } from './multipart';
import type { CaseContext, CaseRequest, RouteCase } from './route-cases';

const API = '/api/v1/communities';
const YEAR = '2024-2025';
const stamp = { createdAt: TEST_START, createdByName: 'system' };
const stamps = { ...stamp, updatedAt: TEST_START, updatedByName: 'system' };

const scoped = (build: (c: CaseContext) => CaseRequest | Promise<CaseRequest>): RouteCase => ({
  kind: 'scoped',
  build,
});

let windows = 0;
/** A fresh two-day window per call, far from the dates other tests use. */
function window(): { startOn: string; endOn: string } {
  windows += 1;
  const startOn = addDays('1990-01-01', windows * 3);
  return { startOn, endOn: addDays(startOn, 1) };
}

/** The county's last school, or its first when the target is the last. */
function partner(c: CaseContext): string {
  const ids = c.target.county.schoolIds;
  return (ids[ids.length - 1] === c.target.schoolId ? ids[0] : ids[ids.length - 1]) as string;
}

const countyId = (c: CaseContext) => c.target.county.id;

async function community(c: CaseContext): Promise<{ id: string; memberId: string; startOn: string }> {
  const w = window();
  const [row] = await c.db
    .insert(communities)
    .values({
      countyId: countyId(c),
      kind: 'education_group',
      name: `${c.target.county.spec.name}共同体${c.n}`,
      leadSchoolId: c.target.schoolId,
      ...w,
      ...stamps,
    })
    .returning({ id: communities.id });
  const id = row?.id ?? '';
  const members = await c.db
    .insert(communityMemberships)
    .values(
      [c.target.schoolId, partner(c)].map((schoolId) => ({
        countyId: countyId(c),
        communityId: id,
        schoolId,
        joinedOn: w.startOn,
        leftOn: w.endOn,
        ...stamp,
      })),
    )
    .returning();
  return {
    id,
    memberId: members.find((m) => m.schoolId !== c.target.schoolId)?.id ?? '',
    startOn: w.startOn,
  };
}

async function activity(c: CaseContext): Promise<string> {
  const [row] = await c.db
    .insert(activities)
    .values({
      countyId: countyId(c),
      kind: 'jointResearch',
      date: '2024-10-10',
      termId: '2024-2025-1',
      schoolYear: YEAR,
      title: `${c.target.county.spec.name}教研${c.n}`,
      hostSchoolId: c.target.schoolId,
      ...stamps,
    })
    .returning({ id: activities.id });
  const id = row?.id ?? '';
  await c.db.insert(activitySchools).values(
    [c.target.schoolId, partner(c)].map((schoolId) => ({
      countyId: countyId(c),
      activityId: id,
      schoolId,
    })),
  );
  return id;
}

/** A stored PDF in the target county (its name carries the case number, never the target's names). */
async function storedFile(c: CaseContext): Promise<string> {
  const [row] = await c.db
    .insert(storedFiles)
    .values({
      countyId: countyId(c),
      name: `纪要${c.n}.pdf`,
      mimeType: 'application/pdf',
      size: SAMPLE_PDF.length,
      sha256: createHash('sha256').update(SAMPLE_PDF).digest('hex'),
      content: SAMPLE_PDF,
      uploadedAt: TEST_START,
      uploadedByName: 'system',
    })
    .returning({ id: storedFiles.id });
  return row?.id ?? '';
}

async function communityWithCharter(c: CaseContext): Promise<string> {
  const { id } = await community(c);
  await c.db
    .update(communities)
    .set({ charterFileId: await storedFile(c) })
    .where(eq(communities.id, id));
  return id;
}

async function activityWithFile(c: CaseContext): Promise<{ id: string; fileId: string }> {
  const id = await activity(c);
  const fileId = await storedFile(c);
  await c.db.insert(activityFiles).values({ countyId: countyId(c), activityId: id, fileId });
  return { id, fileId };
}

const upload = (url: string, name: string): CaseRequest => {
  const body = multipartFile(name, SAMPLE_PDF);
  return { url, payload: body.payload, contentType: body.contentType };
};

async function teacherCode(c: CaseContext): Promise<string> {
  const [t] = await c.db
    .select({ code: teachers.teacherCode })
    .from(teachers)
    .where(eq(teachers.id, c.target.teacherId));
  return t?.code ?? 'T0';
}

async function studio(c: CaseContext): Promise<string> {
  const [row] = await c.db
    .insert(masterStudios)
    .values({
      countyId: countyId(c),
      name: `名师工作室${c.n}`,
      leaderId: await teacherCode(c),
      schoolId: c.target.schoolId,
      startOn: '2024-09-01',
      ...stamps,
    })
    .returning({ id: masterStudios.id });
  return row?.id ?? '';
}

async function patch(c: CaseContext): Promise<string> {
  const [row] = await c.db
    .insert(researcherPatches)
    .values({ countyId: countyId(c), name: `教研员${c.n}`, ...stamps })
    .returning({ id: researcherPatches.id });
  const id = row?.id ?? '';
  await c.db
    .insert(researcherPatchSchools)
    .values(
      [c.target.schoolId, partner(c)].map((schoolId) => ({ countyId: countyId(c), patchId: id, schoolId })),
    );
  return id;
}

async function pair(c: CaseContext): Promise<string> {
  const [row] = await c.db
    .insert(mentorshipPairs)
    .values({
      countyId: countyId(c),
      mentorId: await teacherCode(c),
      menteeId: `M${c.n}`,
      mentorSchoolId: c.target.schoolId,
      menteeSchoolId: partner(c),
      startOn: '2024-09-01',
      ...stamps,
    })
    .returning({ id: mentorshipPairs.id });
  return row?.id ?? '';
}

/** A computed year in which the target school and its partner make one community (replacing the last case's). */
async function schoolResults(c: CaseContext): Promise<void> {
  const codeOf = (id: string) =>
    c.target.county.data.schools[c.target.county.schoolIds.indexOf(id)]?.schoolCode ?? '';
  const results = [
    {
      communityId: (await community(c)).id,
      name: `考核共同体${c.n}`,
      communityScore: 80,
      effortScore: 82,
      improvementScore: 78,
      nodeScores: {},
      missing: [],
      contributions: [
        { schoolCode: c.target.schoolCode, role: 'lead', points: 50 },
        { schoolCode: codeOf(partner(c)), role: 'member', points: 30 },
      ],
      rank: 1,
    },
  ];
  const values = {
    scheme: DEFAULT_BUNDLED_SCHEME,
    inputs: [],
    results,
    computedAt: TEST_START,
    computedByName: 'system',
  };
  await c.db
    .insert(bundledResults)
    .values({ countyId: countyId(c), schoolYear: '2022-2023', ...values })
    .onConflictDoUpdate({ target: [bundledResults.countyId, bundledResults.schoolYear], set: values });
}

async function storedResults(c: CaseContext): Promise<void> {
  await c.db
    .insert(bundledResults)
    .values({
      countyId: countyId(c),
      schoolYear: YEAR,
      scheme: DEFAULT_BUNDLED_SCHEME,
      inputs: [],
      results: [],
      computedAt: TEST_START,
      computedByName: 'system',
    })
    .onConflictDoNothing();
}

/**
 * A stored proposal of one group (the target leading its partner). Accepting it makes an open-ended community,
 * so the groups earlier accepts made are ended first, and each accept starts on a day of its own after every
 * other case window.
 */
async function proposal(c: CaseContext): Promise<{ id: string; startOn: string }> {
  const codeOf = (id: string) =>
    c.target.county.data.schools[c.target.county.schoolIds.indexOf(id)]?.schoolCode;
  const open = await c.db
    .select()
    .from(communities)
    .where(
      and(
        eq(communities.countyId, countyId(c)),
        eq(communities.origin, 'proposal'),
        isNull(communities.endOn),
      ),
    );
  for (const row of open) {
    await c.db.update(communities).set({ endOn: row.startOn }).where(eq(communities.id, row.id));
    await c.db
      .update(communityMemberships)
      .set({ leftOn: row.startOn })
      .where(eq(communityMemberships.communityId, row.id));
  }
  const [row] = await c.db
    .insert(communityProposals)
    .values({
      countyId: countyId(c),
      params: {},
      proposal: {
        status: 'proposed',
        kind: 'education_group',
        communities: [
          {
            leadSchoolCode: c.target.schoolCode,
            leadName: `方案集团${c.n}`,
            members: [{ schoolCode: codeOf(partner(c)) }],
          },
        ],
        leftOut: [],
        uncovered: [],
        idleLeads: [],
        problems: [],
      },
      ...stamp,
    })
    .returning({ id: communityProposals.id });
  windows += 1;
  return { id: row?.id ?? '', startOn: addDays('2200-01-01', windows * 3) };
}

const q = (c: CaseContext) => `countyId=${countyId(c)}`;

export const COMMUNITY_CASES: Record<string, RouteCase> = {
  'GET /communities': scoped((c) => ({ url: `${API}?${q(c)}` })),
  'GET /communities/export': scoped((c) => ({ url: `${API}/export?${q(c)}` })),
  'POST /communities': scoped((c) => {
    const w = window();
    return {
      url: API,
      payload: {
        countyId: countyId(c),
        kind: 'education_group',
        name: `新共同体${c.n}`,
        leadSchoolId: c.target.schoolId,
        memberSchoolIds: [partner(c)],
        ...w,
      },
    };
  }),
  'GET /communities/violations': scoped((c) => ({ url: `${API}/violations?${q(c)}` })),
  'GET /communities/violations/export': scoped((c) => ({ url: `${API}/violations/export?${q(c)}` })),
  'GET /communities/settings': scoped((c) => ({ url: `${API}/settings?${q(c)}` })),
  'PUT /communities/settings': scoped((c) => ({
    url: `${API}/settings`,
    payload: { countyId: countyId(c), reminderDays: 30 },
  })),
  'GET /communities/schools/:id/history': scoped(async (c) => {
    await community(c);
    return { url: `${API}/schools/${c.target.schoolId}/history` };
  }),
  'GET /communities/:id': scoped(async (c) => ({ url: `${API}/${(await community(c)).id}` })),
  'GET /communities/:id/schools': scoped(async (c) => {
    const made = await community(c);
    return { url: `${API}/${made.id}/schools?onDate=${made.startOn}` };
  }),
  'PATCH /communities/:id': scoped(async (c) => ({
    url: `${API}/${(await community(c)).id}`,
    payload: { name: `改名共同体${c.n}` },
  })),
  'DELETE /communities/:id': scoped(async (c) => ({ url: `${API}/${(await community(c)).id}` })),
  'POST /communities/:id/members': scoped(async (c) => {
    const made = await community(c);
    // Another school would be another scenario's school: the partner leaves and joins again instead.
    await c.db
      .update(communityMemberships)
      .set({ leftOn: made.startOn })
      .where(eq(communityMemberships.id, made.memberId));
    return {
      url: `${API}/${made.id}/members`,
      payload: { schoolId: partner(c), joinedOn: addDays(made.startOn, 1) },
    };
  }),
  'POST /communities/:id/charter': scoped(async (c) =>
    upload(`${API}/${(await community(c)).id}/charter`, `章程${c.n}.pdf`),
  ),
  'GET /communities/:id/charter': scoped(async (c) => ({
    url: `${API}/${await communityWithCharter(c)}/charter`,
  })),
  'DELETE /communities/:id/charter': scoped(async (c) => ({
    url: `${API}/${await communityWithCharter(c)}/charter`,
  })),
  'POST /communities/:id/members/:membershipId/leave': scoped(async (c) => {
    const made = await community(c);
    return { url: `${API}/${made.id}/members/${made.memberId}/leave`, payload: { leftOn: made.startOn } };
  }),

  'GET /communities/proposals': scoped(async (c) => {
    await proposal(c);
    return { url: `${API}/proposals?${q(c)}` };
  }),
  'POST /communities/proposals': scoped((c) => ({
    url: `${API}/proposals`,
    payload: { countyId: countyId(c), schoolYear: YEAR, leadSchoolIds: [c.target.schoolId] },
  })),
  'GET /communities/proposals/:id': scoped(async (c) => ({
    url: `${API}/proposals/${(await proposal(c)).id}`,
  })),
  'POST /communities/proposals/:id/accept': scoped(async (c) => {
    const made = await proposal(c);
    return { url: `${API}/proposals/${made.id}/accept`, payload: { startOn: made.startOn } };
  }),

  'GET /communities/activities': scoped((c) => ({ url: `${API}/activities?${q(c)}&pageSize=500` })),
  'GET /communities/activities/export': scoped((c) => ({ url: `${API}/activities/export?${q(c)}` })),
  // A researcher's visit under a patch that is nobody's: the researcher of the sweep may log visits, but only
  // under a patch of his own, so he is refused like every other read-only role.
  'POST /communities/activities': scoped(async (c) => ({
    url: `${API}/activities`,
    payload: {
      countyId: countyId(c),
      kind: 'researcherVisit',
      date: '2024-10-11',
      title: `教研指导${c.n}`,
      hostSchoolId: c.target.schoolId,
      participantSchoolIds: [partner(c)],
      researcherPatchId: await patch(c),
      lessonsObserved: 2,
    },
  })),
  'GET /communities/activities/:id': scoped(async (c) => ({ url: `${API}/activities/${await activity(c)}` })),
  'PATCH /communities/activities/:id': scoped(async (c) => ({
    url: `${API}/activities/${await activity(c)}`,
    payload: { title: `改题${c.n}` },
  })),
  'DELETE /communities/activities/:id': scoped(async (c) => ({
    url: `${API}/activities/${await activity(c)}`,
  })),
  'POST /communities/activities/:id/files': scoped(async (c) =>
    upload(`${API}/activities/${await activity(c)}/files`, `活动纪要${c.n}.pdf`),
  ),
  'GET /communities/activities/:id/files/:fileId': scoped(async (c) => {
    const made = await activityWithFile(c);
    return { url: `${API}/activities/${made.id}/files/${made.fileId}` };
  }),
  'DELETE /communities/activities/:id/files/:fileId': scoped(async (c) => {
    const made = await activityWithFile(c);
    return { url: `${API}/activities/${made.id}/files/${made.fileId}` };
  }),

  'GET /communities/studios': scoped((c) => ({ url: `${API}/studios?${q(c)}` })),
  'GET /communities/studios/export': scoped((c) => ({ url: `${API}/studios/export?${q(c)}` })),
  'POST /communities/studios': scoped(async (c) => ({
    url: `${API}/studios`,
    payload: {
      countyId: countyId(c),
      name: `工作室${c.n}`,
      leaderId: await teacherCode(c),
      schoolId: c.target.schoolId,
      startOn: '2024-09-01',
    },
  })),
  'PATCH /communities/studios/:id': scoped(async (c) => ({
    url: `${API}/studios/${await studio(c)}`,
    payload: { name: `改名工作室${c.n}` },
  })),
  'DELETE /communities/studios/:id': scoped(async (c) => ({ url: `${API}/studios/${await studio(c)}` })),
  'GET /communities/researcher-patches': scoped((c) => ({ url: `${API}/researcher-patches?${q(c)}` })),
  'GET /communities/researcher-patches/export': scoped((c) => ({
    url: `${API}/researcher-patches/export?${q(c)}`,
  })),
  'POST /communities/researcher-patches': scoped((c) => ({
    url: `${API}/researcher-patches`,
    payload: { countyId: countyId(c), name: `包片${c.n}`, schoolIds: [c.target.schoolId, partner(c)] },
  })),
  'PUT /communities/researcher-patches/:id': scoped(async (c) => ({
    url: `${API}/researcher-patches/${await patch(c)}`,
    payload: { name: `包片改${c.n}`, schoolIds: [c.target.schoolId] },
  })),
  'DELETE /communities/researcher-patches/:id': scoped(async (c) => ({
    url: `${API}/researcher-patches/${await patch(c)}`,
  })),

  'GET /communities/compliance': scoped(async (c) => ({
    url: `${API}/compliance?${q(c)}&communityId=${(await community(c)).id}&termId=2024-2025-1&asOf=2024-12-01`,
  })),
  'GET /communities/compliance/export': scoped((c) => ({
    url: `${API}/compliance/export?${q(c)}&schoolId=${c.target.schoolId}&termId=2024-2025-1&asOf=2024-12-01`,
  })),
  'GET /communities/compliance/reminders': scoped((c) => ({
    url: `${API}/compliance/reminders?${q(c)}&schoolId=${c.target.schoolId}&asOf=2025-01-10`,
  })),
  'GET /communities/compliance/reminders/export': scoped((c) => ({
    url: `${API}/compliance/reminders/export?${q(c)}&schoolId=${c.target.schoolId}&asOf=2025-01-10`,
  })),

  'GET /communities/mentorships': scoped(async (c) => {
    await pair(c);
    return { url: `${API}/mentorships?${q(c)}` };
  }),
  'GET /communities/mentorships/export': scoped((c) => ({ url: `${API}/mentorships/export?${q(c)}` })),
  'GET /communities/mentorships/counts': scoped((c) => ({ url: `${API}/mentorships/counts?${q(c)}` })),
  'POST /communities/mentorships': scoped(async (c) => ({
    url: `${API}/mentorships`,
    payload: {
      countyId: countyId(c),
      mentorId: await teacherCode(c),
      menteeId: `N${c.n}`,
      mentorSchoolId: c.target.schoolId,
      menteeSchoolId: partner(c),
      startOn: '2024-09-01',
    },
  })),
  'PATCH /communities/mentorships/:id': scoped(async (c) => ({
    url: `${API}/mentorships/${await pair(c)}`,
    payload: { endOn: '2025-07-31' },
  })),
  'DELETE /communities/mentorships/:id': scoped(async (c) => ({
    url: `${API}/mentorships/${await pair(c)}`,
  })),

  'GET /communities/evaluation/scheme': scoped((c) => ({
    url: `${API}/evaluation/scheme?${q(c)}&schoolYear=${YEAR}`,
  })),
  'PUT /communities/evaluation/scheme': scoped((c) => ({
    url: `${API}/evaluation/scheme`,
    payload: { countyId: countyId(c), schoolYear: '2023-2024', scheme: DEFAULT_BUNDLED_SCHEME },
  })),
  'GET /communities/evaluation/inputs': scoped((c) => ({
    url: `${API}/evaluation/inputs?${q(c)}&schoolYear=${YEAR}`,
  })),
  'PUT /communities/evaluation/inputs/:id': scoped(async (c) => ({
    url: `${API}/evaluation/inputs/${(await community(c)).id}`,
    payload: { schoolYear: YEAR, entered: { satisfaction: 90 } },
  })),
  'POST /communities/evaluation/results': scoped((c) => ({
    url: `${API}/evaluation/results`,
    payload: { countyId: countyId(c), schoolYear: YEAR },
  })),
  'GET /communities/evaluation/results': scoped(async (c) => {
    await storedResults(c);
    return { url: `${API}/evaluation/results?${q(c)}&schoolYear=${YEAR}` };
  }),
  'GET /communities/evaluation/results/school': scoped(async (c) => {
    await schoolResults(c);
    return {
      url: `${API}/evaluation/results/school?${q(c)}&schoolYear=2022-2023&schoolId=${c.target.schoolId}`,
    };
  }),
  'GET /communities/evaluation/results/export': scoped(async (c) => {
    await storedResults(c);
    return { url: `${API}/evaluation/results/export?${q(c)}&schoolYear=${YEAR}` };
  }),
};
