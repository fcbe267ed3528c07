// ACT-1: the activity log. A school logs what its own school hosted; the bureau logs anything in its county; a
// researcher logs his own guidance visits and lesson observations (seed 003: 包片包抓, 听评课、教研指导) under his
// own patch at its schools only. School-level roles see the activities their school hosted or took part in;
// county-level roles (researchers included) see the county.
import {
  ACTIVITY_KIND_LABELS,
  membersOn,
  schoolYearOf,
  termById,
  termOf,
  type ActivityKind,
  type ParticipantRole,
} from '@junheng/core';
import { and, asc, count, desc, eq, gte, inArray, lte, or } from 'drizzle-orm';
import { recordAudit } from '../../audit/service';
import { stamps, updatedStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import type { Db, Executor } from '../../db/client';
import {
  activities,
  activitySchools,
  masterStudios,
  researcherPatches,
  researcherPatchSchools,
} from '../../db/schema';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import { assertActivityLogger, countyOf, isCountyLevel, isResearcher, notFound } from '../access';
import { activityAttachments, deleteActivityFiles } from '../files/attachments';
import type { PresentedFile } from '../../files';
import {
  countySchools,
  countySettings,
  loadCommunities,
  type ActivityRow,
  type CountySchools,
  type StoredParticipant,
} from '../load';

export const activityNotFound = () => notFound('activity / 活动');

export interface ActivityBody {
  countyId?: string | undefined;
  kind: ActivityKind;
  date: string;
  title?: string | null | undefined;
  communityId?: string | null | undefined;
  hostSchoolId: string;
  participantSchoolIds?: string[] | undefined;
  peopleCount?: number | null | undefined;
  participants?: { personId: string; role: ParticipantRole; name?: string | undefined }[] | undefined;
  researcherPatchId?: string | null | undefined;
  masterStudioId?: string | null | undefined;
  lessonsObserved?: number | null | undefined;
  ruralQuality?: boolean | undefined;
  files?: string[] | undefined;
}

export function presentActivity(
  row: ActivityRow,
  schoolIds: readonly string[],
  s: CountySchools,
  names: Names,
  /** Uploaded files (files/attachments.ts). */
  attachments: readonly PresentedFile[],
) {
  return {
    id: row.id,
    countyId: row.countyId,
    kind: row.kind as ActivityKind,
    kindLabel: ACTIVITY_KIND_LABELS[row.kind as ActivityKind],
    date: row.date,
    termId: row.termId,
    schoolYear: row.schoolYear,
    title: row.title,
    community: row.communityId
      ? { id: row.communityId, name: names.community.get(row.communityId) ?? '' }
      : null,
    hostSchool: s.ref(row.hostSchoolId),
    participantSchools: schoolIds.map((id) => s.ref(id)).filter((r) => r !== null),
    peopleCount: row.peopleCount,
    participants: row.participants as StoredParticipant[],
    researcherPatch: row.researcherPatchId
      ? { id: row.researcherPatchId, name: names.patch.get(row.researcherPatchId) ?? '' }
      : null,
    masterStudio: row.masterStudioId
      ? { id: row.masterStudioId, name: names.studio.get(row.masterStudioId) ?? '' }
      : null,
    lessonsObserved: row.lessonsObserved,
    ruralQuality: row.ruralQuality,
    files: row.files as string[],
    attachments,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
  };
}
export type PresentedActivity = ReturnType<typeof presentActivity>;

export interface Names {
  community: Map<string, string>;
  patch: Map<string, string>;
  studio: Map<string, string>;
}

export async function namesOf(db: Executor, countyId: string): Promise<Names> {
  const { rows } = await loadCommunities(db, countyId, await countySchools(db, countyId));
  const patches = await db
    .select({ id: researcherPatches.id, name: researcherPatches.name })
    .from(researcherPatches)
    .where(eq(researcherPatches.countyId, countyId));
  const studios = await db
    .select({ id: masterStudios.id, name: masterStudios.name })
    .from(masterStudios)
    .where(eq(masterStudios.countyId, countyId));
  return {
    community: new Map(rows.map((r) => [r.id, r.name])),
    patch: new Map(patches.map((p) => [p.id, p.name])),
    studio: new Map(studios.map((p) => [p.id, p.name])),
  };
}

export interface ActivityQuery {
  countyId?: string | undefined;
  communityId?: string | undefined;
  schoolId?: string | undefined;
  termId?: string | undefined;
  kind?: ActivityKind | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

async function participantIds(db: Executor, countyId: string, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select()
    .from(activitySchools)
    .where(and(eq(activitySchools.countyId, countyId), inArray(activitySchools.activityId, ids)));
  for (const r of rows) out.set(r.activityId, [...(out.get(r.activityId) ?? []), r.schoolId]);
  return out;
}

export async function listActivities(
  db: Db,
  scope: Scope,
  q: ActivityQuery | (Omit<ActivityQuery, 'page' | 'pageSize'> & { page?: undefined; pageSize?: undefined }),
) {
  const countyId = countyOf(scope, q.countyId);
  const { calendar } = await countySettings(db, countyId);
  const term = q.termId === undefined ? null : safeTerm(q.termId, calendar);
  const s = await countySchools(db, countyId);
  const bySchool =
    q.schoolId === undefined
      ? undefined
      : or(
          eq(activities.hostSchoolId, q.schoolId),
          inArray(
            activities.id,
            db
              .select({ id: activitySchools.activityId })
              .from(activitySchools)
              .where(and(eq(activitySchools.countyId, countyId), eq(activitySchools.schoolId, q.schoolId))),
          ),
        );
  const ownSchool = isCountyLevel(scope)
    ? undefined
    : or(
        eq(activities.hostSchoolId, scope.schoolId as string),
        inArray(
          activities.id,
          db
            .select({ id: activitySchools.activityId })
            .from(activitySchools)
            .where(
              and(
                eq(activitySchools.countyId, countyId),
                eq(activitySchools.schoolId, scope.schoolId as string),
              ),
            ),
        ),
      );
  const where = and(
    eq(activities.countyId, countyId),
    ownSchool,
    bySchool,
    q.communityId === undefined ? undefined : eq(activities.communityId, q.communityId),
    q.kind === undefined ? undefined : eq(activities.kind, q.kind),
    term === null ? undefined : and(gte(activities.date, term.startOn), lte(activities.date, term.endOn)),
    q.from === undefined ? undefined : gte(activities.date, q.from),
    q.to === undefined ? undefined : lte(activities.date, q.to),
  );
  const base = db.select().from(activities).where(where).orderBy(desc(activities.date), asc(activities.id));
  const rows =
    q.page === undefined ? await base : await base.limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  const [n] = await db.select({ n: count() }).from(activities).where(where);
  const parts = await participantIds(
    db,
    countyId,
    rows.map((r) => r.id),
  );
  const names = await namesOf(db, countyId);
  const files = await activityAttachments(
    db,
    countyId,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentActivity(r, parts.get(r.id) ?? [], s, names, files.get(r.id) ?? [])),
    total: n?.n ?? 0,
  };
}

function safeTerm(id: string, calendar: Parameters<typeof termById>[1]) {
  try {
    return termById(id, calendar);
  } catch (error) {
    throw new DomainError('VALIDATION_FAILED', (error as Error).message);
  }
}

/** The activity if the caller may see it. */
export async function activityInScope(db: Executor, scope: Scope, id: string) {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw activityNotFound();
  const [row] = await db.select().from(activities).where(eq(activities.id, id));
  if (!row || (scope.countyIds !== null && !scope.countyIds.includes(row.countyId))) throw activityNotFound();
  const schoolIds = (await participantIds(db, row.countyId, [row.id])).get(row.id) ?? [];
  if (!isCountyLevel(scope)) {
    const own = scope.schoolId as string;
    if (row.hostSchoolId !== own && !schoolIds.includes(own)) throw activityNotFound();
  }
  return { row, schoolIds };
}

export async function getActivity(db: Db, scope: Scope, id: string) {
  const { row, schoolIds } = await activityInScope(db, scope, id);
  const s = await countySchools(db, row.countyId);
  return presentActivity(row, schoolIds, s, await namesOf(db, row.countyId), await filesOf(db, row));
}

async function filesOf(db: Executor, row: ActivityRow): Promise<PresentedFile[]> {
  return (await activityAttachments(db, row.countyId, [row.id])).get(row.id) ?? [];
}

/** Kinds a researcher logs himself (seed 003: 听评课 and 教研指导 at the patch's schools). */
export const RESEARCHER_KINDS: readonly ActivityKind[] = ['researcherVisit', 'lessonObservation'];

const notOwnPatch = () =>
  new DomainError(
    'FORBIDDEN',
    'a researcher logs only at the schools of his own patch / 教研员只能登记本人包片学校的活动',
  );

/** The schools of a patch assigned to this researcher (its user), or null when the patch is not his. */
async function ownPatchSchools(db: Executor, actor: Actor, countyId: string, patchId: string) {
  const [p] = await db
    .select({ userId: researcherPatches.userId })
    .from(researcherPatches)
    .where(and(eq(researcherPatches.countyId, countyId), eq(researcherPatches.id, patchId)));
  if (!p || p.userId !== actor.id) return null;
  const links = await db
    .select({ schoolId: researcherPatchSchools.schoolId })
    .from(researcherPatchSchools)
    .where(and(eq(researcherPatchSchools.countyId, countyId), eq(researcherPatchSchools.patchId, patchId)));
  return new Set(links.map((l) => l.schoolId));
}

/** A researcher's activity: one of his kinds, under his own patch, at its schools only, no studio. */
async function checkResearcherActivity(
  db: Executor,
  actor: Actor,
  countyId: string,
  b: Pick<ActivityBody, 'kind' | 'researcherPatchId' | 'masterStudioId'>,
  schoolIds: readonly string[],
) {
  if (!RESEARCHER_KINDS.includes(b.kind))
    throw new DomainError(
      'FORBIDDEN',
      'a researcher logs only guidance visits and lesson observations / 教研员只能登记教研指导和听评课',
    );
  if (!b.researcherPatchId || b.masterStudioId) throw notOwnPatch();
  const own = await ownPatchSchools(db, actor, countyId, b.researcherPatchId);
  if (own === null || schoolIds.some((id) => !own.has(id))) throw notOwnPatch();
}

/** Checks the references of an activity against the county and the caller; returns the participant ids. */
async function checkBody(
  db: Executor,
  actor: Actor,
  scope: Scope,
  countyId: string,
  s: CountySchools,
  b: ActivityBody,
) {
  if (!isCountyLevel(scope) && b.hostSchoolId !== scope.schoolId)
    throw new DomainError('FORBIDDEN', 'a school logs only its own activities / 学校只能登记本校承办的活动');
  const ids = [...new Set([b.hostSchoolId, ...(b.participantSchoolIds ?? [])])];
  for (const id of ids)
    if (!s.byId.has(id)) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
  if (isResearcher(actor)) await checkResearcherActivity(db, actor, countyId, b, ids);
  if (b.communityId) {
    const loaded = await loadCommunities(db, countyId, s);
    const c = loaded.core.find((x) => x.id === b.communityId);
    if (!c) throw new DomainError('VALIDATION_FAILED', 'community not found / 共同体不存在');
    if (!membersOn(c, b.date).includes(s.code(b.hostSchoolId)))
      throw new DomainError(
        'VALIDATION_FAILED',
        'the host school is not a member of the community on that day / 承办学校当日不是该共同体成员',
      );
  }
  if (b.researcherPatchId) {
    const [p] = await db
      .select({ id: researcherPatches.id })
      .from(researcherPatches)
      .where(and(eq(researcherPatches.countyId, countyId), eq(researcherPatches.id, b.researcherPatchId)));
    if (!p) throw new DomainError('VALIDATION_FAILED', 'researcher patch not found / 教研员包片不存在');
  }
  if (b.masterStudioId) {
    const [p] = await db
      .select({ id: masterStudios.id })
      .from(masterStudios)
      .where(and(eq(masterStudios.countyId, countyId), eq(masterStudios.id, b.masterStudioId)));
    if (!p) throw new DomainError('VALIDATION_FAILED', 'master studio not found / 名师工作室不存在');
  }
  return ids;
}

function valuesOf(b: ActivityBody, calendar: Parameters<typeof termOf>[1]) {
  return {
    kind: b.kind,
    date: b.date,
    termId: termOf(b.date, calendar)?.id ?? null,
    schoolYear: schoolYearOf(b.date, calendar),
    title: b.title ?? null,
    communityId: b.communityId ?? null,
    hostSchoolId: b.hostSchoolId,
    researcherPatchId: b.researcherPatchId ?? null,
    masterStudioId: b.masterStudioId ?? null,
    peopleCount: b.peopleCount ?? (b.participants?.length || null),
    participants: b.participants ?? [],
    lessonsObserved: b.lessonsObserved ?? null,
    ruralQuality: b.ruralQuality ?? false,
    files: b.files ?? [],
  };
}

/** What the audit keeps of an activity: no participant names (personal data stays in the record only). */
function auditImage(row: ActivityRow, schoolIds: readonly string[], s: CountySchools) {
  return {
    kind: row.kind,
    date: row.date,
    title: row.title,
    communityId: row.communityId,
    hostSchool: s.code(row.hostSchoolId),
    participantSchools: schoolIds.map((id) => s.code(id)),
    peopleCount: row.peopleCount,
    lessonsObserved: row.lessonsObserved,
    ruralQuality: row.ruralQuality,
    files: (row.files as string[]).length,
  };
}

export async function insertActivity(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  countyId: string,
  values: ReturnType<typeof valuesOf>,
  schoolIds: string[],
) {
  const now = clock();
  const [row] = await tx
    .insert(activities)
    .values({
      countyId,
      ...values,
      ...stamps(actor, now),
    })
    .returning();
  if (!row) throw new Error('activity insert returned no row');
  if (schoolIds.length > 0)
    await tx
      .insert(activitySchools)
      .values(schoolIds.map((schoolId) => ({ countyId, activityId: row.id, schoolId })));
  return row;
}

export async function createActivity(db: Db, clock: Clock, actor: Actor, scope: Scope, body: ActivityBody) {
  const countyId = countyOf(scope, body.countyId);
  assertActivityLogger(actor);
  const s = await countySchools(db, countyId);
  const { calendar } = await countySettings(db, countyId);
  const ids = await checkBody(db, actor, scope, countyId, s, body);
  return db.transaction(async (tx) => {
    const row = await insertActivity(tx, clock, actor, countyId, valuesOf(body, calendar), ids);
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'activity',
      entityId: row.id,
      action: 'create',
      after: auditImage(row, ids, s),
    });
    return presentActivity(row, ids, s, await namesOf(tx, countyId), []);
  });
}

