// COM-1/2: communities with their membership history, the rules checked on every write, the county's violation
// list and a school's history. A write is refused (409) when it brings in an error-severity violation that was
// not there before — size cap, one community per kind per school, lead not a member, lead of the wrong class —
// on the day it takes effect or on any later day a membership changes. Coverage gaps are reported, not refused.
import {
  addDays,
  COMMUNITY_KIND_LABELS,
  communityViolations,
  membershipHistory,
  membersOn,
  withinDates,
  type Community,
  type CommunityKind,
  type CommunityViolation,
} from '@junheng/core';
import { and, count, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/service';
import { stamps, updatedStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import type { Db, Executor } from '../../db/client';
import {
  activities,
  communities,
  communityMemberships,
  masterStudios,
  mentorshipPairs,
  schools,
} from '../../db/schema';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import type { PresentedFile } from '../../files';
import { charterMetas, deleteFileAudited } from '../files/attachments';
import {
  assertCountyLevel,
  assertManager,
  CommunityConflict,
  countyOf,
  isCountyLevel,
  managedCounty,
  notFound,
} from '../access';
import { today } from '../dates';
import {
  countySchools,
  countySettings,
  loadCommunities,
  type CommunityRow,
  type CountySchools,
  type MembershipRow,
} from '../load';

export const communityNotFound = () => notFound('community / 共同体');

export function presentCommunity(
  row: CommunityRow,
  memberships: readonly MembershipRow[],
  s: CountySchools,
  onDate: string,
  /** The uploaded charter (files/attachments.ts charterMetas), null when none. */
  charter: PresentedFile | null,
) {
  const own = memberships.filter((m) => m.communityId === row.id);
  const members = own.map((m) => ({
    id: m.id,
    school: s.ref(m.schoolId),
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
    current: withinDates(onDate, m.joinedOn, m.leftOn),
  }));
  return {
    id: row.id,
    countyId: row.countyId,
    kind: row.kind as CommunityKind,
    kindLabel: COMMUNITY_KIND_LABELS[row.kind as CommunityKind],
    name: row.name,
    leadSchool: s.ref(row.leadSchoolId),
    startOn: row.startOn,
    endOn: row.endOn,
    charterText: row.charterText,
    charterFile: row.charterFile,
    charter,
    origin: row.origin,
    active: row.startOn <= onDate && (row.endOn === null || onDate <= row.endOn),
    currentMembers: members.filter((m) => m.current).length,
    members,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
  };
}
export type PresentedCommunity = ReturnType<typeof presentCommunity>;

/** Community ids a school belongs or belonged to (any membership row), or that it leads. */
function schoolCommunityIds(schoolId: string, rows: readonly CommunityRow[], ms: readonly MembershipRow[]) {
  return new Set([
    ...ms.filter((m) => m.schoolId === schoolId).map((m) => m.communityId),
    ...rows.filter((r) => r.leadSchoolId === schoolId).map((r) => r.id),
  ]);
}

export async function listCommunities(
  db: Db,
  clock: Clock,
  scope: Scope,
  q: { countyId?: string | undefined; kind?: CommunityKind | undefined; activeOn?: string | undefined },
) {
  const countyId = countyOf(scope, q.countyId);
  const s = await countySchools(db, countyId);
  const loaded = await loadCommunities(db, countyId, s);
  const onDate = q.activeOn ?? today(clock);
  const byCommunity = new Map<string, MembershipRow[]>();
  for (const m of loaded.memberships)
    byCommunity.set(m.communityId, [...(byCommunity.get(m.communityId) ?? []), m]);
  const visible = isCountyLevel(scope)
    ? null
    : schoolCommunityIds(scope.schoolId as string, loaded.rows, loaded.memberships);
  const rows = loaded.rows
    .filter((r) => visible === null || visible.has(r.id))
    .filter((r) => q.kind === undefined || r.kind === q.kind)
    .filter(
      (r) => q.activeOn === undefined || (r.startOn <= onDate && (r.endOn === null || onDate <= r.endOn)),
    );
  const charters = await charterMetas(db, countyId, rows);
  const items = rows.map((r) =>
    presentCommunity(r, byCommunity.get(r.id) ?? [], s, onDate, charters.get(r.id) ?? null),
  );
  return { items };
}

/** The community if the caller may see it: county-level in its county, or a school that is or was a member. */
export async function communityInScope(
  db: Executor,
  scope: Scope,
  id: string,
): Promise<{ row: CommunityRow; memberships: MembershipRow[] }> {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw communityNotFound();
  const [row] = await db.select().from(communities).where(eq(communities.id, id));
  if (!row || (scope.countyIds !== null && !scope.countyIds.includes(row.countyId)))
    throw communityNotFound();
  const memberships = await db
    .select()
    .from(communityMemberships)
    .where(and(eq(communityMemberships.countyId, row.countyId), eq(communityMemberships.communityId, id)));
  if (!isCountyLevel(scope) && !schoolCommunityIds(scope.schoolId as string, [row], memberships).has(id))
    throw communityNotFound();
  return { row, memberships };
}

export async function getCommunity(db: Db, clock: Clock, scope: Scope, id: string) {
  const { row, memberships } = await communityInScope(db, scope, id);
  const s = await countySchools(db, row.countyId);
  return presentCommunity(row, memberships, s, today(clock), await charterOf(db, row));
}

/** The uploaded charter of one community, as presented. */
export async function charterOf(db: Executor, row: CommunityRow): Promise<PresentedFile | null> {
  return (await charterMetas(db, row.countyId, [row])).get(row.id) ?? null;
}

/**
 * The schools of one community on a day with their coordinates, for its cockpit map. Whoever may see the
 * community gets them — a member school too, whose school list holds only its own school — and nothing of the
 * county's other schools.
 */
export async function communitySchools(
  db: Db,
  clock: Clock,
  scope: Scope,
  id: string,
  q: { onDate?: string | undefined },
) {
  const { row, memberships } = await communityInScope(db, scope, id);
  const onDate = q.onDate ?? today(clock);
  const current = memberships.filter((m) => withinDates(onDate, m.joinedOn, m.leftOn));
  const ids = [...new Set([row.leadSchoolId, ...current.map((m) => m.schoolId)])];
  const rows = await db
    .select({
      id: schools.id,
      code: schools.schoolCode,
      name: schools.name,
      urbanRural: schools.urbanRural,
      lng: schools.lng,
      lat: schools.lat,
    })
    .from(schools)
    .where(and(eq(schools.countyId, row.countyId), inArray(schools.id, ids)));
  const items = rows
    .map((r) => ({
      ...r,
      role: r.id === row.leadSchoolId ? ('lead' as const) : ('member' as const),
      current: current.some((m) => m.schoolId === r.id),
    }))
    .sort((a, b) => (a.role === b.role ? a.code.localeCompare(b.code) : a.role === 'lead' ? -1 : 1));
  return { community: { id: row.id, name: row.name }, onDate, items };
}

// ---- rules ----

const NOT_BLOCKING = new Set(['schoolUncovered', 'tooFewSchools', 'weakLead']);
const keyOf = (v: CommunityViolation) => `${v.code}|${v.communityId ?? ''}|${v.schoolCode ?? ''}`;

/** Days on which membership changes from `from` on: a new violation can only appear on one of them. */
function checkDates(list: readonly Community[], from: string): string[] {
  const dates = new Set([from]);
  for (const c of list) {
    dates.add(c.startOn);
    for (const m of c.members) {
      dates.add(m.joinedOn);
      if (m.leftOn !== null) dates.add(addDays(m.leftOn, 1));
    }
  }
  return [...dates].filter((d) => d >= from).sort();
}

/**
 * Rejects the change when it brings in an error the county did not have. `before` is the county's communities
 * before the write; the write has been made inside `tx`, which rolls back when this throws. Only the changed
 * communities and those sharing a school with them can gain an error, so only they are checked, on the days
 * their memberships change; warnings (coverage included) are those new on the day the change takes effect.
 */
export async function enforceRules(
  tx: Executor,
  countyId: string,
  s: CountySchools,
  before: readonly Community[],
  from: string,
): Promise<CommunityViolation[]> {
  const { rules } = await countySettings(tx, countyId);
  const after = (await loadCommunities(tx, countyId, s)).core;
  const oldById = new Map(before.map((c) => [c.id, JSON.stringify(c)]));
  const newById = new Map(after.map((c) => [c.id, JSON.stringify(c)]));
  const changed = new Set(
    [...oldById.keys(), ...newById.keys()].filter((id) => oldById.get(id) !== newById.get(id)),
  );
  const schoolsOf = (c: Community) => [c.leadSchoolCode, ...c.members.map((m) => m.schoolCode)];
  const touched = new Set([...before, ...after].filter((c) => changed.has(c.id)).flatMap(schoolsOf));
  const relevant = (c: Community) => changed.has(c.id) || schoolsOf(c).some((code) => touched.has(code));
  const beforeRel = before.filter(relevant);
  const afterRel = after.filter(relevant);
  const blockingRules = { ...rules, coverageKinds: [] };
  const fresh = new Map<string, CommunityViolation & { onDate: string }>();
  for (const d of checkDates([...beforeRel, ...afterRel], from)) {
    const had = new Set(communityViolations(s.list, beforeRel, blockingRules, d).map(keyOf));
    for (const v of communityViolations(s.list, afterRel, blockingRules, d)) {
      if (had.has(keyOf(v)) || v.severity !== 'error' || NOT_BLOCKING.has(v.code)) continue;
      if (!fresh.has(keyOf(v))) fresh.set(keyOf(v), { ...v, onDate: d });
    }
  }
  if (fresh.size > 0) {
    const list = [...fresh.values()];
    throw new CommunityConflict(
      `the change breaks the community rules / 违反共同体规则: ${list.map((v) => v.message['zh-CN']).join('；')}`,
      { violations: list },
    );
  }
  const had = new Set(communityViolations(s.list, before, rules, from).map(keyOf));
  return communityViolations(s.list, after, rules, from).filter((v) => !had.has(keyOf(v)));
}

function schoolInCounty(s: CountySchools, id: string): void {
  if (!s.byId.has(id)) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
}

// ---- writes ----

export interface CreateCommunity {
  countyId?: string | undefined;
  kind: CommunityKind;
  name: string;
  leadSchoolId: string;
  memberSchoolIds: string[];
  startOn: string;
  endOn?: string | null | undefined;
  charterText?: string | null | undefined;
  charterFile?: string | null | undefined;
}

function auditImage(row: CommunityRow, ms: readonly MembershipRow[], s: CountySchools) {
  return {
    kind: row.kind,
    name: row.name,
    leadSchool: s.code(row.leadSchoolId),
    startOn: row.startOn,
    endOn: row.endOn,
    charterFile: row.charterFile,
    charterFileId: row.charterFileId,
    members: ms
      .filter((m) => m.communityId === row.id)
      .map((m) => ({ school: s.code(m.schoolId), joinedOn: m.joinedOn, leftOn: m.leftOn })),
  };
}

/** Inserts communities with their first members, audited (also used by the proposal accept and the demo). */
export async function insertCommunity(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  countyId: string,
  s: CountySchools,
  body: CreateCommunity,
  origin: string,
): Promise<{ row: CommunityRow; memberships: MembershipRow[] }> {
  const now = clock();
  const [row] = await tx
    .insert(communities)
    .values({
      countyId,
      kind: body.kind,
      name: body.name,
      leadSchoolId: body.leadSchoolId,
      startOn: body.startOn,
      endOn: body.endOn ?? null,
      charterText: body.charterText ?? null,
      charterFile: body.charterFile ?? null,
      origin,
      ...stamps(actor, now),
    })
    .returning();
  if (!row) throw new Error('community insert returned no row');
  const ids = [...new Set([body.leadSchoolId, ...body.memberSchoolIds])];
  const memberships = await tx
    .insert(communityMemberships)
    .values(
      ids.map((schoolId) => ({
        countyId,
        communityId: row.id,
        schoolId,
        joinedOn: body.startOn,
        leftOn: body.endOn ?? null,
        createdAt: now,
        createdByName: actor.username,
      })),
    )
    .returning();
  await recordAudit(tx, clock, {
    actor,
    countyId,
    entity: 'community',
    entityId: row.id,
    action: 'create',
    after: auditImage(row, memberships, s),
  });
  return { row, memberships };
}

export async function createCommunity(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  body: CreateCommunity,
) {
  const countyId = managedCounty(actor, scope, body.countyId);
  if (body.endOn != null && body.endOn < body.startOn)
    throw new DomainError('VALIDATION_FAILED', 'endOn is before startOn / 结束日期早于开始日期');
  const s = await countySchools(db, countyId);
  for (const id of [body.leadSchoolId, ...body.memberSchoolIds]) schoolInCounty(s, id);
  return db.transaction(async (tx) => {
    const before = (await loadCommunities(tx, countyId, s)).core;
    const { row, memberships } = await insertCommunity(tx, clock, actor, countyId, s, body, 'manual');
    const warnings = await enforceRules(tx, countyId, s, before, body.startOn);
    return {
      community: presentCommunity(row, memberships, s, today(clock), await charterOf(tx, row)),
      warnings,
    };
  });
}

export interface UpdateCommunity {
  name?: string | undefined;
  kind?: CommunityKind | undefined;
  leadSchoolId?: string | undefined;
  startOn?: string | undefined;
  endOn?: string | null | undefined;
  charterText?: string | null | undefined;
  charterFile?: string | null | undefined;
}

export async function updateCommunity(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  body: UpdateCommunity,
) {
  const { row: current } = await communityInScope(db, scope, id);
  assertCountyLevel(scope, current.countyId);
  assertManager(actor);
  const countyId = current.countyId;
  const s = await countySchools(db, countyId);
  if (body.leadSchoolId !== undefined) schoolInCounty(s, body.leadSchoolId);
  const startOn = body.startOn ?? current.startOn;
  const endOn = body.endOn === undefined ? current.endOn : body.endOn;
  if (endOn !== null && endOn < startOn)
    throw new DomainError('VALIDATION_FAILED', 'endOn is before startOn / 结束日期早于开始日期');
  return db.transaction(async (tx) => {
    const loaded = await loadCommunities(tx, countyId, s);
    const [row] = await tx
      .update(communities)
      .set({
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.kind === undefined ? {} : { kind: body.kind }),
        ...(body.leadSchoolId === undefined ? {} : { leadSchoolId: body.leadSchoolId }),
        startOn,
        endOn,
        ...(body.charterText === undefined ? {} : { charterText: body.charterText }),
        ...(body.charterFile === undefined ? {} : { charterFile: body.charterFile }),
        ...updatedStamps(actor, clock()),
      })
      .where(and(eq(communities.countyId, countyId), eq(communities.id, id)))
      .returning();
    if (!row) throw communityNotFound();
    // Ending a community closes the memberships still open past its end.
    if (endOn !== null) {
      // One statement: a stay that began after the end closes on its own first day.
      await tx
        .update(communityMemberships)
        .set({ leftOn: sql`greatest(${communityMemberships.joinedOn}, ${endOn}::date)` })
        .where(
          and(
            eq(communityMemberships.countyId, countyId),
            eq(communityMemberships.communityId, id),
            or(isNull(communityMemberships.leftOn), gt(communityMemberships.leftOn, endOn)),
          ),
        );
    }
    const memberships = (await loadCommunities(tx, countyId, s)).memberships;
    const from = [current.startOn, startOn].sort()[0] as string;
    const warnings = await enforceRules(tx, countyId, s, loaded.core, from);
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community',
      entityId: id,
      action: 'update',
      before: auditImage(current, loaded.memberships, s),
      after: auditImage(row, memberships, s),
    });
    return {
      community: presentCommunity(row, memberships, s, today(clock), await charterOf(tx, row)),
      warnings,
    };
  });
}

