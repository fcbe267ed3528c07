// ACT-3: 师徒结对 pairs and their counts. A school records pairs its own teachers are in (as mentor or mentee);
// school-level callers see those pairs only. Names are kept in the record, never in the audit or the logs.
import { mentorshipCounts, type Subject } from '@junheng/core';
import { and, asc, eq, or } from 'drizzle-orm';
import { recordAudit } from '../../audit/service';
import { stamps, updatedStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import type { Db, Executor } from '../../db/client';
import { mentorshipPairs } from '../../db/schema';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import { assertLogger, countyOf, isCountyLevel, notFound } from '../access';
import { today } from '../dates';
import {
  countySchools,
  loadCommunities,
  toCoreMentorship,
  type CountySchools,
  type MentorshipRow,
} from '../load';

export const pairNotFound = () => notFound('mentorship / 师徒结对');

export interface PairBody {
  countyId?: string | undefined;
  mentorId: string;
  mentorName?: string | null | undefined;
  menteeId: string;
  menteeName?: string | null | undefined;
  mentorSchoolId: string;
  menteeSchoolId: string;
  communityId?: string | null | undefined;
  subject?: Subject | null | undefined;
  startOn: string;
  endOn?: string | null | undefined;
}

export function presentPair(
  r: MentorshipRow,
  s: CountySchools,
  communityName: Map<string, string>,
  onDate: string,
) {
  return {
    id: r.id,
    countyId: r.countyId,
    mentorId: r.mentorId,
    mentorName: r.mentorName,
    mentorSchool: s.ref(r.mentorSchoolId),
    menteeId: r.menteeId,
    menteeName: r.menteeName,
    menteeSchool: s.ref(r.menteeSchoolId),
    community: r.communityId ? { id: r.communityId, name: communityName.get(r.communityId) ?? '' } : null,
    subject: r.subject,
    startOn: r.startOn,
    endOn: r.endOn,
    active: r.startOn <= onDate && (r.endOn === null || onDate <= r.endOn),
    crossSchool: r.mentorSchoolId !== r.menteeSchoolId,
    createdAt: r.createdAt,
    createdByName: r.createdByName,
    updatedAt: r.updatedAt,
    updatedByName: r.updatedByName,
  };
}

const auditImage = (r: MentorshipRow, s: CountySchools) => ({
  mentorId: r.mentorId,
  menteeId: r.menteeId,
  mentorSchool: s.code(r.mentorSchoolId),
  menteeSchool: s.code(r.menteeSchoolId),
  communityId: r.communityId,
  subject: r.subject,
  startOn: r.startOn,
  endOn: r.endOn,
});

async function communityNames(db: Executor, countyId: string, s: CountySchools) {
  const { rows } = await loadCommunities(db, countyId, s);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The pairs a school takes part in, as mentor's or mentee's school. */
const bySchool = (id: string) =>
  or(eq(mentorshipPairs.mentorSchoolId, id), eq(mentorshipPairs.menteeSchoolId, id));

/** What a school-level caller sees: its school's pairs; a teacher account only the pairs it is in. */
const visibleTo = (scope: Scope) =>
  and(
    bySchool(scope.schoolId as string),
    scope.teacherCode === null
      ? undefined
      : or(eq(mentorshipPairs.mentorId, scope.teacherCode), eq(mentorshipPairs.menteeId, scope.teacherCode)),
  );

export async function listPairs(
  db: Db,
  clock: Clock,
  scope: Scope,
  q: {
    countyId?: string | undefined;
    communityId?: string | undefined;
    schoolId?: string | undefined;
    activeOn?: string | undefined;
  },
) {
  const countyId = countyOf(scope, q.countyId);
  const s = await countySchools(db, countyId);
  const rows = await db
    .select()
    .from(mentorshipPairs)
    .where(
      and(
        eq(mentorshipPairs.countyId, countyId),
        isCountyLevel(scope) ? undefined : visibleTo(scope),
        q.schoolId === undefined ? undefined : bySchool(q.schoolId),
        q.communityId === undefined ? undefined : eq(mentorshipPairs.communityId, q.communityId),
      ),
    )
    .orderBy(asc(mentorshipPairs.startOn), asc(mentorshipPairs.mentorId), asc(mentorshipPairs.id));
  const onDate = q.activeOn ?? today(clock);
  const names = await communityNames(db, countyId, s);
  const items = rows
    .map((r) => presentPair(r, s, names, onDate))
    .filter((p) => q.activeOn === undefined || p.active);
  return { items };
}

export async function pairCounts(
  db: Db,
  clock: Clock,
  scope: Scope,
  q: { countyId?: string | undefined; onDate?: string | undefined },
) {
  const countyId = countyOf(scope, q.countyId);
  const s = await countySchools(db, countyId);
  const rows = await db
    .select()
    .from(mentorshipPairs)
    .where(and(eq(mentorshipPairs.countyId, countyId), isCountyLevel(scope) ? undefined : visibleTo(scope)));
  const onDate = q.onDate ?? today(clock);
  const counts = mentorshipCounts(
    rows.map((r) => toCoreMentorship(r, s)),
    s.list,
    onDate,
  );
  // A school-level caller gets its own school's line only (the others' would name them).
  if (!isCountyLevel(scope)) {
    const own = s.code(scope.schoolId as string);
    counts.bySchool =
      own in counts.bySchool ? { [own]: counts.bySchool[own] as { mentors: number; mentees: number } } : {};
  }
  return { countyId, onDate, counts };
}

async function pairInScope(db: Executor, scope: Scope, id: string) {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw pairNotFound();
  const [row] = await db.select().from(mentorshipPairs).where(eq(mentorshipPairs.id, id));
  if (!row || (scope.countyIds !== null && !scope.countyIds.includes(row.countyId))) throw pairNotFound();
  if (!isCountyLevel(scope) && row.mentorSchoolId !== scope.schoolId && row.menteeSchoolId !== scope.schoolId)
    throw pairNotFound();
  if (scope.teacherCode !== null && row.mentorId !== scope.teacherCode && row.menteeId !== scope.teacherCode)
    throw pairNotFound();
  return row;
}

async function checkPair(db: Executor, scope: Scope, countyId: string, s: CountySchools, b: PairBody) {
  if (!s.byId.has(b.mentorSchoolId) || !s.byId.has(b.menteeSchoolId))
    throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
  if (!isCountyLevel(scope) && b.mentorSchoolId !== scope.schoolId && b.menteeSchoolId !== scope.schoolId)
    throw new DomainError('FORBIDDEN', 'a school records only its own pairs / 学校只能登记本校教师的结对');
  if (b.endOn != null && b.endOn < b.startOn)
    throw new DomainError('VALIDATION_FAILED', 'endOn is before startOn / 结束日期早于开始日期');
  if (b.mentorId === b.menteeId)
    throw new DomainError('VALIDATION_FAILED', 'mentor and mentee are the same person / 师傅与徒弟为同一人');
  if (b.communityId) {
    const names = await communityNames(db, countyId, s);
    if (!names.has(b.communityId))
      throw new DomainError('VALIDATION_FAILED', 'community not found / 共同体不存在');
  }
}

const valuesOf = (b: PairBody) => ({
  mentorId: b.mentorId,
  mentorName: b.mentorName ?? null,
  menteeId: b.menteeId,
  menteeName: b.menteeName ?? null,
  mentorSchoolId: b.mentorSchoolId,
  menteeSchoolId: b.menteeSchoolId,
  communityId: b.communityId ?? null,
  subject: b.subject ?? null,
  startOn: b.startOn,
  endOn: b.endOn ?? null,
});

export async function createPair(db: Db, clock: Clock, actor: Actor, scope: Scope, body: PairBody) {
  const countyId = countyOf(scope, body.countyId);
  assertLogger(actor);
  const s = await countySchools(db, countyId);
  await checkPair(db, scope, countyId, s, body);
  return db.transaction(async (tx) => {
    const now = clock();
    const [row] = await tx
      .insert(mentorshipPairs)
      .values({
        countyId,
        ...valuesOf(body),
        ...stamps(actor, now),
      })
      .returning();
    if (!row) throw new Error('pair insert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'mentorship_pair',
      entityId: row.id,
      action: 'create',
      after: auditImage(row, s),
    });
    return presentPair(row, s, await communityNames(tx, countyId, s), today(clock));
  });
}

export async function updatePair(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  id: string,
  patch: Partial<PairBody>,
) {
  const current = await pairInScope(db, scope, id);
  assertLogger(actor);
  const countyId = current.countyId;
  const s = await countySchools(db, countyId);
  const body: PairBody = {
    mentorId: patch.mentorId ?? current.mentorId,
    mentorName: patch.mentorName === undefined ? current.mentorName : patch.mentorName,
    menteeId: patch.menteeId ?? current.menteeId,
    menteeName: patch.menteeName === undefined ? current.menteeName : patch.menteeName,
    mentorSchoolId: patch.mentorSchoolId ?? current.mentorSchoolId,
    menteeSchoolId: patch.menteeSchoolId ?? current.menteeSchoolId,
    communityId: patch.communityId === undefined ? current.communityId : patch.communityId,
    subject: patch.subject === undefined ? (current.subject as Subject | null) : patch.subject,
    startOn: patch.startOn ?? current.startOn,
    endOn: patch.endOn === undefined ? current.endOn : patch.endOn,
  };
  await checkPair(db, scope, countyId, s, body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(mentorshipPairs)
      .set({ ...valuesOf(body), ...updatedStamps(actor, clock()) })
      .where(and(eq(mentorshipPairs.countyId, countyId), eq(mentorshipPairs.id, id)))
      .returning();
    if (!row) throw pairNotFound();
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'mentorship_pair',
      entityId: id,
      action: 'update',
      before: auditImage(current, s),
      after: auditImage(row, s),
    });
    return presentPair(row, s, await communityNames(tx, countyId, s), today(clock));
  });
}

export async function deletePair(db: Db, clock: Clock, actor: Actor, scope: Scope, id: string) {
  const row = await pairInScope(db, scope, id);
  assertLogger(actor);
  const s = await countySchools(db, row.countyId);
  await db.transaction(async (tx) => {
    await tx
      .delete(mentorshipPairs)
      .where(and(eq(mentorshipPairs.countyId, row.countyId), eq(mentorshipPairs.id, id)));
    await recordAudit(tx, clock, {
      actor,
      countyId: row.countyId,
      entity: 'mentorship_pair',
      entityId: id,
      action: 'delete',
      before: auditImage(row, s),
    });
  });
}
