// Violations of an edited plan, in both languages: moves the policy does not allow (checked here, rule by rule,
// so the bureau sees which rule) and the model's hard limits as core's planViolations reports them.
import {
  directionFor,
  roadKmBetween,
  type RotationModel,
  type RotationPolicy,
  type School,
  type SchoolCommunities,
  type Teacher,
} from '@junheng/core';
import { stageZh, subjectZh } from './labels';

export interface Violation {
  code: string;
  teacherCode: string | null;
  schoolCode: string | null;
  zh: string;
  en: string;
}

/** Why a teacher may not go to a school under the policy (the first rule that fails). */
export function whyNotAllowed(
  teacher: Teacher,
  from: School | undefined,
  to: School | undefined,
  policy: RotationPolicy,
  communities: SchoolCommunities = new Map(),
): Pick<Violation, 'code' | 'zh' | 'en'> {
  const who = `${teacher.name}（${teacher.teacherCode}）`;
  if (!from || !to) return { code: 'unknownSchool', zh: `${who}：学校不存在`, en: `${who}: unknown school` };
  if (from.schoolCode === to.schoolCode)
    return { code: 'sameSchool', zh: `${who}：接收学校与派出学校相同`, en: `${who}: same school` };
  if (directionFor(policy, from, to, communities) === undefined)
    return {
      code: 'direction',
      zh: `${who}：${from.name} → ${to.name} 不符合交流方向`,
      en: `${who}: ${from.name} → ${to.name} is not an allowed direction`,
    };
  if (policy.scope === 'township' && from.township !== to.township)
    return { code: 'scope', zh: `${who}：超出乡镇内交流范围`, en: `${who}: outside the township scope` };
  const km = roadKmBetween(from, to, policy.roadFactor);
  if (policy.maxRoadKm !== null && (km === null || km > policy.maxRoadKm))
    return {
      code: 'distance',
      zh: `${who}：路程超过 ${policy.maxRoadKm} 公里`,
      en: `${who}: farther than ${policy.maxRoadKm} km`,
    };
  return {
    code: 'noPlace',
    zh: `${who}：${to.name}没有${stageZh(teacher.stage)}${subjectZh(teacher.subject)}接收岗位`,
    en: `${who}: ${to.name} has no ${teacher.stage} ${teacher.subject} place`,
  };
}

/** core's planViolations messages → bilingual violations naming the school (and subject). */
export function translateViolation(
  message: string,
  model: RotationModel,
  names: ReadonlyMap<string, string>,
): Violation {
  const name = (code: string) => names.get(code) ?? code;
  const base = { teacherCode: null, schoolCode: null };
  let m = /^slot (\d+) over its places$/.exec(message);
  if (m) {
    const slot = model.slots[Number(m[1])];
    const section = slot ? model.sections[slot.section] : undefined;
    if (slot && section) {
      const places = slot.shortage + slot.surplus;
      return {
        ...base,
        code: 'slotFull',
        schoolCode: section.schoolCode,
        zh: `${name(section.schoolCode)}${stageZh(section.stage)}${subjectZh(slot.subject)}接收超过 ${places} 人`,
        en: `${name(section.schoolCode)} ${section.stage} ${slot.subject}: more than ${places} arrivals`,
      };
    }
  }
  m = /^section (.+)\/(primary|junior) over capacity$/.exec(message);
  if (m?.[1]) {
    const s = model.sections.find((x) => x.schoolCode === m?.[1] && x.stage === m[2]);
    const zh = `${name(m[1])}接收人数超过上限 ${s?.capacity ?? ''} 人`;
    return { ...base, code: 'sectionFull', schoolCode: m[1], zh, en: `${name(m[1])}: ${message}` };
  }
  m = /^section (.+) over PE\/arts places$/.exec(message);
  if (m?.[1]) {
    const zh = `${name(m[1])}接收体育、艺术教师超过上限`;
    return { ...base, code: 'peArtsFull', schoolCode: m[1], zh, en: `${name(m[1])}: ${message}` };
  }
  m = /^sender (.+) over its cap$/.exec(message);
  if (m?.[1]) {
    const cap = model.senders.find((s) => s.schoolCode === m?.[1])?.cap;
    const zh = `${name(m[1])}派出人数超过上限 ${cap ?? ''} 人`;
    return { ...base, code: 'senderCap', schoolCode: m[1], zh, en: `${name(m[1])}: ${message}` };
  }
  m = /^sender (.+) backbone over its pool$/.exec(message);
  if (m?.[1]) {
    const zh = `${name(m[1])}派出骨干教师超过可派人数`;
    return { ...base, code: 'backbonePool', schoolCode: m[1], zh, en: `${name(m[1])}: ${message}` };
  }
  if (message === 'county over its cap')
    return { ...base, code: 'countyCap', zh: `全县交流人数超过上限 ${model.county.cap} 人`, en: message };
  return { ...base, code: 'other', zh: message, en: message };
}