/** Deletes a community logged by mistake; one with logged work, studios or pairs is ended instead (409). */
export async function deleteCommunity(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  const { row, memberships } = await communityInScope(db, scope, id);
  assertCountyLevel(scope, row.countyId);
  assertManager(actor);
  const countyId = row.countyId;
  const s = await countySchools(db, countyId);
  return db.transaction(async (tx) => {
    for (const [table, col] of [
      [activities, activities.communityId],
      [masterStudios, masterStudios.communityId],
      [mentorshipPairs, mentorshipPairs.communityId],
    ] as const) {
      const [n] = await tx
        .select({ n: count() })
        .from(table)
        .where(and(eq(table.countyId, countyId), eq(col, id)));
      if ((n?.n ?? 0) > 0)
        throw new CommunityConflict(
          'the community has logged work; end it instead / 共同体已有活动记录，请设置结束日期而非删除',
        );
    }
    await tx.delete(communities).where(and(eq(communities.countyId, countyId), eq(communities.id, id)));
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community',
      entityId: id,
      action: 'delete',
      before: auditImage(row, memberships, s),
    });
    // The uploaded charter goes with the community.
    if (row.charterFileId)
      await deleteFileAudited(tx, clock, actor, countyId, row.charterFileId, {
        community: id,
        as: 'charter',
      });
  });
}

