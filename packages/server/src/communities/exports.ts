// Excel export of every list of this area (docs/api.md, Excel export): the same rows the JSON list gives the
// same caller, with Chinese headers.
import {
  COMMUNITY_KIND_LABELS,
  SUBJECT_LABELS,
  type ComplianceRow,
  type CommunityKind,
  type Subject,
} from '@junheng/core';
import { writeXlsx, yesNo, type ExportColumn } from '../export/xlsx';
import type { PresentedActivity } from './activities/service';
import type { PresentedPatch, PresentedStudio } from './activities/structures-service';
import type { PresentedCommunity } from './communities/service';

type Ref = { code: string; name: string } | null;
const name = (r: Ref) => r?.name ?? null;
const code = (r: Ref) => r?.code ?? null;
/** A subject in Chinese (the workbook's first label), or the value as stored when it is not a known subject. */
const subjectZh = (s: string | null) => (s === null ? null : (SUBJECT_LABELS[s as Subject]?.[0] ?? s));
const LIGHT_ZH = { green: '绿（已达标）', amber: '黄（进度正常）', red: '红（落后）' } as const;
const SEVERITY_ZH = { error: '错误', warning: '提醒' } as const;

export function communitiesWorkbook(items: PresentedCommunity[]): Promise<Buffer> {
  const rows = items.flatMap((c) => c.members.map((m) => ({ c, m })));
  const cols: ExportColumn<(typeof rows)[number]>[] = [
    { header: '共同体', value: (r) => r.c.name, width: 28 },
    { header: '类型', value: (r) => COMMUNITY_KIND_LABELS[r.c.kind as CommunityKind]['zh-CN'] },
    { header: '牵头校', value: (r) => name(r.c.leadSchool), width: 24 },
    { header: '成立日期', value: (r) => r.c.startOn },
    { header: '结束日期', value: (r) => r.c.endOn },
    { header: '成员校代码', value: (r) => code(r.m.school) },
    { header: '成员校', value: (r) => name(r.m.school), width: 24 },
    { header: '角色', value: (r) => (r.m.school?.code === r.c.leadSchool?.code ? '牵头校' : '成员校') },
    { header: '加入日期', value: (r) => r.m.joinedOn },
    { header: '退出日期', value: (r) => r.m.leftOn },
    { header: '当前成员', value: (r) => yesNo(r.m.current) },
  ];
  return writeXlsx('共同体', cols, rows);
}

export interface ViolationItem {
  code: string;
  severity: 'error' | 'warning';
  community: { name: string } | null;
  school: { code: string; name: string } | null;
  message: { 'zh-CN': string };
}

export function violationsWorkbook(items: ViolationItem[]): Promise<Buffer> {
  return writeXlsx(
    '规则检查',
    [
      { header: '级别', value: (v) => SEVERITY_ZH[v.severity] },
      { header: '规则', value: (v) => v.code, width: 24 },
      { header: '共同体', value: (v) => v.community?.name ?? null, width: 28 },
      { header: '学校代码', value: (v) => v.school?.code ?? null },
      { header: '学校', value: (v) => v.school?.name ?? null, width: 24 },
      { header: '说明', value: (v) => v.message['zh-CN'], width: 60 },
    ],
    items,
  );
}

export function activitiesWorkbook(items: PresentedActivity[]): Promise<Buffer> {
  return writeXlsx(
    '活动记录',
    [
      { header: '日期', value: (a) => a.date },
      { header: '学期', value: (a) => a.termId },
      { header: '类型', value: (a) => a.kindLabel['zh-CN'] },
      { header: '主题', value: (a) => a.title, width: 30 },
      { header: '共同体', value: (a) => a.community?.name ?? null, width: 28 },
      { header: '承办学校', value: (a) => name(a.hostSchool), width: 24 },
      { header: '参与学校', value: (a) => a.participantSchools.map((s) => s.name).join('、'), width: 40 },
      { header: '参与人数', value: (a) => a.peopleCount },
      { header: '听评课节数', value: (a) => a.lessonsObserved },
      { header: '名师工作室', value: (a) => a.masterStudio?.name ?? null },
      { header: '教研员包片', value: (a) => a.researcherPatch?.name ?? null },
      { header: '乡村质量主题', value: (a) => yesNo(a.ruralQuality) },
      { header: '附件数', value: (a) => a.files.length },
    ],
    items,
  );
}

