// The plan as it stands, judged live (violations, quota compliance, CVs before and after, flows between urban,
// town and rural schools), a what-if over changes not yet saved (ROT-4, BAL-6), and the notice workbook.
// County-level roles only: each of these names every school in the plan.
import type { Reason, RotationKind, Stage, Subject } from '@junheng/core';
import type { Scope } from '../auth/scope';
import type { Db } from '../db/client';
import { DomainError } from '../shared/errors';
import { campaignForCounty } from './access';
import { checkMoves, type Move, type PlanCheck } from './check';
import { writeRotationNotice } from './notice-workbook';
import { assignmentsOf, campaignContext, movesOf, type CampaignContext } from './planning';

function presentCheck(ctx: CampaignContext, check: PlanCheck, moves: number) {
  const name = (code: string | null) => (code === null ? null : (ctx.byCode.get(code)?.name ?? code));
  return {
    assignments: moves,
    violations: check.violations,
    quotas: check.quotas.map((q) => ({ ...q, schoolName: name(q.schoolCode) })),
    shortfalls: check.shortfalls,
    effect: check.effect,
    flows: check.flows,
    shortages: {
      totals: check.shortages.totals,
      lines: check.shortages.lines.map((l) => ({ ...l, schoolName: name(l.schoolCode) })),
    },
    objective: check.objective,
  };
}

export async function currentCheck(db: Db, scope: Scope, id: string) {
  const campaign = await campaignForCounty(db, scope, id);
  const ctx = await campaignContext(db, campaign);
  const moves = movesOf(ctx, await assignmentsOf(db, campaign));
  return presentCheck(ctx, checkMoves(ctx, moves), moves.length);
}

export interface Change {
  teacherCode: string;
  /** null: take the teacher out of the plan. */
  toSchoolId: string | null;
  locked?: boolean | undefined;
}

export async function whatIf(db: Db, scope: Scope, id: string, changes: readonly Change[]) {
  const campaign = await campaignForCounty(db, scope, id);
  const ctx = await campaignContext(db, campaign);
  const moves = new Map<string, Move>(
    movesOf(ctx, await assignmentsOf(db, campaign)).map((m) => [m.teacherCode, m]),
  );
  for (const c of changes) {
    if (c.toSchoolId === null) {
      moves.delete(c.teacherCode);
      continue;
    }
    const school = ctx.byId.get(c.toSchoolId);
    if (!school) throw new DomainError('SCHOOL_NOT_FOUND', 'school not found / 学校不存在');
    const locked = c.locked ?? moves.get(c.teacherCode)?.locked ?? false;
    moves.set(c.teacherCode, { teacherCode: c.teacherCode, toSchoolCode: school.code, locked });
  }
  const list = [...moves.values()];
  return presentCheck(ctx, checkMoves(ctx, list), list.length);
}

export async function noticeWorkbook(db: Db, scope: Scope, id: string) {
  const campaign = await campaignForCounty(db, scope, id);
  const ctx = await campaignContext(db, campaign);
  const rows = await assignmentsOf(db, campaign);
  const check = checkMoves(ctx, movesOf(ctx, rows));
  const code = (schoolId: string) => ctx.byId.get(schoolId)?.code ?? '';
  const body = await writeRotationNotice({
    title: `${ctx.data.county.name} ${campaign.name}（${campaign.schoolYear}学年，${campaign.campaignMonth} 起）`,
    policyName: ctx.policy.zh,
    assignments: rows.map((a) => ({
      teacherCode: a.teacherCode,
      name: a.teacherName,
      fromSchool: code(a.fromSchoolId),
      toSchool: code(a.toSchoolId),
      stage: a.stage as Stage,
      subject: a.subject as Subject,
      backbone: a.backbone,
      kind: a.kind as RotationKind,
      stintMonths: a.stintMonths,
      roadKm: a.roadKm,
      reasons: a.reasons as Reason[],
    })),
    quotas: check.quotas,
    shortfalls: check.shortfalls,
    effect: check.effect,
    schoolNames: new Map([...ctx.byCode.values()].map((s) => [s.code, s.name])),
  });
  return { body, fileName: `交流轮岗名单-${campaign.schoolYear}` };
}
