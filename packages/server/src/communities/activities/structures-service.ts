// The people structures the quotas count for (ACT-2): master studios (名师工作室) and researcher patches
// (包片包抓). The county bureau keeps them; everyone in the county reads them (school-level: the ones that touch
// their school).
import type { Subject } from '@junheng/core';
import { and, asc, count, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/service';
import { stamps, updatedStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import type { Db, Executor } from '../../db/client';
import { activities, masterStudios, researcherPatches, researcherPatchSchools } from '../../db/schema';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import {
  assertManager,
  CommunityConflict,
  countyOf,
  isCountyLevel,
  managedCounty,
  notFound,
} from '../access';
import { countySchools, loadCommunities, type CountySchools, type StudioRow } from '../load';

export interface StudioBody {
  countyId?: string | undefined;
  name: string;
  leaderId: string;
  leaderName?: string | null | undefined;
  schoolId: string;
  communityId?: string | null | undefined;
  subject?: Subject | null | undefined;
  startOn: string;
  endOn?: string | null | undefined;
}

export type PresentedStudio = ReturnType<typeof presentStudio>;

function presentStudio(r: StudioRow, s: CountySchools, names: Map<string, string>) {
  return {
    id: r.id,
    countyId: r.countyId,
    name: r.name,
    leaderId: r.leaderId,
    leaderName: r.leaderName,
    school: s.ref(r.schoolId),
    community: r.communityId ? { id: r.communityId, name: names.get(r.communityId) ?? '' } : null,
    subject: r.subject,
    startOn: r.startOn,
    endOn: r.endOn,
  };
}

async function communityNames(db: Executor, countyId: string, s: CountySchools) {
  return new Map((await loadCommunities(db, countyId, s)).rows.map((r) => [r.id, r.name]));
}

export async function listStudios(db: Db, scope: Scope, q: { countyId?: string | undefined }) {
  const countyId = countyOf(scope, q.countyId);
  const s = await countySchools(db, countyId);
  const rows = await db
    .select()
    .from(masterStudios)
    .where(
      and(
        eq(masterStudios.countyId, countyId),
        isCountyLevel(scope) ? undefined : eq(masterStudios.schoolId, scope.schoolId as string),
      ),
    )
    .orderBy(asc(masterStudios.name), asc(masterStudios.id));
  const names = await communityNames(db, countyId, s);
  return { items: rows.map((r) => presentStudio(r, s, names)) };
}

async function checkStudio(db: Executor, countyId: string, s: CountySchools, b: StudioBody) {
  if (!s.byId.has(b.schoolId)) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
  if (b.endOn != null && b.endOn < b.startOn)
    throw new DomainError('VALIDATION_FAILED', 'endOn is before startOn / 结束日期早于开始日期');
  if (b.communityId && !(await communityNames(db, countyId, s)).has(b.communityId))
    throw new DomainError('VALIDATION_FAILED', 'community not found / 共同体不存在');
}

const studioValues = (b: StudioBody) => ({
  name: b.name,
  leaderId: b.leaderId,
  leaderName: b.leaderName ?? null,
  schoolId: b.schoolId,
  communityId: b.communityId ?? null,
  subject: b.subject ?? null,
  startOn: b.startOn,
  endOn: b.endOn ?? null,
});

const studioAudit = (r: StudioRow, s: CountySchools) => ({
  name: r.name,
  leaderId: r.leaderId,
  school: s.code(r.schoolId),
  communityId: r.communityId,
  subject: r.subject,
  startOn: r.startOn,
  endOn: r.endOn,
});

export async function createStudio(db: Db, clock: Clock, actor: Actor, scope: Scope, body: StudioBody) {
  const countyId = managedCounty(actor, scope, body.countyId);
  const s = await countySchools(db, countyId);
  await checkStudio(db, countyId, s, body);
  return db.transaction(async (tx) => {
    const now = clock();
    const [row] = await tx
      .insert(masterStudios)
      .values({
        countyId,
        ...studioValues(body),
        ...stamps(actor, now),
      })
      .returning();
    if (!row) throw new Error('studio insert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'master_studio',
      entityId: row.id,
      action: 'create',
      after: studioAudit(row, s),
    });
    return presentStudio(row, s, await communityNames(tx, countyId, s));
  });
}

async function studioForWrite(db: Executor, actor: Actor, scope: Scope, id: string) {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw notFound('master studio / 名师工作室');
  const [row] = await db.select().from(masterStudios).where(eq(masterStudios.id, id));
  if (!row || (scope.countyIds !== null && !scope.countyIds.includes(row.countyId)) || !isCountyLevel(scope))
    throw notFound('master studio / 名师工作室');
  assertManager(actor);
  return row;
}

export async function updateStudio(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  patch: Partial<StudioBody>,
) {
  const current = await studioForWrite(db, actor, scope, id);
  const countyId = current.countyId;
  const s = await countySchools(db, countyId);
  const body: StudioBody = {
    name: patch.name ?? current.name,
    leaderId: patch.leaderId ?? current.leaderId,
    leaderName: patch.leaderName === undefined ? current.leaderName : patch.leaderName,
    schoolId: patch.schoolId ?? current.schoolId,
    communityId: patch.communityId === undefined ? current.communityId : patch.communityId,
    subject: patch.subject === undefined ? (current.subject as Subject | null) : patch.subject,
    startOn: patch.startOn ?? current.startOn,
    endOn: patch.endOn === undefined ? current.endOn : patch.endOn,
  };
  await checkStudio(db, countyId, s, body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(masterStudios)
      .set({ ...studioValues(body), ...updatedStamps(actor, clock()) })
      .where(and(eq(masterStudios.countyId, countyId), eq(masterStudios.id, id)))
      .returning();
    if (!row) throw notFound('master studio / 名师工作室');
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'master_studio',
      entityId: id,
      action: 'update',
      before: studioAudit(current, s),
      after: studioAudit(row, s),
    });
    return presentStudio(row, s, await communityNames(tx, countyId, s));
  });
}