export async function addMember(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  body: { schoolId: string; joinedOn: string; leftOn?: string | null | undefined },
) {
  const { row, memberships } = await communityInScope(db, scope, id);
  assertCountyLevel(scope, row.countyId);
  assertManager(actor);
  const countyId = row.countyId;
  const s = await countySchools(db, countyId);
  schoolInCounty(s, body.schoolId);
  const leftOn = body.leftOn ?? row.endOn;
  if (body.joinedOn < row.startOn || (row.endOn !== null && body.joinedOn > row.endOn))
    throw new DomainError(
      'VALIDATION_FAILED',
      'joinedOn is outside the community dates / 加入日期不在共同体存续期内',
    );
  if (leftOn !== null && leftOn < body.joinedOn)
    throw new DomainError('VALIDATION_FAILED', 'leftOn is before joinedOn / 退出日期早于加入日期');
  const overlaps = memberships.some(
    (m) =>
      m.schoolId === body.schoolId &&
      (m.leftOn === null || m.leftOn >= body.joinedOn) &&
      (leftOn === null || m.joinedOn <= leftOn),
  );
  if (overlaps) throw new CommunityConflict('the school is already a member then / 该校在此期间已是成员');
  return db.transaction(async (tx) => {
    const before = (await loadCommunities(tx, countyId, s)).core;
    const [m] = await tx
      .insert(communityMemberships)
      .values({
        countyId,
        communityId: id,
        schoolId: body.schoolId,
        joinedOn: body.joinedOn,
        leftOn,
        createdAt: clock(),
        createdByName: actor.username,
      })
      .returning();
    if (!m) throw new Error('membership insert returned no row');
    const warnings = await enforceRules(tx, countyId, s, before, body.joinedOn);
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community_membership',
      entityId: m.id,
      action: 'create',
      after: { community: id, school: s.code(m.schoolId), joinedOn: m.joinedOn, leftOn: m.leftOn },
    });
    const all = [...memberships, m];
    return {
      community: presentCommunity(row, all, s, today(clock), await charterOf(tx, row)),
      warnings,
    };
  });
}

