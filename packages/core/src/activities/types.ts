// ACT-1: the joint work a community logs — lesson prep, research, observation, forums, exchanges — and the
// people structures behind it: master studios (名师工作室), researcher patches (包片包抓), mentorship (师徒结对).
import type { LocalizedText } from '../import/types';
import type { Subject } from '../org/types';
import type { IsoDate } from '../communities/dates';

export const ACTIVITY_KINDS = [
  'collectiveLessonPrep', // 集体备课
  'jointResearch', // 联合教研
  'teachingSalon', // 教学沙龙
  'researchProject', // 课题研究
  'lessonObservation', // 听评课
  'openLesson', // 公开课
  'themedSeminar', // 专题研讨
  'diagnosticVisit', // 视导诊断
  'researcherVisit', // 教研员到校教研指导 (seed 003: "开展教研指导")
  'masterStudioActivity', // 名师工作室活动
  'principalForum', // 校长论坛
  'studentExchange', // 学生交流
  'cultureEvent', // 校园文化、社团展演 (seed 003)
  'training', // 培训
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, LocalizedText> = {
  collectiveLessonPrep: { 'zh-CN': '集体备课', 'en-US': 'Collective lesson preparation' },
  jointResearch: { 'zh-CN': '联合教研', 'en-US': 'Joint research' },
  teachingSalon: { 'zh-CN': '教学沙龙', 'en-US': 'Teaching salon' },
  researchProject: { 'zh-CN': '课题研究', 'en-US': 'Research project' },
  lessonObservation: { 'zh-CN': '听评课', 'en-US': 'Lesson observation' },
  openLesson: { 'zh-CN': '公开课', 'en-US': 'Open lesson' },
  themedSeminar: { 'zh-CN': '专题研讨', 'en-US': 'Themed seminar' },
  diagnosticVisit: { 'zh-CN': '视导诊断', 'en-US': 'Diagnostic visit' },
  researcherVisit: { 'zh-CN': '教研指导', 'en-US': 'Researcher guidance visit' },
  masterStudioActivity: { 'zh-CN': '名师工作室活动', 'en-US': 'Master studio activity' },
  principalForum: { 'zh-CN': '校长论坛', 'en-US': 'Principal forum' },
  studentExchange: { 'zh-CN': '学生交流', 'en-US': 'Student exchange' },
  cultureEvent: { 'zh-CN': '校园文化交流', 'en-US': 'Joint culture event' },
  training: { 'zh-CN': '培训', 'en-US': 'Training' },
};

export const PARTICIPANT_ROLES = [
  'host',
  'speaker',
  'observer',
  'mentor',
  'mentee',
  'student',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface ActivityParticipant {
  /** A teacher code, a researcher id or another person id. */
  personId: string;
  role: ParticipantRole;
}

export interface Activity {
  id: string;
  kind: ActivityKind;
  date: IsoDate;
  title?: string;
  /** The community it was held for; null for a school's or a researcher's own activity. */
  communityId: string | null;
  hostSchoolCode: string;
  participantSchoolCodes: string[];
  participants: ActivityParticipant[];
  /** The county researcher (教研员) who led or attended it. */
  researcherId: string | null;
  masterStudioId: string | null;
  /** Lessons observed in it; a lessonObservation without a count counts as one lesson. */
  lessonsObserved?: number;
  /** Seed 003: a research activity on raising rural education quality (以提升乡村教育质量为主题). */
  ruralQuality: boolean;
  /** File references (minutes, photos, slides); storage lives outside core. */
  files?: string[];
}

/** 名师工作室 (seed 003 "三名工作室"): a studio led by a master teacher, attached to a group. */
export interface MasterStudio {
  id: string;
  name: string;
  leaderId: string;
  schoolCode: string;
  /** The group whose rural schools it must visit; null = any rural school counts. */
  communityId: string | null;
  subject?: Subject;
  startOn: IsoDate;
  endOn: IsoDate | null;
}

/** 包片包抓: the schools a county researcher is responsible for (seed 003). */
export interface ResearcherPatch {
  researcherId: string;
  name: string;
  schoolCodes: string[];
}

/** 师徒结对: a mentor and a mentee, usually across schools of one community (seeds 002, 003). */
export interface Mentorship {
  id: string;
  mentorId: string;
  menteeId: string;
  mentorSchoolCode: string;
  menteeSchoolCode: string;
  communityId: string | null;
  subject?: Subject;
  startOn: IsoDate;
  endOn: IsoDate | null;
}
