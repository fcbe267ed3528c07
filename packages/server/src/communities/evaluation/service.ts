// EVA-1/2: the bundled evaluation of a county's communities for a school year. The scheme is the county's own
// or core's seed-002 default; the bureau enters the third-party and satisfaction scores; the platform gathers
// the rest — rotations the lead made (rotation tables, read only), activities logged, quotas met, and each
// member's value-added and the within-community gap from the balance engine. Results keep the scheme and the
// inputs they were computed from. A school reads its own part (seed 003: the community's result enters each
// school's annual assessment): its community's score and rank, and its own contribution and assessment share.
import {
  bundledSchemeSchema,
  complianceFor,
  DEFAULT_BUNDLED_SCHEME,
  evaluateCounty,
  evaluateCommunities,
  gatherBundledInput,
  QUALITY_2017,
  schemeLeaves,
  schoolAssessmentShares,
  schoolYearPeriod,
  termOfSchoolYear,
  validateScheme,
  type BundledEvaluationInput,
  type BundledEvaluationResult,
  type BundledScheme,
  type Community,
  type QualityObservation,
  type SchoolYear,
} from '@junheng/core';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/service';
import { updatedStamps } from '../../audit/stamps';
import type { Actor } from '../../auth/roles';
import type { Scope } from '../../auth/scope';
import { readCountyData } from '../../county-data/read';
import type { Db, Executor } from '../../db/client';
import {
  bundledInputs,
  bundledResults,
  bundledSchemes,
  communities,
  rotationAssignments,
  rotationCampaigns,
} from '../../db/schema';
import { campaignOfAssignment } from '../../rotation/assignments';
import type { Clock } from '../../shared/clock';
import { DomainError } from '../../shared/errors';
import {
  assertCountyLevel,
  assertManager,
  countyOf,
  isCountyLevel,
  managedCounty,
  notFound,
} from '../access';
import { today } from '../dates';
import {
  countySchools,
  countySettings,
  loadActivities,
  loadCommunities,
  loadPatches,
  loadStudios,
  type CountySchools,
} from '../load';

/** Campaign statuses whose assignments count as rotations made (the plan is out and binding). */
export const MADE_STATUSES = ['published', 'completed'];

const previousYear = (y: string): SchoolYear => {
  const a = Number(y.slice(0, 4)) - 1;
  return `${a}-${a + 1}` as SchoolYear;
};

async function storedScheme(
  db: Executor,
  countyId: string,
  schoolYear: string,
): Promise<BundledScheme | null> {
  const [row] = await db
    .select()
    .from(bundledSchemes)
    .where(and(eq(bundledSchemes.countyId, countyId), eq(bundledSchemes.schoolYear, schoolYear)));
  return row ? (row.scheme as BundledScheme) : null;
}

export async function getScheme(
  db: Db,
  scope: Scope,
  q: { countyId?: string | undefined; schoolYear: string },
) {
  const countyId = countyOf(scope, q.countyId);
  assertCountyLevel(scope, countyId);
  const stored = await storedScheme(db, countyId, q.schoolYear);
  const scheme = stored ?? DEFAULT_BUNDLED_SCHEME;
  return {
    countyId,
    schoolYear: q.schoolYear,
    isDefault: stored === null,
    scheme,
    leaves: schemeLeaves(scheme).map((l) => ({
      id: l.node.id,
      label: l.node.label,
      source: l.node.source,
      entered: l.node.source?.kind !== 'computed',
    })),
    issues: validateScheme(scheme),
  };
}

