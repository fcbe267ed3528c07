// The county self-assessment workbook (自评报告附表): the official layout — one block per stage with the
// indicators in the official order, means and CVs to 3 decimals, the threshold and the verdict — then the
// per-school compliance table and the list of schools outside the population with their reasons.
import {
  EXCLUSION_REASON_LABELS,
  STAGES,
  type CountyEvaluation,
  type EvaluationReport,
  type Stage,
  type Standard,
  type StageResult,
} from '@junheng/core';
import ExcelJS from 'exceljs';
import { safeCellText } from '../workbook/safe-cell';

const STAGE_ZH: Record<Stage, string> = { primary: '小学', junior: '初中' };
const THREE = '0.000';
const verdict = (pass: boolean | null | undefined) =>
  pass === null || pass === undefined ? '无法判定' : pass ? '达标' : '未达标';

function stageBlock(sheet: ExcelJS.Worksheet, stage: Stage, result: StageResult, standard: Standard): void {
  const unitOf = (key: string) => standard.indicators.find((d) => d.key === key)?.unit.zh ?? '';
  const title = sheet.addRow([`${STAGE_ZH[stage]}（${result.schoolCount} 所，学生 ${result.students} 人）`]);
  title.font = { bold: true };
  const head = sheet.addRow(['序号', '指标', '单位', '均值', '差异系数', '标准（≤）', '结果']);
  head.font = { bold: true };
  result.indicators.forEach((r, i) => {
    const row = sheet.addRow([
      i + 1,
      r.name.zh,
      unitOf(r.key),
      r.mean,
      r.cv ?? '未定义',
      r.threshold,
      verdict(r.pass),
    ]);
    row.getCell(4).numFmt = THREE;
    row.getCell(5).numFmt = THREE;
    row.getCell(6).numFmt = '0.00';
  });
  if (result.compositeCv !== undefined) {
    const row = sheet.addRow([
      '',
      '综合差异系数',
      '',
      '',
      result.compositeCv ?? '未定义',
      result.compositeThreshold,
    ]);
    row.getCell(5).numFmt = THREE;
    row.getCell(6).numFmt = '0.00';
    row.font = { bold: true };
  }
  sheet.addRow(['', `${STAGE_ZH[stage]}结论`, '', '', '', '', verdict(result.pass)]).font = { bold: true };
  sheet.addRow([]);
}

function schoolsSheet(book: ExcelJS.Workbook, county: CountyEvaluation, keys: string[]): void {
  const sheet = book.addWorksheet('学校达标情况');
  sheet.addRow(['学校标识码', '学校名称', '学段', '学生数', ...keys, '达标项数', '结果']).font = {
    bold: true,
  };
  for (const s of county.schools) {
    const row = sheet.addRow([
      s.schoolCode,
      safeCellText(s.schoolName),
      STAGE_ZH[s.stage],
      s.students,
      ...keys.map((k) => s.values[k] ?? null),
      s.metCount,
      verdict(s.pass),
    ]);
    keys.forEach((k, i) => {
      const cell = row.getCell(5 + i);
      cell.numFmt = THREE;
      if (s.meets[k] === false)
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCCC7' } };
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
}

function excludedSheet(book: ExcelJS.Workbook, county: CountyEvaluation): void {
  const sheet = book.addWorksheet('不参与计算的学校');
  sheet.addRow(['学校标识码', '学段', '原因', 'reason']).font = { bold: true };
  for (const e of county.excluded) {
    const label = EXCLUSION_REASON_LABELS[e.reason];
    sheet.addRow([e.schoolCode, e.stage ? STAGE_ZH[e.stage] : '全校', label.zh, label.en]);
  }
}

export async function writeEvaluationWorkbook(report: EvaluationReport, standard: Standard): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const county of report.counties) {
    const sheet = book.addWorksheet(
      report.counties.length > 1 ? `差异系数 ${county.countyCode}` : '差异系数',
    );
    sheet.columns = [8, 36, 8, 12, 12, 12, 10].map((width) => ({ width }));
    sheet.addRow([`县域义务教育均衡发展差异系数（${report.standard}，${report.schoolYear} 学年）`]).font = {
      bold: true,
      size: 14,
    };
    sheet.addRow([`县（区）代码：${county.countyCode}`]);
    sheet.addRow([]);
    for (const stage of STAGES) stageBlock(sheet, stage, county.stages[stage], standard);
    const keys = county.schools[0] ? Object.keys(county.schools[0].values) : [];
    schoolsSheet(book, county, keys);
    excludedSheet(book, county);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
