// Why each teacher goes where the plan sends them, and what the plan could not meet — in zh-CN and en-US.
import type { School } from '../org/types';
import type { ModelCandidate, ModelOption, RotationModel } from './model-types';
import type { PlanCounts } from './objective';
import type { Shortfall } from './plan-types';
import type { DirectionRule } from './policy';
import type { Reason } from './types';

const SUBJECT_ZH: Record<string, string> = {
  chinese: '语文',
  math: '数学',
  english: '英语',
  science: '科学',
  morality_law: '道德与法治',
  music: '音乐',
  fine_arts: '美术',
  pe: '体育',
  it: '信息科技',
  labour: '劳动',
  mental_health: '心理健康',
  other: '其他',
};

export function assignmentReasons(
  model: RotationModel,
  cand: ModelCandidate,
  option: ModelOption,
  fillsShortage: boolean,
  directions: readonly DirectionRule[],
  roadFactor: number,
): Reason[] {
  const reasons: Reason[] = cand.eligibility.reasons.filter((r) => r.effect === 'due');
  const slot = model.slots[option.slot]!;
  const section = model.sections[slot.section]!;
  const subject = cand.teacher.subject;
  if (cand.lock !== null) {
    const zh = cand.lock === 'fixedDestination' ? '教育局指定交流学校' : '教育局指定参加交流';
    const en = cand.lock === 'fixedDestination' ? 'destination fixed by the bureau' : 'sent by the bureau';
    reasons.push({
      ruleId: 'lock',
      effect: 'plan',
      zh,
      en,
      values: { lock: cand.lock, eligible: cand.eligibility.eligible },
    });
  }
  const d = directions.find((x) => x.id === option.direction);
  if (d !== undefined)
    reasons.push({ ruleId: `direction:${d.id}`, effect: 'plan', zh: d.zh, en: d.en, values: {} });
  reasons.push(
    fillsShortage
      ? {
          ruleId: 'fillsShortage',
          effect: 'plan',
          zh: `补充${SUBJECT_ZH[subject] ?? subject}学科缺员（缺 ${slot.shortage} 人）`,
          en: `fills a ${subject} shortage (${slot.shortage} short)`,
          values: { subject, shortage: slot.shortage, school: section.schoolCode, priority: slot.reward },
        }
      : {
          ruleId: 'surplusPlace',
          effect: 'plan',
          zh: `${SUBJECT_ZH[subject] ?? subject}学科无缺员，按师资指标均衡安排`,
          en: `no ${subject} shortage: placed to even out the teacher indicators`,
          values: { subject, school: section.schoolCode },
        },
  );
  if (cand.backbone) {
    reasons.push({
      ruleId: 'backbone',
      effect: 'plan',
      zh: `${cand.teacher.backboneLevel === 'county' ? '县级' : '县级以上'}骨干教师，计入骨干比例`,
      en: `backbone teacher (${cand.teacher.backboneLevel}): counts toward the backbone share`,
      values: { backboneLevel: cand.teacher.backboneLevel },
    });
  }
  if (option.roadKm !== null) {
    const km = Math.round(option.roadKm * 10) / 10;
    reasons.push({
      ruleId: 'distance',
      effect: 'plan',
      zh: `路程约 ${km} 公里（直线距离 × ${roadFactor}）`,
      en: `about ${km} km by road (straight line × ${roadFactor})`,
      values: { roadKm: km, roadFactor },
    });
  }
  return reasons;
}

function line(
  ruleId: Shortfall['ruleId'],
  school: School | undefined,
  required: number,
  planned: number,
  what: { zh: string; en: string },
): Shortfall {
  const missing = required - planned;
  const name = school?.name ?? '全县';
  const enName = school?.name ?? 'the county';
  return {
    ruleId,
    schoolCode: school?.schoolCode ?? null,
    teacherCode: null,
    required,
    planned,
    missing,
    zh: `${name}：${what.zh}不少于 ${required} 人，计划 ${planned} 人，缺 ${missing} 人`,
    en: `${enName}: ${what.en} at least ${required}, planned ${planned}, short by ${missing}`,
  };
}

const TOTAL = { zh: '交流人数', en: 'teachers rotated' };
const BACKBONE = { zh: '骨干教师交流人数', en: 'backbone teachers rotated' };

export function shortfalls(
  model: RotationModel,
  counts: PlanCounts,
  choice: ArrayLike<number>,
  schools: ReadonlyMap<string, School>,
): Shortfall[] {
  const out: Shortfall[] = [];
  if (counts.total < model.county.floor)
    out.push(line('countyQuota', undefined, model.county.floor, counts.total, TOTAL));
  if (model.level === 'county' && counts.backbone < model.county.backboneFloor) {
    out.push(line('countyBackbone', undefined, model.county.backboneFloor, counts.backbone, BACKBONE));
  }
  model.senders.forEach((s, i) => {
    if (model.level === 'county') return;
    const school = schools.get(s.schoolCode);
    const sent = counts.perSender[i]!;
    const bb = counts.perSenderBackbone[i]!;
    if (sent < s.floor) out.push(line('schoolQuota', school, s.floor, sent, TOTAL));
    if (bb < s.backboneFloor) out.push(line('schoolBackbone', school, s.backboneFloor, bb, BACKBONE));
  });
  model.candidates.forEach((c, i) => {
    if (c.lock === null || (choice[i] as number) >= 0) return;
    const why =
      c.options.length === 0
        ? { zh: '没有符合条件的接收学校', en: 'no receiving school fits' }
        : { zh: '名额已满', en: 'no place left' };
    out.push({
      ruleId: 'lock',
      schoolCode: c.teacher.schoolCode,
      teacherCode: c.teacher.teacherCode,
      required: 1,
      planned: 0,
      missing: 1,
      zh: `${c.teacher.name}（${c.teacher.teacherCode}）被指定交流，但${why.zh}`,
      en: `${c.teacher.teacherCode} is locked to go, but ${why.en}`,
    });
  });
  return out;
}
