// `junheng evaluate --format table`: the county's verdict per stage, each indicator's mean and CV against its
// threshold (3 decimals, as official tables print; verdicts use the unrounded values), then the schools that
// fail the per-school rule and the exclusions.
import type { CountyEvaluation, EvaluationReport, IndicatorResult, StageResult } from '@junheng/core';
import { STAGES, type Stage } from '@junheng/core';
import { textTable } from './text-table';

const STAGE_NAMES: Record<Stage, string> = { primary: '小学 primary', junior: '初中 junior' };

export function fixed3(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toFixed(3);
}

function verdict(pass: boolean | null | undefined): string {
  if (pass === null || pass === undefined) return '无法判定 n/a';
  return pass ? '达标 pass' : '未达标 FAIL';
}

function indicatorRow(r: IndicatorResult): string[] {
  const cv = r.cv === null ? `未定义 undefined (${r.cvUndefinedReason ?? ''})` : fixed3(r.cv);
  return [r.name.zh, r.key, fixed3(r.mean), cv, fixed3(r.threshold), verdict(r.pass)];
}

function stageBlock(stage: Stage, result: StageResult): string {
  const head = `${STAGE_NAMES[stage]}：${result.schoolCount} 所学校 schools, ${result.students} 名学生 students — ${verdict(result.pass)}`;
  if (result.schoolCount === 0) return head;
  const table = textTable(
    ['指标', 'indicator', '均值 mean', '差异系数 CV', '标准 max', '结果 result'],
    result.indicators.map(indicatorRow),
    ['left', 'left', 'right', 'right', 'right', 'left'],
  );
  const composite =
    result.compositeCv === undefined
      ? ''
      : `\n综合差异系数 composite CV: ${fixed3(result.compositeCv)} (≤ ${fixed3(result.compositeThreshold)})`;
  return `${head}\n${table}${composite}`;
}

function failingSchools(county: CountyEvaluation): string {
  const failing = county.schools.filter((s) => s.pass === false);
  if (county.schools.every((s) => s.pass === null)) return '';
  if (failing.length === 0) return '所有学校均达到校际标准 / every school meets the per-school rule';
  const rows = failing.map((s) => {
    const missed = Object.entries(s.meets)
      .filter(([, met]) => !met)
      .map(([key]) => key)
      .join(', ');
    return [s.schoolCode, s.schoolName, STAGE_NAMES[s.stage], String(s.metCount), missed];
  });
  return `未达校际标准的学校 / schools failing the per-school rule: ${failing.length}\n${textTable(
    ['学校标识码', '学校名称', '学段 stage', '达标项 met', '未达标指标 not met'],
    rows,
  )}`;
}

function exclusions(county: CountyEvaluation): string {
  if (county.excluded.length === 0) return '';
  const counts = new Map<string, number>();
  for (const e of county.excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => `${reason} ${n}`).join(', ');
  return `不参与计算 / excluded: ${county.excluded.length} (${parts}); --format json lists each with its reason`;
}

export function evaluationText(report: EvaluationReport): string {
  const blocks = [
    `标准 standard: ${report.standard} (${report.standardVersion})  学年 school year: ${report.schoolYear}`,
  ];
  for (const county of report.counties) {
    blocks.push(`县 county ${county.countyCode}`);
    for (const stage of STAGES) blocks.push(stageBlock(stage, county.stages[stage]));
    blocks.push(failingSchools(county), exclusions(county));
  }
  return blocks.filter((b) => b !== '').join('\n\n') + '\n';
}
