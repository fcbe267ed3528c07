// Shortages filled (ROT-2 dashboard): per receiving school, stage and subject, the shortage before the plan
// (subject shortage plus the bureau's vacancies, needs.ts) against the teachers the plan sends there and those
// whose arrival the school has confirmed. A move fills at most the shortage of its slot; arrivals beyond it are
// counted as surplus, not as filling.
import type { Stage, Subject } from '../org/types';
import { sectionKey } from './indicators';
import type { SectionNeeds } from './needs';

export interface ShortageMove {
  toSchool: string;
  stage: Stage;
  subject: Subject;
  /** The receiving school confirmed the arrival. */
  arrived: boolean;
}

export interface ShortageFillLine {
  schoolCode: string;
  stage: Stage;
  subject: Subject;
  /** Shortage plus vacancies before the plan. */
  shortage: number;
  priority: number;
  /** Teachers of this subject the plan sends to the section. */
  planned: number;
  /** min(shortage, planned). */
  filled: number;
  arrived: number;
  /** min(shortage, arrived). */
  filledByArrivals: number;
  /** shortage − filled. */
  remaining: number;
}

export interface ShortagesFilled {
  lines: ShortageFillLine[];
  totals: {
    shortage: number;
    filled: number;
    filledByArrivals: number;
    remaining: number;
    /** Planned arrivals beyond a slot's shortage (placed to even out the indicators). */
    surplus: number;
  };
}

/**
 * @param receivers school codes that receive under the policy; shortages elsewhere (a strong urban school short
 *   of a music teacher) are no rotation target and are left out. Omitted: every school with a shortage.
 */
export function shortagesFilled(
  needs: readonly SectionNeeds[],
  moves: readonly ShortageMove[],
  receivers?: ReadonlySet<string>,
): ShortagesFilled {
  const planned = new Map<string, number>();
  const arrived = new Map<string, number>();
  for (const m of moves) {
    const key = `${sectionKey(m.toSchool, m.stage)}|${m.subject}`;
    planned.set(key, (planned.get(key) ?? 0) + 1);
    if (m.arrived) arrived.set(key, (arrived.get(key) ?? 0) + 1);
  }
  const lines: ShortageFillLine[] = [];
  const seen = new Set<string>();
  for (const section of needs) {
    if (receivers !== undefined && !receivers.has(section.schoolCode)) continue;
    for (const need of section.subjects) {
      if (need.total <= 0) continue;
      const key = `${sectionKey(section.schoolCode, section.stage)}|${need.subject}`;
      seen.add(key);
      const p = planned.get(key) ?? 0;
      const a = arrived.get(key) ?? 0;
      const filled = Math.min(need.total, p);
      lines.push({
        schoolCode: section.schoolCode,
        stage: section.stage,
        subject: need.subject,
        shortage: need.total,
        priority: need.priority,
        planned: p,
        filled,
        arrived: a,
        filledByArrivals: Math.min(need.total, a),
        remaining: need.total - filled,
      });
    }
  }
  lines.sort(
    (x, y) =>
      y.priority - x.priority ||
      y.shortage - x.shortage ||
      x.schoolCode.localeCompare(y.schoolCode) ||
      x.stage.localeCompare(y.stage) ||
      x.subject.localeCompare(y.subject),
  );
  let surplus = 0;
  for (const [key, p] of planned) if (!seen.has(key)) surplus += p;
  for (const l of lines) surplus += l.planned - l.filled;
  const sum = (f: (l: ShortageFillLine) => number) => lines.reduce((n, l) => n + f(l), 0);
  return {
    lines,
    totals: {
      shortage: sum((l) => l.shortage),
      filled: sum((l) => l.filled),
      filledByArrivals: sum((l) => l.filledByArrivals),
      remaining: sum((l) => l.remaining),
      surplus,
    },
  };
}
