// Checks a plan as it stands (or as it would stand after some changes): every assigned teacher is placed on the
// option the model offers at their destination, then core's planViolations, planFromChoice (quotas, shortfalls,
// fresh reasons), indicatorEffect (the CVs before and after, every stored move counted) and shortagesFilled (the
// receiving schools' subject shortages against the moves and the confirmed arrivals) judge it.
import {
  buildRotationModel,
  DEFAULT_NEEDS_PARAMS,
  indicatorEffect,
  planFromChoice,
  planViolations,
  shortagesFilled,
  teacherSections,
  type Assignment,
  type IndicatorEffect,
  type Lock,
  type ObjectiveBreakdown,
  type QuotaLine,
  type Shortfall,
  type ShortagesFilled,
  type Teacher,
  type UrbanRural,
} from '@junheng/core';
import { planInputOf, type CampaignContext } from './planning';
import { translateViolation, whyNotAllowed, type Violation } from './violations';

export interface Move {
  teacherCode: string;
  toSchoolCode: string;
  locked: boolean;
  /** The receiving school confirmed the arrival (stored assignments only). */
  arrived?: boolean;
}

export interface Flow {
  from: UrbanRural;
  to: UrbanRural;
  count: number;
}

export interface PlanCheck {
  violations: Violation[];
  quotas: QuotaLine[];
  shortfalls: Shortfall[];
  effect: IndicatorEffect[];
  flows: Flow[];
  /** Per receiving school, stage and subject: the shortage before, filled by the plan and by arrivals. */
  shortages: ShortagesFilled;
  objective: ObjectiveBreakdown;
  /** The moves the model could place, with reasons recomputed for where they now go. */
  placed: Assignment[];
}

function flowsOf(ctx: CampaignContext, moves: readonly { from: string; to: string }[]): Flow[] {
  const counts = new Map<string, Flow>();
  for (const m of moves) {
    const from = ctx.byCode.get(m.from)?.urbanRural;
    const to = ctx.byCode.get(m.to)?.urbanRural;
    if (!from || !to) continue;
    const key = `${from}|${to}`;
    const f = counts.get(key) ?? { from, to, count: 0 };
    f.count++;
    counts.set(key, f);
  }
  return [...counts.values()];
}

export function checkMoves(ctx: CampaignContext, moves: readonly Move[]): PlanCheck {
  const locks: Lock[] = moves
    .filter((m) => m.locked)
    .map((m) => ({ teacherCode: m.teacherCode, kind: 'fixedDestination', schoolCode: m.toSchoolCode }));
  const moved = new Set(moves.map((m) => m.teacherCode));
  for (const e of ctx.exemptions) {
    if (e.rule === 'other' && !moved.has(e.teacherCode))
      locks.push({ teacherCode: e.teacherCode, kind: 'mustNotGo' });
  }
  const input = planInputOf(ctx, locks);
  const built = buildRotationModel(input);
  const { model } = built;
  const index = new Map(model.candidates.map((c, i) => [c.teacher.teacherCode, i]));
  const roster = new Map<string, Teacher>(
    ctx.data.teachers.filter((t) => t.schoolYear === input.schoolYear).map((t) => [t.teacherCode, t]),
  );
  const schools = new Map(ctx.data.schools.map((s) => [s.schoolCode, s]));
  const names = new Map(ctx.data.schools.map((s) => [s.schoolCode, s.name]));
  const choice = new Int32Array(model.candidates.length).fill(-1);
  const violations: Violation[] = [];
  for (const m of moves) {
    const teacher = roster.get(m.teacherCode);
    const i = index.get(m.teacherCode);
    const cand = i === undefined ? undefined : model.candidates[i];
    const j = cand
      ? cand.options.findIndex(
          (o) => model.sections[model.slots[o.slot]!.section]!.schoolCode === m.toSchoolCode,
        )
      : -1;
    if (i !== undefined && j >= 0) {
      choice[i] = j;
      continue;
    }
    const base = { teacherCode: m.teacherCode, schoolCode: m.toSchoolCode };
    if (!teacher) {
      violations.push({
        ...base,
        code: 'notInRoster',
        zh: `${m.teacherCode}：不在本学年教师名册中`,
        en: `${m.teacherCode}: not in this year's roster`,
      });
    } else if (!cand) {
      const who = `${teacher.name}（${teacher.teacherCode}）`;
      violations.push({
        ...base,
        code: 'notEligible',
        zh: `${who}：不在本次应交流名单中（未满年限、已免交流或非派出学校）`,
        en: `${who}: not eligible in this campaign`,
      });
    } else {
      violations.push({
        ...base,
        ...whyNotAllowed(
          teacher,
          schools.get(teacher.schoolCode),
          schools.get(m.toSchoolCode),
          ctx.policy,
          ctx.communities,
        ),
      });
    }
  }
  for (const message of planViolations(model, choice))
    violations.push(translateViolation(message, model, names));
  const plan = planFromChoice(input, built, choice);
  const params = input.needsParams ?? DEFAULT_NEEDS_PARAMS;
  const sections = teacherSections(
    input.schools,
    input.stats,
    input.teachers,
    input.schoolYear,
    params.indicators,
  );
  const known = moves.flatMap((m) => {
    const teacher = roster.get(m.teacherCode);
    return teacher && schools.has(m.toSchoolCode)
      ? [{ teacher, toSchool: m.toSchoolCode, arrived: m.arrived === true }]
      : [];
  });
  const receivers = new Set(model.sections.map((s) => s.schoolCode));
  return {
    violations,
    quotas: plan.quotas,
    shortfalls: plan.shortfalls,
    effect: indicatorEffect(sections, known, params.indicators),
    flows: flowsOf(
      ctx,
      known.map((k) => ({ from: k.teacher.schoolCode, to: k.toSchool })),
    ),
    shortages: shortagesFilled(
      built.needs,
      known.map((k) => ({
        toSchool: k.toSchool,
        stage: k.teacher.stage,
        subject: k.teacher.subject,
        arrived: k.arrived,
      })),
      receivers,
    ),
    objective: plan.objective,
    placed: plan.assignments,
  };
}
