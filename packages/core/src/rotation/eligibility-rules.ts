// One function per eligibility rule: given the teacher, the extra facts and the campaign month, the rule's
// reason, or null when the rule does not speak to this teacher (a principal rule for a teacher, say).
import type { Teacher } from '../org/types';
import { ageAt, wholeYears } from './dates';
import type { EligibilityRule, RetirementAges } from './policy';
import type { Reason, TeacherFacts } from './types';

export interface RuleInput {
  teacher: Teacher;
  facts: TeacherFacts | undefined;
  campaignMonth: string;
}

type RuleOf<K extends EligibilityRule['id']> = Extract<EligibilityRule, { id: K }>;

function reason(
  ruleId: string,
  effect: Reason['effect'],
  zh: string,
  en: string,
  values: Reason['values'],
): Reason {
  return { ruleId, effect, zh, en, values };
}

export function retirementAgeOf(teacher: Teacher, ages: RetirementAges): number {
  if (teacher.gender === 'male') return ages.male;
  const senior = teacher.title === 'senior' || teacher.title === 'senior_professor';
  return senior ? ages.femaleSeniorTitle : ages.female;
}

export function yearsAtSchoolRule(rule: RuleOf<'yearsAtSchool'>, x: RuleInput): Reason {
  const years = wholeYears(x.teacher.atSchoolSince, x.campaignMonth);
  const values = { years, minYears: rule.minYears, since: x.teacher.atSchoolSince };
  return years >= rule.minYears
    ? reason(
        rule.id,
        'due',
        `在本校任教满 ${rule.minYears} 年（已 ${years} 年）`,
        `${years} years at this school (due after ${rule.minYears})`,
        values,
      )
    : reason(
        rule.id,
        'notDue',
        `在本校任教未满 ${rule.minYears} 年（${years} 年）`,
        `${years} years at this school (due after ${rule.minYears})`,
        values,
      );
}

export function principalTermsRule(rule: RuleOf<'principalTerms'>, x: RuleInput): Reason | null {
  if (!rule.posts.includes(x.teacher.post)) return null;
  const years = wholeYears(x.teacher.atSchoolSince, x.campaignMonth);
  const terms = Math.floor(years / rule.termYears);
  const values = { terms, minTerms: rule.minTerms, termYears: rule.termYears, years };
  return terms >= rule.minTerms
    ? reason(
        rule.id,
        'due',
        `在同一学校任职满 ${rule.minTerms} 届（已 ${terms} 届）`,
        `${terms} terms at this school (due after ${rule.minTerms})`,
        values,
      )
    : reason(
        rule.id,
        'notDue',
        `在同一学校任职未满 ${rule.minTerms} 届（${terms} 届）`,
        `${terms} terms at this school (due after ${rule.minTerms})`,
        values,
      );
}

export function pregnancyRule(rule: RuleOf<'pregnancyOrNursing'>, x: RuleInput): Reason {
  const flagged = x.facts?.pregnantOrNursing === true;
  return flagged
    ? reason(rule.id, 'exempt', '孕期或哺乳期，暂缓交流', 'pregnant or nursing: deferred', {
        pregnantOrNursing: true,
      })
    : reason(rule.id, 'clear', '非孕期或哺乳期', 'not pregnant or nursing', { pregnantOrNursing: false });
}

export function illnessRule(rule: RuleOf<'certifiedIllness'>, x: RuleInput): Reason {
  const flagged = x.facts?.certifiedIllness === true;
  return flagged
    ? reason(rule.id, 'exempt', '患有经认定的重大疾病，暂缓交流', 'certified illness: deferred', {
        certifiedIllness: true,
      })
    : reason(rule.id, 'clear', '无经认定的重大疾病', 'no certified illness', { certifiedIllness: false });
}

export function nearRetirementRule(rule: RuleOf<'nearRetirement'>, x: RuleInput): Reason {
  const age = ageAt(x.teacher.birthMonth, x.campaignMonth);
  const retirementAge = retirementAgeOf(x.teacher, rule.retirementAges);
  const yearsLeft = retirementAge - age;
  const values = { age, retirementAge, yearsLeft, withinYears: rule.withinYears };
  return yearsLeft <= rule.withinYears
    ? reason(
        rule.id,
        'exempt',
        `距法定退休年龄不足 ${rule.withinYears} 年（${age} 岁，${retirementAge} 岁退休）`,
        `within ${rule.withinYears} years of retirement (age ${age}, retires at ${retirementAge})`,
        values,
      )
    : reason(rule.id, 'clear', `距退休 ${yearsLeft} 年`, `${yearsLeft} years to retirement`, values);
}

export function ageCapRule(rule: RuleOf<'ageCap'>, x: RuleInput): Reason {
  const age = ageAt(x.teacher.birthMonth, x.campaignMonth);
  const maxAge = rule.maxAge[x.teacher.gender];
  const gender = x.teacher.gender === 'male' ? '男' : '女';
  const values = { age, maxAge, gender: x.teacher.gender };
  return age > maxAge
    ? reason(
        rule.id,
        'exempt',
        `超过交流年龄上限（${gender} ${maxAge} 岁，现 ${age} 岁）`,
        `above the age cap (${x.teacher.gender} ${maxAge}, age ${age})`,
        values,
      )
    : reason(
        rule.id,
        'clear',
        `未超过交流年龄上限（${gender} ${maxAge} 岁）`,
        `within the age cap (${x.teacher.gender} ${maxAge})`,
        values,
      );
}

export function rotatedRecentlyRule(rule: RuleOf<'rotatedRecently'>, x: RuleInput): Reason {
  const last = x.facts?.lastRotationEnd ?? null;
  const since = last === null ? null : wholeYears(last, x.campaignMonth);
  const values = { lastRotationEnd: last, yearsSince: since, withinYears: rule.withinYears };
  return since !== null && since < rule.withinYears
    ? reason(
        rule.id,
        'exempt',
        `上次交流结束未满 ${rule.withinYears} 年（${last}）`,
        `last rotation ended under ${rule.withinYears} years ago (${last})`,
        values,
      )
    : reason(
        rule.id,
        'clear',
        last === null ? '近期未参加交流' : `上次交流结束于 ${last}`,
        last === null ? 'no recent rotation' : `last rotation ended ${last}`,
        values,
      );
}

export function fullTimeRule(rule: RuleOf<'fullTimeOnly'>, x: RuleInput): Reason {
  return x.teacher.fullTime
    ? reason(rule.id, 'clear', '专任教师', 'full-time teacher', { fullTime: true })
    : reason(rule.id, 'exempt', '非专任教师，不列入交流', 'not a full-time teacher: not in the pool', {
        fullTime: false,
      });
}

export function applyRule(rule: EligibilityRule, x: RuleInput): Reason | null {
  switch (rule.id) {
    case 'yearsAtSchool':
      return yearsAtSchoolRule(rule, x);
    case 'principalTerms':
      return principalTermsRule(rule, x);
    case 'pregnancyOrNursing':
      return pregnancyRule(rule, x);
    case 'certifiedIllness':
      return illnessRule(rule, x);
    case 'nearRetirement':
      return nearRetirementRule(rule, x);
    case 'ageCap':
      return ageCapRule(rule, x);
    case 'rotatedRecently':
      return rotatedRecentlyRule(rule, x);
    case 'fullTimeOnly':
      return fullTimeRule(rule, x);
  }
}