export async function putScheme(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  body: { countyId?: string | undefined; schoolYear: string; scheme: BundledScheme | null },
) {
  const countyId = managedCounty(actor, scope, body.countyId);
  if (body.scheme !== null) {
    const parsed = bundledSchemeSchema.safeParse(body.scheme);
    if (!parsed.success)
      throw new DomainError('VALIDATION_FAILED', 'invalid scheme / 指标体系格式错误', parsed.error.issues);
    const issues = validateScheme(body.scheme);
    if (issues.length > 0)
      throw new DomainError(
        'VALIDATION_FAILED',
        `invalid scheme / 指标体系有误: ${issues.map((i) => i.message['zh-CN']).join('；')}`,
        { issues },
      );
  }
  const before = await storedScheme(db, countyId, body.schoolYear);
  await db.transaction(async (tx) => {
    const where = and(eq(bundledSchemes.countyId, countyId), eq(bundledSchemes.schoolYear, body.schoolYear));
    if (body.scheme === null) await tx.delete(bundledSchemes).where(where);
    else {
      const values = {
        scheme: body.scheme,
        ...updatedStamps(actor, clock()),
      };
      await tx
        .insert(bundledSchemes)
        .values({ countyId, schoolYear: body.schoolYear, ...values })
        .onConflictDoUpdate({ target: [bundledSchemes.countyId, bundledSchemes.schoolYear], set: values });
    }
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'bundled_scheme',
      entityId: null,
      action: body.scheme === null ? 'delete' : before === null ? 'create' : 'update',
      before: before === null ? null : { schoolYear: body.schoolYear, scheme: before },
      after: body.scheme === null ? null : { schoolYear: body.schoolYear, scheme: body.scheme },
    });
  });
  return getScheme(db, scope, { countyId, schoolYear: body.schoolYear });
}

// ---- gathering ----

/** Per school: the number of school-rule items met (quality-2017, 0–7), weighted over its sections. */
function qualityOf(data: Awaited<ReturnType<typeof readCountyData>>, year: SchoolYear): QualityObservation[] {
  if (!data.stats.some((s) => s.schoolYear === year)) return [];
  let report;
  try {
    report = evaluateCounty(data, QUALITY_2017, { schoolYear: year });
  } catch {
    return [];
  }
  const by = new Map<string, { students: number; weighted: number }>();
  for (const r of report.counties[0]?.schools ?? []) {
    const cur = by.get(r.schoolCode) ?? { students: 0, weighted: 0 };
    by.set(r.schoolCode, {
      students: cur.students + r.students,
      weighted: cur.weighted + r.metCount * r.students,
    });
  }
  return [...by].map(([schoolCode, v]) => ({
    schoolCode,
    students: v.students,
    value: v.students > 0 ? v.weighted / v.students : 0,
  }));
}

function activeInYear(c: Community, period: { startOn: string; endOn: string }) {
  return c.startOn <= period.endOn && (c.endOn === null || c.endOn >= period.startOn);
}

export interface Gathered {
  countyId: string;
  schoolYear: string;
  scheme: BundledScheme;
  inputs: BundledEvaluationInput[];
  s: CountySchools;
  entered: Map<string, { entered: Record<string, number | null>; rotationsExpected: number | null }>;
}

