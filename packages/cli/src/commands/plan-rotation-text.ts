// The rotation plan on a terminal: who goes where and why, the quota check per sending school, what the plan
// could not meet, and the teacher indicators' CVs before and after (ROT-3, ROT-4).
import type { CountyData, RotationPlan } from '@junheng/core';
import { cvText, INDICATOR_ZH, KIND_ZH, stageZh, subjectZh } from '@junheng/server';
import { textTable } from '../report/text-table';

export function rotationPlanText(plan: RotationPlan, data: CountyData, title: string): string {
  const names = new Map(data.schools.map((s) => [s.schoolCode, s.name]));
  const name = (code: string | null) => (code === null ? '全县合计 county' : (names.get(code) ?? code));
  const out: string[] = [title, ''];
  const planned = plan.assignments.filter((a) => a.fillsShortage).length;
  out.push(
    `交流 ${plan.assignments.length} 人 teachers（补缺 ${planned} 人 fill shortages），` +
      `状态 status: ${plan.status === 'optimal' ? '配额均满足 all quotas met' : '有未满足的配额 shortfalls'}`,
    '',
    '交流名单 / assignments',
  );
  out.push(
    textTable(
      ['教师 teacher', '派出 → 接收 from → to', '学科 subject', '方式 kind', '理由 reasons'],
      plan.assignments.map((a) => [
        `${a.name}（${a.teacherCode}${a.backbone ? '，骨干' : ''}）`,
        `${name(a.fromSchool)} → ${name(a.toSchool)}`,
        `${stageZh(a.stage)}${subjectZh(a.subject)}`,
        KIND_ZH[a.kind],
        a.reasons.map((r) => r.zh).join('；'),
      ]),
    ),
    '',
    '配额核对 / quota compliance per sending school',
    textTable(
      [
        '学校 school',
        '应交流 eligible',
        '下限 floor',
        '上限 cap',
        '骨干下限 backbone',
        '计划 planned',
        '结果',
      ],
      plan.quotas.map((q) => [
        name(q.schoolCode),
        String(q.eligible),
        String(q.floor),
        String(q.cap),
        String(q.backboneFloor),
        `${q.planned}（骨干 ${q.plannedBackbone}）`,
        q.planned >= q.floor && q.plannedBackbone >= q.backboneFloor ? '达到 met' : '未达到 short',
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    ),
    '',
    '未满足事项 / shortfalls',
  );
  if (plan.shortfalls.length === 0) out.push('无 / none');
  for (const s of plan.shortfalls) out.push(`- ${s.zh}`, `  ${s.en}`);
  out.push(
    '',
    '差异系数变化 / CV before → after',
    textTable(
      ['学段 stage', '指标 indicator', '交流前 before', '交流后 after'],
      plan.effect.map((e) => [
        stageZh(e.stage),
        INDICATOR_ZH[e.indicator],
        cvText(e.before),
        cvText(e.after),
      ]),
      ['left', 'left', 'right', 'right'],
    ),
    '',
  );
  return out.join('\n');
}