/** A school leaves: its membership row is closed, never deleted (the history is kept). */
export async function endMembership(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  membershipId: string,
  body: { leftOn: string },
) {
  const { row, memberships } = await communityInScope(db, scope, id);
  assertCountyLevel(scope, row.countyId);
  assertManager(actor);
  const countyId = row.countyId;
  const m = memberships.find((x) => x.id === membershipId);
  if (!m) throw notFound('membership / 成员记录');
  if (body.leftOn < m.joinedOn)
    throw new DomainError('VALIDATION_FAILED', 'leftOn is before joinedOn / 退出日期早于加入日期');
  const s = await countySchools(db, countyId);
  return db.transaction(async (tx) => {
    const before = (await loadCommunities(tx, countyId, s)).core;
    const [updated] = await tx
      .update(communityMemberships)
      .set({ leftOn: body.leftOn })
      .where(and(eq(communityMemberships.countyId, countyId), eq(communityMemberships.id, membershipId)))
      .returning();
    if (!updated) throw notFound('membership / 成员记录');
    const from = [body.leftOn, m.leftOn ?? body.leftOn].sort()[0] as string;
    const warnings = await enforceRules(tx, countyId, s, before, from);
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'community_membership',
      entityId: membershipId,
      action: 'update',
      before: { community: id, school: s.code(m.schoolId), joinedOn: m.joinedOn, leftOn: m.leftOn },
      after: { community: id, school: s.code(m.schoolId), joinedOn: m.joinedOn, leftOn: updated.leftOn },
    });
    const all = memberships.map((x) => (x.id === membershipId ? updated : x));
    return {
      community: presentCommunity(row, all, s, today(clock), await charterOf(tx, row)),
      warnings,
    };
  });
}