export async function gather(
  db: Executor,
  clock: Clock,
  countyId: string,
  schoolYear: SchoolYear,
): Promise<Gathered> {
  const s = await countySchools(db, countyId);
  const settings = await countySettings(db, countyId);
  const period = schoolYearPeriod(schoolYear, settings.calendar);
  const loaded = await loadCommunities(db, countyId, s);
  const list = loaded.core.filter((c) => activeInYear(c, period));
  const activities = await loadActivities(db, countyId, s, { from: period.startOn, to: period.endOn });
  const studios = await loadStudios(db, countyId, s);
  const patches = await loadPatches(db, countyId, s);
  const now = today(clock);
  const asOf = now < period.endOn ? now : period.endOn;
  const terms = [1, 2].map((i) => termOfSchoolYear(schoolYear, i as 1 | 2, settings.calendar));
  const assignments = await db
    .select({ from: rotationAssignments.fromSchoolId, to: rotationAssignments.toSchoolId })
    .from(rotationAssignments)
    .innerJoin(rotationCampaigns, campaignOfAssignment())
    .where(
      and(
        eq(rotationAssignments.countyId, countyId),
        eq(rotationCampaigns.schoolYear, schoolYear),
        inArray(rotationCampaigns.status, MADE_STATUSES),
      ),
    );
  const rotations = assignments.map((a) => ({ fromSchoolCode: s.code(a.from), toSchoolCode: s.code(a.to) }));
  const data = await readCountyData(db, countyId, [previousYear(schoolYear), schoolYear]);
  const qualityBefore = qualityOf(data, previousYear(schoolYear));
  const qualityAfter = qualityOf(data, schoolYear);
  const enteredRows = await db
    .select()
    .from(bundledInputs)
    .where(and(eq(bundledInputs.countyId, countyId), eq(bundledInputs.schoolYear, schoolYear)));
  const entered = new Map(
    enteredRows.map((r) => [
      r.communityId,
      { entered: r.entered as Record<string, number | null>, rotationsExpected: r.rotationsExpected },
    ]),
  );
  const inputs = list.map((c) => {
    const complianceRows = terms
      .filter((t) => t.startOn <= asOf)
      .flatMap((t) =>
        complianceFor(
          { kind: 'community', communityId: c.id },
          activities,
          loaded.core,
          settings.complianceRules,
          t,
          {
            asOf: asOf < t.endOn ? asOf : t.endOn,
            schools: s.list,
            masterStudios: studios,
            researcherPatches: patches,
            calendar: settings.calendar,
          },
        ),
      )
      // A school-year rule shows in both terms' rows; count it once.
      .filter(
        (r, i, all) =>
          all.findIndex(
            (x) => x.ruleId === r.ruleId && x.subjectId === r.subjectId && x.period.id === r.period.id,
          ) === i,
      );
    const e = entered.get(c.id);
    const members = new Set(c.members.map((m) => m.schoolCode).filter((x) => x !== c.leadSchoolCode)).size;
    return gatherBundledInput(c, {
      schoolYear,
      calendar: settings.calendar,
      activities,
      complianceRows,
      rotations,
      // Choice: one teacher a year to each member school unless the bureau enters its own figure.
      rotationsExpected: e?.rotationsExpected ?? members,
      qualityBefore,
      qualityAfter,
      valueAddedMode: 'difference',
      entered: e?.entered ?? {},
    });
  });
  const scheme = (await storedScheme(db, countyId, schoolYear)) ?? DEFAULT_BUNDLED_SCHEME;
  return { countyId, schoolYear, scheme, inputs, s, entered };
}

export async function getInputs(
  db: Db,
  clock: Clock,
  scope: Scope,
  q: { countyId?: string | undefined; schoolYear: SchoolYear },
) {
  const countyId = countyOf(scope, q.countyId);
  assertCountyLevel(scope, countyId);
  const g = await gather(db, clock, countyId, q.schoolYear);
  const enteredLeaves = schemeLeaves(g.scheme)
    .filter((l) => l.node.source?.kind !== 'computed')
    .map((l) => ({ id: l.node.id, label: l.node.label }));
  return {
    countyId,
    schoolYear: q.schoolYear,
    enteredLeaves,
    items: g.inputs.map((i) => ({
      community: { id: i.communityId, name: i.name },
      leadSchool: refOf(g.s, i.leadSchoolCode),
      memberSchools: i.memberSchoolCodes.map((c) => refOf(g.s, c)),
      rotationsExpectedEntered: g.entered.get(i.communityId)?.rotationsExpected ?? null,
      input: i,
    })),
  };
}

function refOf(s: CountySchools, code: string) {
  const r = s.byCode.get(code);
  return r ? { id: r.id, code: r.code, name: r.name } : { id: null, code, name: code };
}

