// The workbook's Chinese values (import-template.md) ↔ the English codes of org/types.ts. The first label of
// each entry is the one the template and the export write; the others are accepted on import because
// bureaus' own sheets use them.
import type {
  BackboneLevel,
  Education,
  Gender,
  Ownership,
  Post,
  RunBy,
  SchoolType,
  Stage,
  Subject,
  Title,
} from '../org/types';

export type EnumLabels<T extends string> = Readonly<Record<T, readonly [string, ...string[]]>>;

export const SCHOOL_TYPE_LABELS: EnumLabels<SchoolType> = {
  primary: ['小学'],
  junior: ['初级中学', '初中'],
  nineYear: ['九年一贯制学校', '九年一贯制'],
  completeSecondary: ['完全中学'],
  twelveYear: ['十二年一贯制学校', '十二年一贯制'],
  teachingPoint: ['教学点'],
  specialEducation: ['特殊教育学校', '特教学校'],
};
export const OWNERSHIP_LABELS: EnumLabels<Ownership> = { public: ['公办'], private: ['民办'] };
export const RUN_BY_LABELS: EnumLabels<RunBy> = {
  county: ['县级', '县区级', '县(区)级'],
  city: ['市级', '地级'],
  province: ['省级'],
  other: ['其他'],
};
export const STAGE_LABELS: EnumLabels<Stage> = { primary: ['小学'], junior: ['初中', '初级中学'] };
export const GENDER_LABELS: EnumLabels<Gender> = { male: ['男'], female: ['女'] };
export const EDUCATION_LABELS: EnumLabels<Education> = {
  postgraduate: ['研究生', '博士研究生', '硕士研究生', '博士', '硕士'],
  bachelor: ['本科', '大学本科'],
  associate: ['专科', '大专', '大学专科'],
  secondary: ['中专', '中师'],
  highSchoolOrBelow: ['高中及以下', '高中', '初中及以下'],
};
export const TITLE_LABELS: EnumLabels<Title> = {
  senior_professor: ['正高级', '正高级教师'],
  senior: ['高级', '高级教师', '副高级'],
  first: ['一级', '一级教师'],
  second: ['二级', '二级教师'],
  third: ['三级', '三级教师'],
  none: ['未评', '未定职级', '无'],
};
/** 无 maps to null (glossary: backboneLevel is null for a teacher who is not a backbone teacher). */
export const BACKBONE_LEVEL_LABELS: EnumLabels<BackboneLevel> = {
  national: ['国家级'],
  province: ['省级'],
  city: ['市级', '市州级'],
  county: ['县级', '县区级', '县(区)级'],
};
export const NO_BACKBONE_LABEL = '无';
export const SUBJECT_LABELS: EnumLabels<Subject> = {
  chinese: ['语文'],
  math: ['数学'],
  english: ['英语', '外语'],
  science: ['科学'],
  morality_law: ['道德与法治', '道德与法制', '思想品德'],
  music: ['音乐'],
  fine_arts: ['美术'],
  pe: ['体育', '体育与健康'],
  it: ['信息技术', '信息科技'],
  labour: ['劳动'],
  mental_health: ['心理健康', '心理健康教育'],
  other: ['其他'],
};
export const POST_LABELS: EnumLabels<Post> = {
  principal: ['校长'],
  vice_principal: ['副校长'],
  middle_manager: ['中层干部', '中层'],
  teacher: ['教师'],
};
export const YES_LABEL = '是';
export const NO_LABEL = '否';
/** 人事关系所在单位 for 县管校聘 teachers: the county bureau holds the post. */
export const COUNTY_BUREAU_LABEL = '县教育局';

/** The label the workbook writes for a code. */
export function labelOf<T extends string>(labels: EnumLabels<T>, code: T): string {
  return labels[code][0];
}

/** The template's labels, for dropdowns and messages. */
export function primaryLabels<T extends string>(labels: EnumLabels<T>): string[] {
  return Object.values<readonly string[]>(labels).map((l) => l[0] as string);
}

const LOOKUPS = new WeakMap<object, ReadonlyMap<string, string>>();

/** Label (and code) → code, labels compacted once per enumeration; the first entry to claim a label keeps it. */
function lookupOf(labels: EnumLabels<string>): ReadonlyMap<string, string> {
  let lookup = LOOKUPS.get(labels);
  if (!lookup) {
    const map = new Map<string, string>();
    for (const [code, names] of Object.entries<readonly string[]>(labels)) {
      if (!map.has(code)) map.set(code, code);
      for (const n of names) {
        const key = n.normalize('NFKC');
        if (!map.has(key)) map.set(key, code);
      }
    }
    LOOKUPS.set(labels, (lookup = map));
  }
  return lookup;
}

/**
 * The code for a label written in the sheet, matched after full-width → half-width and without spaces; the
 * English code itself is accepted too. Unknown text comes back unchanged so validation can name it.
 */
export function codeOf<T extends string>(labels: EnumLabels<T>, text: string): T | string {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  return (lookupOf(labels).get(compact) as T | undefined) ?? text;
}