export async function deleteStudio(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  const row = await studioForWrite(db, actor, scope, id);
  const s = await countySchools(db, row.countyId);
  await db.transaction(async (tx) => {
    const [n] = await tx
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.countyId, row.countyId), eq(activities.masterStudioId, id)));
    if ((n?.n ?? 0) > 0)
      throw new CommunityConflict(
        'the studio has logged activities; end it instead / 工作室已有活动记录，请设置结束日期',
      );
    await tx
      .delete(masterStudios)
      .where(and(eq(masterStudios.countyId, row.countyId), eq(masterStudios.id, id)));
    await recordAudit(tx, clock, {
      actor,
      countyId: row.countyId,
      entity: 'master_studio',
      entityId: id,
      action: 'delete',
      before: studioAudit(row, s),
    });
  });
}

// ---- researcher patches ----

export interface PatchBody {
  countyId?: string | undefined;
  name: string;
  userId?: string | null | undefined;
  schoolIds: string[];
}

async function patchSchoolIds(db: Executor, countyId: string): Promise<Map<string, string[]>> {
  const links = await db
    .select()
    .from(researcherPatchSchools)
    .where(eq(researcherPatchSchools.countyId, countyId));
  const out = new Map<string, string[]>();
  for (const l of links) out.set(l.patchId, [...(out.get(l.patchId) ?? []), l.schoolId]);
  return out;
}

type PatchRow = typeof researcherPatches.$inferSelect;

export type PresentedPatch = ReturnType<typeof presentPatch>;