export async function putInputs(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  communityId: string,
  body: {
    schoolYear: string;
    entered: Record<string, number | null>;
    rotationsExpected?: number | null | undefined;
  },
) {
  if (scope.countyIds !== null && scope.countyIds.length === 0) throw notFound('community / 共同体');
  const [c] = await db.select().from(communities).where(eq(communities.id, communityId));
  if (!c || (scope.countyIds !== null && !scope.countyIds.includes(c.countyId)))
    throw notFound('community / 共同体');
  assertCountyLevel(scope, c.countyId);
  assertManager(actor);
  const countyId = c.countyId;
  const scheme = (await storedScheme(db, countyId, body.schoolYear)) ?? DEFAULT_BUNDLED_SCHEME;
  const enteredIds = new Set(
    schemeLeaves(scheme)
      .filter((l) => l.node.source?.kind !== 'computed')
      .map((l) => l.node.id),
  );
  const unknown = Object.keys(body.entered).filter((k) => !enteredIds.has(k));
  if (unknown.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `not an entered indicator / 非录入指标: ${unknown.join(', ')}`,
      {
        allowed: [...enteredIds],
      },
    );
  const where = and(
    eq(bundledInputs.countyId, countyId),
    eq(bundledInputs.schoolYear, body.schoolYear),
    eq(bundledInputs.communityId, communityId),
  );
  const [before] = await db.select().from(bundledInputs).where(where);
  return db.transaction(async (tx) => {
    const values = {
      entered: body.entered,
      rotationsExpected: body.rotationsExpected ?? null,
      ...updatedStamps(actor, clock()),
    };
    await tx
      .insert(bundledInputs)
      .values({ countyId, schoolYear: body.schoolYear, communityId, ...values })
      .onConflictDoUpdate({
        target: [bundledInputs.countyId, bundledInputs.schoolYear, bundledInputs.communityId],
        set: values,
      });
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'bundled_input',
      entityId: communityId,
      action: before ? 'update' : 'create',
      before: before
        ? {
            schoolYear: body.schoolYear,
            entered: before.entered,
            rotationsExpected: before.rotationsExpected,
          }
        : null,
      after: {
        schoolYear: body.schoolYear,
        entered: body.entered,
        rotationsExpected: values.rotationsExpected,
      },
    });
    return {
      communityId,
      schoolYear: body.schoolYear,
      entered: body.entered,
      rotationsExpected: values.rotationsExpected,
    };
  });
}

// ---- results ----

function presentResults(row: typeof bundledResults.$inferSelect, s: CountySchools) {
  const results = row.results as BundledEvaluationResult[];
  const shares = schoolAssessmentShares(results);
  return {
    countyId: row.countyId,
    schoolYear: row.schoolYear,
    computedAt: row.computedAt,
    computedByName: row.computedByName,
    scheme: row.scheme as BundledScheme,
    inputs: row.inputs as BundledEvaluationInput[],
    items: [...results]
      .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
      .map((r) => ({
        ...r,
        contributions: r.contributions.map((c) => ({ ...c, school: refOf(s, c.schoolCode) })),
      })),
    assessmentShares: shares.map((x) => ({ ...x, school: refOf(s, x.schoolCode) })),
  };
}

export async function computeResults(
  db: Db,
  clock: Clock,
  actor: Actor,
  scope: Scope,
  body: { countyId?: string | undefined; schoolYear: SchoolYear },
) {
  const countyId = managedCounty(actor, scope, body.countyId);
  const g = await gather(db, clock, countyId, body.schoolYear);
  const issues = validateScheme(g.scheme);
  if (issues.length > 0)
    throw new DomainError('VALIDATION_FAILED', 'the scheme has issues / 指标体系有误', { issues });
  const results = evaluateCommunities(g.scheme, g.inputs);
  return db.transaction(async (tx) => {
    const where = and(eq(bundledResults.countyId, countyId), eq(bundledResults.schoolYear, body.schoolYear));
    const [before] = await tx.select({ at: bundledResults.computedAt }).from(bundledResults).where(where);
    const values = {
      scheme: g.scheme,
      inputs: g.inputs,
      results,
      computedAt: clock(),
      computedBy: actor.id,
      computedByName: actor.username,
    };
    const [row] = await tx
      .insert(bundledResults)
      .values({ countyId, schoolYear: body.schoolYear, ...values })
      .onConflictDoUpdate({ target: [bundledResults.countyId, bundledResults.schoolYear], set: values })
      .returning();
    if (!row) throw new Error('results insert returned no row');
    await recordAudit(tx, clock, {
      actor,
      countyId,
      entity: 'bundled_result',
      entityId: null,
      action: before ? 'update' : 'create',
      after: {
        schoolYear: body.schoolYear,
        scheme: g.scheme.id,
        ranking: results.map((r) => ({ communityId: r.communityId, score: r.communityScore, rank: r.rank })),
      },
    });
    return presentResults(row, g.s);
  });
}

