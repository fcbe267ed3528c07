// BAL-6 what-if: apply planned changes (teachers moved between sections, resources added, students moved) to an
// evaluation input and compare indicator values and CVs per stage before and after. The input is never changed.
import { STAGES, type Stage } from '../org/types';
import type { StageResult } from './evaluation';
import { evaluateStage } from './evaluate-stage';
import { indicatorValue } from './indicator-values';
import type { EvaluationInput, FacilityResources, Section, TeacherCounts } from './input';
import { TEACHER_COUNT_KEYS } from './input';
import type { Standard } from './standards/types';

export interface SectionRef {
  schoolCode: string;
  stage: Stage;
}

/** How many of the moved teachers fall in each category; `fullTime` is the number of teachers moved. */
export type MovedTeachers = Pick<TeacherCounts, 'fullTime'> & Partial<TeacherCounts>;

export type WhatIfChange =
  | { kind: 'moveTeachers'; from: SectionRef; to: SectionRef; teachers: MovedTeachers }
  | { kind: 'addTeachers'; to: SectionRef; teachers: MovedTeachers }
  | { kind: 'addResource'; to: SectionRef; resource: keyof FacilityResources; amount: number }
  | { kind: 'moveStudents'; from: SectionRef; to: SectionRef; students: number };

export type WhatIfProblemCode = 'unknownSection' | 'notEnough' | 'categoryExceedsTeachers' | 'stageMismatch';

export interface WhatIfProblem {
  change: number; // index in the list
  code: WhatIfProblemCode;
}

export interface SectionChange {
  schoolCode: string;
  stage: Stage;
  before: Record<string, number>;
  after: Record<string, number>;
}

export interface WhatIfResult {
  before: Record<Stage, StageResult>;
  after: Record<Stage, StageResult>;
  /** The sections a change touched, with every indicator's value before and after. */
  sections: SectionChange[];
  /** Changes that could not be applied (left out), with why. */
  problems: WhatIfProblem[];
  input: EvaluationInput;
}

const idOf = (r: SectionRef) => `${r.schoolCode}|${r.stage}`;
const full = (t: MovedTeachers): TeacherCounts => ({
  fullTime: t.fullTime,
  aboveRequiredEducation: t.aboveRequiredEducation ?? 0,
  intermediateTitle: t.intermediateTitle ?? 0,
  backbone: t.backbone ?? 0,
  peArts: t.peArts ?? 0,
});

/** Applies the changes in order; a change that cannot apply is skipped and reported. */
export function applyChanges(
  input: EvaluationInput,
  changes: readonly WhatIfChange[],
): { input: EvaluationInput; touched: Set<string>; problems: WhatIfProblem[] } {
  const sections = input.sections.map((s) => ({
    ...s,
    facilities: { ...s.facilities },
    teachers: { ...s.teachers },
  }));
  const byId = new Map(sections.map((s) => [idOf(s), s]));
  const touched = new Set<string>();
  const problems: WhatIfProblem[] = [];
  changes.forEach((c, i) => {
    const fail = (code: WhatIfProblemCode) => problems.push({ change: i, code });
    const to = byId.get(idOf(c.to));
    const from: Section | undefined = 'from' in c ? byId.get(idOf(c.from)) : undefined;
    if (to === undefined || ('from' in c && from === undefined)) return fail('unknownSection');
    switch (c.kind) {
      case 'moveTeachers':
      case 'addTeachers': {
        const moved = full(c.teachers);
        if (TEACHER_COUNT_KEYS.some((k) => moved[k] > moved.fullTime || moved[k] < 0)) {
          return fail('categoryExceedsTeachers');
        }
        if (from !== undefined && TEACHER_COUNT_KEYS.some((k) => from.teachers[k] < moved[k]))
          return fail('notEnough');
        for (const k of TEACHER_COUNT_KEYS) {
          if (from !== undefined) from.teachers[k] -= moved[k];
          to.teachers[k] += moved[k];
        }
        break;
      }
      case 'addResource':
        if (to.facilities[c.resource] + c.amount < 0) return fail('notEnough');
        to.facilities[c.resource] += c.amount;
        break;
      case 'moveStudents':
        if (from === undefined) return fail('unknownSection');
        // Students stay in their stage; moving them to the other stage is not a plan but a data error.
        if (from.stage !== to.stage) return fail('stageMismatch');
        if (c.students < 0 || from.students - c.students <= 0) return fail('notEnough');
        from.students -= c.students;
        to.students += c.students;
        break;
    }
    touched.add(idOf(c.to));
    if (from !== undefined) touched.add(idOf(from));
  });
  return { input: { ...input, sections }, touched, problems };
}

export function whatIf(
  input: EvaluationInput,
  standard: Standard,
  changes: readonly WhatIfChange[],
): WhatIfResult {
  const applied = applyChanges(input, changes);
  const evaluate = (sections: readonly Section[]) =>
    Object.fromEntries(STAGES.map((stage) => [stage, evaluateStage(sections, stage, standard)])) as Record<
      Stage,
      StageResult
    >;
  const values = (s: Section) =>
    Object.fromEntries(standard.indicators.map((ind) => [ind.key, indicatorValue(s, ind)]));
  const after = new Map(applied.input.sections.map((s) => [idOf(s), s]));
  const sections: SectionChange[] = input.sections
    .filter((s) => applied.touched.has(idOf(s)))
    .map((s) => ({
      schoolCode: s.schoolCode,
      stage: s.stage,
      before: values(s),
      after: values(after.get(idOf(s)) as Section),
    }));
  return {
    before: evaluate(input.sections),
    after: evaluate(applied.input.sections),
    sections,
    problems: applied.problems,
    input: applied.input,
  };
}
