// Demo only: the demo county's education groups, their joint work (activities, master studios, researcher
// patches) and mentorship pairs from core's demo generators, so the cockpit has communities to show. One
// audit entry per table, like the county load.
import { randomUUID } from 'node:crypto';
import {
  demoCommunities,
  demoJointWork,
  schoolYearOf,
  termOf,
  type CountyData,
  type Subject,
} from '@junheng/core';
import { recordAudit } from '../audit/service';
import { stamps } from '../audit/stamps';
import type { Actor } from '../auth/roles';
import type { Db, Executor } from '../db/client';
import {
  activities,
  activitySchools,
  communities,
  communityMemberships,
  masterStudios,
  mentorshipPairs,
  researcherPatches,
  researcherPatchSchools,
} from '../db/schema';
import type { Clock } from '../shared/clock';

export interface DemoCommunitiesLoad {
  communities: number;
  activities: number;
  mentorships: number;
}

const BATCH = 500;

async function insertAll<T>(
  _tx: Executor,
  rows: T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function loadDemoCommunities(
  db: Db,
  clock: Clock,
  actor: Actor,
  countyId: string,
  data: CountyData,
  schoolIds: ReadonlyMap<string, string>,
): Promise<DemoCommunitiesLoad> {
  const groups = demoCommunities(data);
  const work = demoJointWork(data, groups);
  const idOf = (code: string): string => {
    const id = schoolIds.get(code);
    if (id === undefined) throw new Error(`demo school ${code} not loaded`);
    return id;
  };
  const now = clock();
  const stamped = stamps(actor, now);
  const communityId = new Map(groups.map((g) => [g.id, randomUUID()]));
  const studioId = new Map(work.masterStudios.map((s) => [s.id, randomUUID()]));
  const patchId = new Map(work.researcherPatches.map((p) => [p.researcherId, randomUUID()]));
  const activityId = new Map(work.activities.map((a) => [a.id, randomUUID()]));
  const latest = [...new Set(data.teachers.map((t) => t.schoolYear))].sort().at(-1);
  const teacherName = new Map(
    data.teachers.filter((t) => t.schoolYear === latest).map((t) => [t.teacherCode, t.name]),
  );
  const ref = (map: Map<string, string>, id: string | null) => (id === null ? null : (map.get(id) ?? null));

  await db.transaction(async (tx) => {
    await insertAll(tx, groups, (chunk) =>
      tx.insert(communities).values(
        chunk.map((g) => ({
          countyId,
          id: communityId.get(g.id) as string,
          kind: g.kind,
          name: g.name,
          leadSchoolId: idOf(g.leadSchoolCode),
          startOn: g.startOn,
          endOn: g.endOn,
          charterText: g.charter ?? null,
          origin: 'demo',
          ...stamped,
        })),
      ),
    );
    const memberships = groups.flatMap((g) =>
      g.members.map((m) => ({
        countyId,
        communityId: communityId.get(g.id) as string,
        schoolId: idOf(m.schoolCode),
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        createdAt: now,
        createdByName: actor.username,
      })),
    );
    await insertAll(tx, memberships, (chunk) => tx.insert(communityMemberships).values(chunk));
    await insertAll(tx, work.masterStudios, (chunk) =>
      tx.insert(masterStudios).values(
        chunk.map((s) => ({
          countyId,
          id: studioId.get(s.id) as string,
          name: s.name,
          leaderId: s.leaderId,
          schoolId: idOf(s.schoolCode),
          communityId: ref(communityId, s.communityId),
          subject: s.subject ?? null,
          startOn: s.startOn,
          endOn: s.endOn,
          ...stamped,
        })),
      ),
    );
    await insertAll(tx, work.researcherPatches, (chunk) =>
      tx.insert(researcherPatches).values(
        chunk.map((p) => ({
          countyId,
          id: patchId.get(p.researcherId) as string,
          name: p.name,
          ...stamped,
        })),
      ),
    );
    const patchSchools = work.researcherPatches.flatMap((p) =>
      p.schoolCodes.map((code) => ({
        countyId,
        patchId: patchId.get(p.researcherId) as string,
        schoolId: idOf(code),
      })),
    );
    await insertAll(tx, patchSchools, (chunk) => tx.insert(researcherPatchSchools).values(chunk));
    await insertAll(tx, work.activities, (chunk) =>
      tx.insert(activities).values(
        chunk.map((a) => ({
          countyId,
          id: activityId.get(a.id) as string,
          kind: a.kind,
          date: a.date,
          termId: termOf(a.date)?.id ?? null,
          schoolYear: schoolYearOf(a.date),
          title: a.title ?? null,
          communityId: ref(communityId, a.communityId),
          hostSchoolId: idOf(a.hostSchoolCode),
          researcherPatchId: ref(patchId, a.researcherId),
          masterStudioId: ref(studioId, a.masterStudioId),
          peopleCount: a.participants.length > 0 ? a.participants.length : null,
          participants: a.participants,
          lessonsObserved: a.lessonsObserved ?? null,
          ruralQuality: a.ruralQuality,
          files: a.files ?? [],
          ...stamped,
        })),
      ),
    );
    const links = work.activities.flatMap((a) =>
      [...new Set([a.hostSchoolCode, ...a.participantSchoolCodes])].map((code) => ({
        countyId,
        activityId: activityId.get(a.id) as string,
        schoolId: idOf(code),
      })),
    );
    await insertAll(tx, links, (chunk) => tx.insert(activitySchools).values(chunk));
    await insertAll(tx, work.mentorships, (chunk) =>
      tx.insert(mentorshipPairs).values(
        chunk.map((m) => ({
          countyId,
          mentorId: m.mentorId,
          mentorName: teacherName.get(m.mentorId) ?? null,
          menteeId: m.menteeId,
          menteeName: teacherName.get(m.menteeId) ?? null,
          mentorSchoolId: idOf(m.mentorSchoolCode),
          menteeSchoolId: idOf(m.menteeSchoolCode),
          communityId: ref(communityId, m.communityId),
          subject: (m.subject ?? null) as Subject | null,
          startOn: m.startOn,
          endOn: m.endOn,
          ...stamped,
        })),
      ),
    );
    const counts = {
      communities: groups.length,
      memberships: memberships.length,
      masterStudios: work.masterStudios.length,
      researcherPatches: work.researcherPatches.length,
      activities: work.activities.length,
      mentorships: work.mentorships.length,
    };
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community_demo',
      entityId: null,
      action: 'import',
      after: counts,
    });
  });
  return {
    communities: groups.length,
    activities: work.activities.length,
    mentorships: work.mentorships.length,
  };
}
