// Shared plain types of the rotation (交流轮岗) area. Names follow ../shared/spec/glossary.md.
import type { SchoolType, Teacher, UrbanRural, UrbanRuralCode } from '../org/types';

/** rotationKind (glossary): 交流轮岗 / 走教 / 送教 / 顶岗 / 跟岗. */
export type RotationKind = 'rotation' | 'itinerantTeaching' | 'teachingVisit' | 'postCover' | 'shadowing';
export const ROTATION_KINDS: readonly RotationKind[] = [
  'rotation',
  'itinerantTeaching',
  'teachingVisit',
  'postCover',
  'shadowing',
];

/** Where a teacher may go: within the own township (乡镇内) or anywhere in the county (县域内). */
export type RotationScope = 'township' | 'county';

/** A month as a bureau writes it: `2025-09`. */
export type YearMonth = `${number}-${number}`;

/** Text in both locales: zh-CN is shown by default (architecture.md). */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * One reason: the rule that produced it, both texts, and the values it compared, so a reader can check it.
 * `effect` says what it did: made the teacher due (or not), exempted them, checked and
 * cleared them ('clear'), or explains a planning choice or a shortfall.
 */
export interface Reason extends Bilingual {
  ruleId: string;
  effect: 'due' | 'notDue' | 'exempt' | 'clear' | 'plan' | 'shortfall';
  values: Record<string, number | string | boolean | null>;
}

/** Facts the roster does not hold but exemptions need; entered by the school or bureau per campaign. */
export interface TeacherFacts {
  teacherCode: string;
  /** 孕期或哺乳期. */
  pregnantOrNursing?: boolean;
  /** 经认定的重大疾病. */
  certifiedIllness?: boolean;
  /** End of the teacher's last rotation stint, if any. */
  lastRotationEnd?: YearMonth | null;
}

/** Picks schools by place and kind; an empty selector picks every school. */
export interface SchoolSelector {
  urbanRural?: readonly UrbanRural[];
  urbanRuralCodes?: readonly UrbanRuralCode[];
  schoolTypes?: readonly SchoolType[];
  weak?: boolean;
}

export type { Teacher };