export function complianceWorkbook(items: (ComplianceRow & { behindBy: number })[]): Promise<Buffer> {
  const subjectZh = { community: '共同体', masterStudio: '名师工作室', researcher: '教研员' } as const;
  return writeXlsx(
    '任务达标',
    [
      { header: '对象类型', value: (r) => subjectZh[r.subjectKind] },
      { header: '对象', value: (r) => r.subjectName, width: 28 },
      { header: '任务', value: (r) => r.label['zh-CN'], width: 36 },
      { header: '依据', value: (r) => r.source, width: 36 },
      { header: '周期', value: (r) => r.period.id },
      { header: '要求', value: (r) => r.required },
      { header: '已完成', value: (r) => r.done },
      { header: '尚缺', value: (r) => r.missing },
      { header: '按进度应完成', value: (r) => r.expectedByNow },
      { header: '落后进度', value: (r) => r.behindBy },
      { header: '剩余天数', value: (r) => r.daysLeft },
      { header: '状态', value: (r) => LIGHT_ZH[r.status] },
    ],
    items,
  );
}

export interface PairItem {
  mentorId: string;
  mentorName: string | null;
  mentorSchool: Ref;
  menteeId: string;
  menteeName: string | null;
  menteeSchool: Ref;
  community: { name: string } | null;
  subject: string | null;
  startOn: string;
  endOn: string | null;
  active: boolean;
  crossSchool: boolean;
}

export function mentorshipsWorkbook(items: PairItem[]): Promise<Buffer> {
  return writeXlsx(
    '师徒结对',
    [
      { header: '师傅工号', value: (p) => p.mentorId },
      { header: '师傅', value: (p) => p.mentorName },
      { header: '师傅学校', value: (p) => name(p.mentorSchool), width: 24 },
      { header: '徒弟工号', value: (p) => p.menteeId },
      { header: '徒弟', value: (p) => p.menteeName },
      { header: '徒弟学校', value: (p) => name(p.menteeSchool), width: 24 },
      { header: '共同体', value: (p) => p.community?.name ?? null, width: 28 },
      { header: '学科', value: (p) => subjectZh(p.subject) },
      { header: '开始日期', value: (p) => p.startOn },
      { header: '结束日期', value: (p) => p.endOn },
      { header: '进行中', value: (p) => yesNo(p.active) },
      { header: '跨校', value: (p) => yesNo(p.crossSchool) },
    ],
    items,
  );
}

export function studiosWorkbook(items: PresentedStudio[]): Promise<Buffer> {
  return writeXlsx(
    '名师工作室',
    [
      { header: '工作室', value: (s) => s.name, width: 30 },
      { header: '领衔人工号', value: (s) => s.leaderId },
      { header: '领衔人', value: (s) => s.leaderName },
      { header: '所在学校', value: (s) => name(s.school), width: 24 },
      { header: '共同体', value: (s) => s.community?.name ?? null, width: 28 },
      { header: '学科', value: (s) => subjectZh(s.subject) },
      { header: '成立日期', value: (s) => s.startOn },
      { header: '结束日期', value: (s) => s.endOn },
    ],
    items,
  );
}

/** One row per researcher patch and school (a patch without schools still gets its row). */
export function patchesWorkbook(items: PresentedPatch[]): Promise<Buffer> {
  const rows = items.flatMap((p): { p: PresentedPatch; s: Ref }[] =>
    p.schools.length === 0 ? [{ p, s: null }] : p.schools.map((s) => ({ p, s })),
  );
  return writeXlsx(
    '教研员包片',
    [
      { header: '包片', value: (r) => r.p.name, width: 24 },
      { header: '学校代码', value: (r) => code(r.s) },
      { header: '学校', value: (r) => name(r.s), width: 24 },
      { header: '关联账号', value: (r) => yesNo(r.p.userId !== null) },
    ],
    rows,
  );
}

export interface ResultItem {
  rank: number;
  name: string;
  communityScore: number;
  effortScore: number | null;
  improvementScore: number | null;
  missing: string[];
  contributions: { school: { code: string; name: string }; role: 'lead' | 'member'; points: number }[];
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** One row per school contribution, with the community's score and rank repeated. */
export function resultsWorkbook(items: ResultItem[]): Promise<Buffer> {
  const rows = items.flatMap((r) => r.contributions.map((c) => ({ r, c })));
  return writeXlsx(
    '捆绑考核',
    [
      { header: '排名', value: (x) => x.r.rank },
      { header: '共同体', value: (x) => x.r.name, width: 28 },
      { header: '综合得分', value: (x) => round(x.r.communityScore) },
      { header: '努力值', value: (x) => round(x.r.effortScore) },
      { header: '提升值', value: (x) => round(x.r.improvementScore) },
      { header: '学校代码', value: (x) => x.c.school.code },
      { header: '学校', value: (x) => x.c.school.name, width: 24 },
      { header: '角色', value: (x) => (x.c.role === 'lead' ? '牵头校' : '成员校') },
      { header: '贡献分', value: (x) => round(x.c.points) },
      { header: '缺失指标', value: (x) => x.r.missing.join('、') },
    ],
    rows,
  );
}
