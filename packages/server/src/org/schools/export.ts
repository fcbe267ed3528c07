import type { ExportColumn } from '../../export/xlsx';
import { yesNo } from '../../export/xlsx';
import type { SchoolRow } from './service';

// Chinese labels as in the county workbook (import-template.md, sheet 学校).
const SCHOOL_TYPE_ZH: Record<string, string> = {
  primary: '小学',
  junior: '初级中学',
  nineYear: '九年一贯制学校',
  completeSecondary: '完全中学',
  twelveYear: '十二年一贯制学校',
  teachingPoint: '教学点',
  specialEducation: '特殊教育学校',
};
const OWNERSHIP_ZH: Record<string, string> = { public: '公办', private: '民办' };
const URBAN_RURAL_ZH: Record<string, string> = { urban: '城区', town: '镇区', rural: '乡村' };

export const SCHOOL_EXPORT_COLUMNS: ExportColumn<SchoolRow>[] = [
  { header: '学校标识码', value: (r) => r.schoolCode },
  { header: '学校名称', value: (r) => r.name, width: 28 },
  { header: '所属县（区）代码', value: (r) => r.countyCode },
  { header: '乡镇', value: (r) => r.townshipName },
  { header: '办学类型', value: (r) => SCHOOL_TYPE_ZH[r.schoolType] ?? r.schoolType },
  { header: '办学性质', value: (r) => OWNERSHIP_ZH[r.ownership] ?? r.ownership },
  { header: '城乡分类代码', value: (r) => r.urbanRuralCode },
  { header: '城乡', value: (r) => URBAN_RURAL_ZH[r.urbanRural] ?? r.urbanRural },
  { header: '所属中心校', value: (r) => r.parentSchoolName },
  { header: '薄弱学校', value: (r) => yesNo(r.weak) },
  { header: '最新学年', value: (r) => r.latestSchoolYear },
  { header: '小学在校生数', value: (r) => r.primaryStudents },
  { header: '初中在校生数', value: (r) => r.juniorStudents },
  { header: '教师数', value: (r) => r.teacherCount },
  { header: '经度', value: (r) => r.lng },
  { header: '纬度', value: (r) => r.lat },
];