export async function getResults(
  db: Db,
  scope: Scope,
  q: { countyId?: string | undefined; schoolYear: string },
) {
  const countyId = countyOf(scope, q.countyId);
  assertCountyLevel(scope, countyId);
  const [row] = await db
    .select()
    .from(bundledResults)
    .where(and(eq(bundledResults.countyId, countyId), eq(bundledResults.schoolYear, q.schoolYear)));
  if (!row) throw notFound('bundled evaluation / 捆绑考核结果');
  return presentResults(row, await countySchools(db, countyId));
}

/**
 * One school's part of the year's results (EVA-2): for each community it was evaluated with, the community's
 * score and rank and the school's own contribution and assessment share — never the other schools' parts or the
 * other communities. A school-level caller reads its own school; a county-level caller names one.
 */
export async function getSchoolResult(
  db: Db,
  scope: Scope,
  q: { countyId?: string | undefined; schoolYear: string; schoolId?: string | undefined },
) {
  const countyId = countyOf(scope, q.countyId);
  const schoolNotFound = () => new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
  let schoolId: string;
  if (isCountyLevel(scope)) {
    if (q.schoolId === undefined)
      throw new DomainError('VALIDATION_FAILED', 'schoolId is required / 请指定学校');
    schoolId = q.schoolId;
  } else {
    if (q.schoolId !== undefined && q.schoolId !== scope.schoolId) throw schoolNotFound();
    schoolId = scope.schoolId as string;
  }
  const s = await countySchools(db, countyId);
  const school = s.ref(schoolId);
  if (!school) throw schoolNotFound();
  const [row] = await db
    .select({
      schoolYear: bundledResults.schoolYear,
      computedAt: bundledResults.computedAt,
      scheme: bundledResults.scheme,
      results: bundledResults.results,
    })
    .from(bundledResults)
    .where(and(eq(bundledResults.countyId, countyId), eq(bundledResults.schoolYear, q.schoolYear)));
  if (!row) throw notFound('bundled evaluation / 捆绑考核结果');
  const results = row.results as BundledEvaluationResult[];
  const shares = schoolAssessmentShares(results).filter((x) => x.schoolCode === school.code);
  const items = results.flatMap((r) => {
    const own = r.contributions.find((c) => c.schoolCode === school.code);
    if (!own) return [];
    const share = shares.find((x) => x.communityId === r.communityId) ?? null;
    return [
      {
        community: { id: r.communityId, name: r.name },
        role: own.role,
        communityScore: r.communityScore,
        effortScore: r.effortScore,
        improvementScore: r.improvementScore,
        nodeScores: r.nodeScores,
        missing: r.missing,
        rank: r.rank,
        contribution: own.points,
        assessmentShare: share
          ? { basis: share.basis, basisScore: share.basisScore, points: share.points }
          : null,
      },
    ];
  });
  return {
    countyId,
    schoolYear: row.schoolYear,
    computedAt: row.computedAt,
    school,
    communityCount: results.length,
    scheme: row.scheme as BundledScheme,
    items,
  };
}