// ---- reads for the county ----

export async function countyViolations(
  db: Db,
  clock: Clock,
  scope: Scope,
  q: { countyId?: string | undefined; onDate?: string | undefined },
) {
  const countyId = countyOf(scope, q.countyId);
  assertCountyLevel(scope, countyId);
  const onDate = q.onDate ?? today(clock);
  const s = await countySchools(db, countyId);
  const { rules } = await countySettings(db, countyId);
  const loaded = await loadCommunities(db, countyId, s);
  const byId = new Map(loaded.rows.map((r) => [r.id, r]));
  const items = communityViolations(s.list, loaded.core, rules, onDate).map((v) => ({
    code: v.code,
    severity: v.severity,
    community: v.communityId ? { id: v.communityId, name: byId.get(v.communityId)?.name ?? '' } : null,
    school: v.schoolCode === null ? null : schoolByCode(s, v.schoolCode),
    message: v.message,
  }));
  return { countyId, onDate, items };
}

function schoolByCode(s: CountySchools, code: string) {
  const r = s.byCode.get(code);
  return r ? { id: r.id, code: r.code, name: r.name } : { id: null, code, name: code };
}

/** Every stay of one school in any community (COM-1); a school user reads only its own school. */
export async function schoolHistory(db: Db, scope: Scope, schoolId: string) {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw notFound('school / 学校');
  if (scope.schoolId !== null && scope.schoolId !== schoolId) throw notFound('school / 学校');
  // The school's own county (one query), then the scope check: no county-by-county search.
  const [school] = await db
    .select({ countyId: schools.countyId })
    .from(schools)
    .where(eq(schools.id, schoolId));
  if (!school || (scope.countyIds !== null && !scope.countyIds.includes(school.countyId))) {
    throw notFound('school / 学校');
  }
  const s = await countySchools(db, school.countyId);
  const loaded = await loadCommunities(db, school.countyId, s);
  return { school: s.ref(schoolId), items: membershipHistory(loaded.core, s.code(schoolId)) };
}

/** School codes that are members of the community on a day (for the other areas' scope checks). */
export function currentMembers(c: Community, onDate: string): string[] {
  return membersOn(c, onDate);
}
