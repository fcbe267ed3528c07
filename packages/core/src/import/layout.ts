// The sheets and columns of the county workbook, in template order (import-template.md). Import matches
// headers against these; the template and the export write them.

export type SheetKey = 'schools' | 'stats' | 'teachers' | 'classes';
/** What a unit in a header may convert: areas (m²), money (元/万元), counts, degrees. */
export type UnitKind = 'area' | 'money' | 'count' | 'degree';

export interface ColumnSpec {
  field: string;
  header: string;
  /** Other headers bureaus use for the same column. */
  synonyms?: readonly string[];
  /** A missing required column is an error; a missing optional one takes its default. */
  required: boolean;
  unit?: UnitKind;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  synonyms: readonly string[];
  required: boolean;
  columns: readonly ColumnSpec[];
}

const req = (field: string, header: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  field,
  header,
  required: true,
  ...more,
});
const opt = (field: string, header: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  field,
  header,
  required: false,
  ...more,
});

export const SCHOOLS_SHEET: SheetSpec = {
  key: 'schools',
  name: '学校',
  synonyms: ['学校基本情况', '学校信息', '学校名单', 'schools'],
  required: true,
  columns: [
    req('schoolCode', '学校标识码', { synonyms: ['学校代码', '学校标识代码', '学校识别码'] }),
    req('name', '学校名称', { synonyms: ['学校全称', '校名'] }),
    req('countyCode', '所属县（区）代码', {
      synonyms: ['县区代码', '所属县区代码', '县(区)代码', '行政区划代码'],
    }),
    opt('countyName', '所属县（区）', { synonyms: ['县区', '所属县区', '县(区)'] }),
    opt('township', '乡镇', { synonyms: ['所属乡镇', '乡镇(街道)', '乡镇街道'] }),
    req('schoolType', '办学类型', { synonyms: ['学校类型'] }),
    req('ownership', '办学性质', { synonyms: ['举办者类型'] }),
    opt('runBy', '主管层级', { synonyms: ['隶属关系'] }),
    req('urbanRuralCode', '城乡分类代码', { synonyms: ['城乡分类', '城乡类别代码'] }),
    opt('parentSchoolCode', '所属中心校标识码', { synonyms: ['中心校标识码', '所属中心校代码'] }),
    opt('weak', '薄弱学校', { synonyms: ['是否薄弱学校'] }),
    opt('lng', '经度', { unit: 'degree' }),
    opt('lat', '纬度', { unit: 'degree' }),
  ],
};

export const STATS_SHEET: SheetSpec = {
  key: 'stats',
  name: '办学条件',
  synonyms: ['办学条件统计', '办学条件情况', 'stats'],
  required: true,
  columns: [
    req('schoolYear', '学年'),
    req('schoolCode', '学校标识码', { synonyms: ['学校代码', '学校标识代码', '学校识别码'] }),
    req('primaryStudents', '小学在校生数', { unit: 'count' }),
    req('juniorStudents', '初中在校生数', { unit: 'count' }),
    // 高中在校生数 only matters for 完全中学/十二年一贯制; a purely compulsory county may leave it out.
    opt('seniorStudents', '高中在校生数', { unit: 'count' }),
    req('primaryClasses', '小学班级数', { unit: 'count' }),
    req('juniorClasses', '初中班级数', { unit: 'count' }),
    req('teachingAuxArea', '教学及辅助用房面积', { unit: 'area', synonyms: ['教学及辅助用房'] }),
    req('indoorSportsArea', '其中：室内体育用房面积', { unit: 'area', synonyms: ['室内体育用房'] }),
    req('sportsGroundArea', '运动场地面积', { unit: 'area', synonyms: ['体育运动场地面积', '运动场面积'] }),
    req('equipmentValue', '教学仪器设备资产值', {
      unit: 'money',
      synonyms: ['教学仪器设备值', '教学仪器设备总值', '仪器设备值'],
    }),
    req('computers', '教学用计算机台数', { unit: 'count', synonyms: ['计算机台数', '教学用计算机'] }),
    req('multimediaClassrooms', '网络多媒体教室间数', {
      unit: 'count',
      synonyms: ['网络多媒体教室', '网络多媒体教室数', '多媒体教室间数'],
    }),
    req('books', '图书册数', { unit: 'count', synonyms: ['图书', '藏书册数', '图书藏量'] }),
    opt('musicRooms', '音乐专用教室间数', { unit: 'count', synonyms: ['音乐专用教室', '音乐教室间数'] }),
    opt('artRooms', '美术专用教室间数', { unit: 'count', synonyms: ['美术专用教室', '美术教室间数'] }),
  ],
};

export const TEACHERS_SHEET: SheetSpec = {
  key: 'teachers',
  name: '教师',
  synonyms: ['教师信息', '教职工', '专任教师', 'teachers'],
  required: true,
  columns: [
    req('schoolYear', '学年'),
    req('teacherCode', '教师编号', { synonyms: ['教师代码', '工号'] }),
    req('name', '姓名', { synonyms: ['教师姓名'] }),
    req('gender', '性别'),
    req('birthMonth', '出生年月', { synonyms: ['出生日期'] }),
    req('schoolCode', '任教学校标识码', { synonyms: ['任教学校代码', '学校标识码', '学校代码'] }),
    // Needed only in multi-stage schools; elsewhere the school type gives it.
    opt('stage', '任教学段', { synonyms: ['学段'] }),
    req('employer', '人事关系所在单位', { synonyms: ['人事关系所在单位标识码', '人事关系'] }),
    req('education', '最高学历', { synonyms: ['学历'] }),
    req('title', '专业技术职务', { synonyms: ['职称', '专业技术职称'] }),
    opt('backboneLevel', '骨干教师级别', { synonyms: ['骨干教师'] }),
    req('subject', '任教学科', { synonyms: ['学科'] }),
    req('fullTime', '是否专任教师', { synonyms: ['专任教师'] }),
    req('certified', '是否持有教师资格证', { synonyms: ['教师资格证', '是否持有教师资格证书'] }),
    req('atSchoolSince', '到本校工作年月', { synonyms: ['到本校年月', '来校年月'] }),
    req('post', '职务', { synonyms: ['行政职务'] }),
  ],
};

export const CLASSES_SHEET: SheetSpec = {
  key: 'classes',
  name: '班级',
  synonyms: ['班级信息', 'classes'],
  required: false,
  columns: [
    req('schoolYear', '学年'),
    req('schoolCode', '学校标识码', { synonyms: ['学校代码'] }),
    req('stage', '学段'),
    req('grade', '年级'),
    req('className', '班级名称', { synonyms: ['班级'] }),
    req('students', '学生数', { unit: 'count', synonyms: ['班级人数', '人数'] }),
  ],
};

export const WORKBOOK_SHEETS: readonly SheetSpec[] = [
  SCHOOLS_SHEET,
  STATS_SHEET,
  TEACHERS_SHEET,
  CLASSES_SHEET,
];

/** The notes sheet the template and the export add; it also carries the county itself. */
export const NOTES_SHEET_NAME = '说明';