function presentPatch(r: PatchRow, ids: readonly string[], s: CountySchools) {
  return {
    id: r.id,
    countyId: r.countyId,
    name: r.name,
    userId: r.userId,
    schools: ids
      .map((id) => s.ref(id))
      .filter((x) => x !== null)
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

export async function listPatches(db: Db, scope: Scope, q: { countyId?: string | undefined }) {
  const countyId = countyOf(scope, q.countyId);
  const s = await countySchools(db, countyId);
  const rows = await db
    .select()
    .from(researcherPatches)
    .where(eq(researcherPatches.countyId, countyId))
    .orderBy(asc(researcherPatches.name), asc(researcherPatches.id));
  const links = await patchSchoolIds(db, countyId);
  const items = rows
    .map((r) => presentPatch(r, links.get(r.id) ?? [], s))
    // A school-level caller sees its own patch, with its own school only.
    .flatMap((p) => {
      if (isCountyLevel(scope)) return [p];
      const own = p.schools.filter((x) => x.id === scope.schoolId);
      return own.length > 0 ? [{ ...p, schools: own }] : [];
    });
  return { items };
}

async function checkPatch(s: CountySchools, b: PatchBody) {
  for (const id of b.schoolIds)
    if (!s.byId.has(id)) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
}

export async function createPatch(db: Db, clock: Clock, actor: Actor, scope: Scope, body: PatchBody) {
  const countyId = managedCounty(actor, scope, body.countyId);
  const s = await countySchools(db, countyId);
  await checkPatch(s, body);
  const ids = [...new Set(body.schoolIds)];
  return db.transaction(async (tx) => {
    const now = clock();
    const [row] = await tx
      .insert(researcherPatches)
      .values({
        countyId,
        name: body.name,
        userId: body.userId ?? null,
        ...stamps(actor, now),
      })
      .returning();
    if (!row) throw new Error('patch insert returned no row');
    if (ids.length > 0)
      await tx
        .insert(researcherPatchSchools)
        .values(ids.map((schoolId) => ({ countyId, patchId: row.id, schoolId })));
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'researcher_patch',
      entityId: row.id,
      action: 'create',
      after: { name: row.name, schools: ids.map((id) => s.code(id)) },
    });
    return presentPatch(row, ids, s);
  });
}

async function patchForWrite(db: Executor, actor: Actor, scope: Scope, id: string) {
  if (scope.countyIds !== null && scope.countyIds.length === 0)
    throw notFound('researcher patch / 教研员包片');
  const [row] = await db.select().from(researcherPatches).where(eq(researcherPatches.id, id));
  if (!row || (scope.countyIds !== null && !scope.countyIds.includes(row.countyId)) || !isCountyLevel(scope))
    throw notFound('researcher patch / 教研员包片');
  assertManager(actor);
  return row;
}

export async function replacePatch(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  body: Omit<PatchBody, 'countyId'>,
) {
  const current = await patchForWrite(db, actor, scope, id);
  const countyId = current.countyId;
  const s = await countySchools(db, countyId);
  await checkPatch(s, { ...body });
  const before = (await patchSchoolIds(db, countyId)).get(id) ?? [];
  const ids = [...new Set(body.schoolIds)];
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(researcherPatches)
      .set({
        name: body.name,
        userId: body.userId ?? null,
        ...updatedStamps(actor, clock()),
      })
      .where(and(eq(researcherPatches.countyId, countyId), eq(researcherPatches.id, id)))
      .returning();
    if (!row) throw notFound('researcher patch / 教研员包片');
    await tx
      .delete(researcherPatchSchools)
      .where(and(eq(researcherPatchSchools.countyId, countyId), eq(researcherPatchSchools.patchId, id)));
    if (ids.length > 0)
      await tx
        .insert(researcherPatchSchools)
        .values(ids.map((schoolId) => ({ countyId, patchId: id, schoolId })));
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'researcher_patch',
      entityId: id,
      action: 'update',
      before: { name: current.name, schools: before.map((x) => s.code(x)) },
      after: { name: row.name, schools: ids.map((x) => s.code(x)) },
    });
    return presentPatch(row, ids, s);
  });
}

export async function deletePatch(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  const row = await patchForWrite(db, actor, scope, id);
  const s = await countySchools(db, row.countyId);
  const before = (await patchSchoolIds(db, row.countyId)).get(id) ?? [];
  await db.transaction(async (tx) => {
    const [n] = await tx
      .select({ n: count() })
      .from(activities)
      .where(and(eq(activities.countyId, row.countyId), eq(activities.researcherPatchId, id)));
    if ((n?.n ?? 0) > 0)
      throw new CommunityConflict('the patch has logged activities / 该包片已有活动记录，不能删除');
    await tx
      .delete(researcherPatches)
      .where(and(eq(researcherPatches.countyId, row.countyId), eq(researcherPatches.id, id)));
    await recordAudit(tx, clock, {
      actor,
      countyId: row.countyId,
      entity: 'researcher_patch',
      entityId: id,
      action: 'delete',
      before: { name: row.name, schools: before.map((x) => s.code(x)) },
    });
  });
}
