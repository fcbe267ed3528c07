// The rotation notice workbook (交流轮岗名单): the list a bureau publishes, with every teacher's reasons, the quota
// check per sending school, what the plan could not meet, and the teacher indicators' CVs before and after.
// Written from plain rows so the CLI (a plan straight from a workbook) and the server (a stored campaign) share it.
import type {
  IndicatorEffect,
  QuotaLine,
  Reason,
  RotationKind,
  Shortfall,
  Stage,
  Subject,
} from '@junheng/core';
import ExcelJS from 'exceljs';
import { safeCellText } from '../workbook/safe-cell';
import { INDICATOR_ZH, KIND_ZH, stageZh, subjectZh } from './labels';

export interface NoticeAssignment {
  teacherCode: string;
  name: string;
  fromSchool: string;
  toSchool: string;
  stage: Stage;
  subject: Subject;
  backbone: boolean;
  kind: RotationKind;
  stintMonths: number;
  roadKm: number | null;
  reasons: readonly Pick<Reason, 'zh' | 'effect'>[];
}

export interface RotationNotice {
  /** e.g. `示例县 2024-2025学年 教师交流轮岗名单`. */
  title: string;
  policyName: string;
  assignments: readonly NoticeAssignment[];
  quotas: readonly QuotaLine[];
  shortfalls: readonly Pick<Shortfall, 'zh'>[];
  effect: readonly IndicatorEffect[];
  /** School code → name; codes without a name are shown as they are. */
  schoolNames: ReadonlyMap<string, string>;
}

const text = (v: string) => safeCellText(v);
const THREE = '0.000';

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
}

function assignmentsSheet(book: ExcelJS.Workbook, n: RotationNotice, name: (c: string) => string): void {
  const sheet = book.addWorksheet('交流名单');
  bold(sheet.addRow([text(n.title)]));
  sheet.addRow([text(`依据：${n.policyName}`)]);
  const head = ['序号', '教师编号', '姓名', '学段', '学科', '骨干', '派出学校', '接收学校', '方式'];
  bold(sheet.addRow([...head, '期限（月）', '路程（公里）', '理由']));
  n.assignments.forEach((a, i) => {
    sheet.addRow([
      i + 1,
      text(a.teacherCode),
      text(a.name),
      stageZh(a.stage),
      subjectZh(a.subject),
      a.backbone ? '是' : '否',
      text(name(a.fromSchool)),
      text(name(a.toSchool)),
      KIND_ZH[a.kind],
      a.stintMonths,
      a.roadKm === null ? null : Math.round(a.roadKm * 10) / 10,
      text(a.reasons.map((r) => r.zh).join('；')),
    ]);
  });
  sheet.columns.forEach((c, i) => (c.width = [6, 14, 10, 6, 8, 6, 22, 22, 10, 10, 12, 80][i] ?? 12));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
}

function quotaSheet(book: ExcelJS.Workbook, n: RotationNotice, name: (c: string) => string): void {
  const sheet = book.addWorksheet('配额核对');
  bold(
    sheet.addRow([
      '派出学校',
      '应交流教师',
      '其中骨干',
      '下限',
      '上限',
      '骨干下限',
      '计划',
      '计划骨干',
      '结果',
    ]),
  );
  for (const q of n.quotas) {
    const meets = q.planned >= q.floor && q.plannedBackbone >= q.backboneFloor;
    const row = sheet.addRow([
      q.schoolCode === null ? '全县合计' : text(name(q.schoolCode)),
      q.eligible,
      q.backboneEligible,
      q.floor,
      q.cap,
      q.backboneFloor,
      q.planned,
      q.plannedBackbone,
      meets ? '达到' : '未达到',
    ]);
    if (q.schoolCode === null) bold(row);
  }
  sheet.getColumn(1).width = 26;
}

function shortfallSheet(book: ExcelJS.Workbook, n: RotationNotice): void {
  const sheet = book.addWorksheet('未满足事项');
  bold(sheet.addRow(['序号', '说明']));
  if (n.shortfalls.length === 0) sheet.addRow(['', '无：各项配额均已满足']);
  n.shortfalls.forEach((s, i) => sheet.addRow([i + 1, text(s.zh)]));
  sheet.getColumn(2).width = 80;
}

function effectSheet(book: ExcelJS.Workbook, n: RotationNotice): void {
  const sheet = book.addWorksheet('指标变化');
  bold(sheet.addRow(['学段', '指标', '交流前差异系数', '交流后差异系数', '变化']));
  for (const e of n.effect) {
    const delta = e.before !== null && e.after !== null ? e.after - e.before : null;
    const row = sheet.addRow([stageZh(e.stage), INDICATOR_ZH[e.indicator], e.before, e.after, delta]);
    for (const c of [3, 4, 5]) row.getCell(c).numFmt = THREE;
  }
  sheet.getColumn(2).width = 36;
}

export async function writeRotationNotice(notice: RotationNotice): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const name = (code: string) => notice.schoolNames.get(code) ?? code;
  assignmentsSheet(book, notice, name);
  quotaSheet(book, notice, name);
  shortfallSheet(book, notice);
  effectSheet(book, notice);
  return Buffer.from(await book.xlsx.writeBuffer());
}