/**
 * The activity for a write: visible, and for a school its own school hosted it; for a researcher it is one of
 * his kinds, logged under his own patch at its schools.
 */
export async function activityForWrite(db: Executor, actor: Actor, scope: Scope, id: string) {
  const found = await activityInScope(db, scope, id);
  assertActivityLogger(actor);
  if (!isCountyLevel(scope) && found.row.hostSchoolId !== scope.schoolId)
    throw new DomainError('FORBIDDEN', 'only the host school edits an activity / 仅承办学校可修改活动');
  if (isResearcher(actor))
    await checkResearcherActivity(
      db,
      actor,
      found.row.countyId,
      {
        kind: found.row.kind as ActivityKind,
        researcherPatchId: found.row.researcherPatchId,
        masterStudioId: found.row.masterStudioId,
      },
      [found.row.hostSchoolId, ...found.schoolIds],
    );
  return found;
}

export async function updateActivity(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  patch: Partial<ActivityBody>,
) {
  const { row: current, schoolIds: currentIds } = await activityForWrite(db, actor, scope, id);
  const countyId = current.countyId;
  const s = await countySchools(db, countyId);
  const { calendar } = await countySettings(db, countyId);
  const body: ActivityBody = {
    kind: patch.kind ?? (current.kind as ActivityKind),
    date: patch.date ?? current.date,
    title: patch.title === undefined ? current.title : patch.title,
    communityId: patch.communityId === undefined ? current.communityId : patch.communityId,
    hostSchoolId: patch.hostSchoolId ?? current.hostSchoolId,
    participantSchoolIds: patch.participantSchoolIds ?? currentIds,
    peopleCount: patch.peopleCount === undefined ? current.peopleCount : patch.peopleCount,
    participants: patch.participants ?? (current.participants as StoredParticipant[]),
    researcherPatchId:
      patch.researcherPatchId === undefined ? current.researcherPatchId : patch.researcherPatchId,
    masterStudioId: patch.masterStudioId === undefined ? current.masterStudioId : patch.masterStudioId,
    lessonsObserved: patch.lessonsObserved === undefined ? current.lessonsObserved : patch.lessonsObserved,
    ruralQuality: patch.ruralQuality ?? current.ruralQuality,
    files: patch.files ?? (current.files as string[]),
  };
  const ids = await checkBody(db, actor, scope, countyId, s, body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(activities)
      .set({
        ...valuesOf(body, calendar),
        ...updatedStamps(actor, clock()),
      })
      .where(and(eq(activities.countyId, countyId), eq(activities.id, id)))
      .returning();
    if (!row) throw activityNotFound();
    await tx
      .delete(activitySchools)
      .where(and(eq(activitySchools.countyId, countyId), eq(activitySchools.activityId, id)));
    await tx.insert(activitySchools).values(ids.map((schoolId) => ({ countyId, activityId: id, schoolId })));
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'activity',
      entityId: id,
      action: 'update',
      before: auditImage(current, currentIds, s),
      after: auditImage(row, ids, s),
    });
    return presentActivity(row, ids, s, await namesOf(tx, countyId), await filesOf(tx, row));
  });
}

export async function deleteActivity(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  const { row, schoolIds } = await activityForWrite(db, actor, scope, id);
  const s = await countySchools(db, row.countyId);
  await db.transaction(async (tx) => {
    // Its uploaded files go with it (the audit image counts them).
    const uploaded = await deleteActivityFiles(tx, row.countyId, id);
    await tx.delete(activities).where(and(eq(activities.countyId, row.countyId), eq(activities.id, id)));
    await recordAudit(tx, clock, {
      actor,
      countyId: row.countyId,
      entity: 'activity',
      entityId: id,
      action: 'delete',
      before: { ...auditImage(row, schoolIds, s), uploadedFiles: uploaded },
    });
  });
}
