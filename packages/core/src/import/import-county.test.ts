import { describe, expect, it } from 'vitest';
import type { CountyData } from '../org/types';
import { EXAMPLE_COUNTY } from './example-county';
import { importCountyGrids } from './import-county';
import { countyGrids } from './test-tables';
import { gridOf } from './test-grids';
import type { CellValue, SheetGrid } from './types';

/** EXAMPLE_COUNTY plus a nine-year school and a teaching point, a 县管校聘 teacher and empty optional values. */
const county: CountyData = structuredClone({
  ...EXAMPLE_COUNTY,
  townships: ['城关镇', '石桥乡'],
  schools: [
    ...EXAMPLE_COUNTY.schools,
    {
      schoolCode: '2151072202',
      name: '石桥九年一贯制学校',
      countyCode: '510722',
      township: '石桥乡',
      schoolType: 'nineYear',
      ownership: 'public',
      runBy: 'county',
      urbanRuralCode: '220',
      parentSchoolCode: null,
      weak: true,
      lng: null,
      lat: null,
    },
    {
      schoolCode: '2151072203',
      name: '石桥乡红岩教学点',
      countyCode: '510722',
      township: '石桥乡',
      schoolType: 'teachingPoint',
      ownership: 'public',
      runBy: 'county',
      urbanRuralCode: '220',
      parentSchoolCode: '2151072202',
      weak: false,
      lng: 104.81,
      lat: 31.9,
    },
  ],
  stats: [
    ...EXAMPLE_COUNTY.stats,
    {
      ...(EXAMPLE_COUNTY.stats[0] as CountyData['stats'][number]),
      schoolCode: '2151072202',
      juniorStudents: 310,
      juniorClasses: 7,
      equipmentValue: 1234567.5,
      musicRooms: null,
      artRooms: null,
    },
  ],
  teachers: [
    ...EXAMPLE_COUNTY.teachers,
    {
      ...(EXAMPLE_COUNTY.teachers[0] as CountyData['teachers'][number]),
      teacherCode: 'T0002',
      name: '李老师',
      gender: 'male',
      schoolCode: '2151072202',
      stage: 'junior',
      employerSchoolCode: null,
      backboneLevel: null,
      subject: 'pe',
      fullTime: false,
      certified: false,
      post: 'vice_principal',
    },
  ],
} satisfies CountyData);

const replaceSheet = (grids: SheetGrid[], name: string, rows: CellValue[][]) =>
  grids.map((g) => (g.name === name ? gridOf(name, rows) : g));

const tableOf = (name: string) => {
  const g = countyGrids(county).find((x) => x.name === name) as SheetGrid;
  return g.rows.map((r) => [...r]);
};

describe('importCountyGrids', () => {
  it('reads back what the export tables hold', () => {
    const result = importCountyGrids(countyGrids(county));
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual(county);
    expect(result.counts).toMatchObject({ schools: 3, stats: 2, teachers: 2, classes: 1, errors: 0 });
  });

  it('derives the county and townships from the schools when there is no 说明 sheet', () => {
    const grids = countyGrids(county).filter((g) => g.name !== '说明');
    const { data } = importCountyGrids(grids);
    expect(data?.county).toEqual({
      divisionCode: '510722',
      name: '示例县',
      cityDivisionCode: '510700',
      cityName: '',
    });
    expect(data?.townships).toEqual(['城关镇', '石桥乡']);
  });

  it('reads lenient cells: text numbers, 万元, full-width digits, a total row', () => {
    const stats = tableOf('办学条件');
    const header = stats[0] as CellValue[];
    const money = header.indexOf('教学仪器设备资产值');
    header[money] = '教学仪器设备资产值（万元）';
    const row = stats[1] as CellValue[];
    row[money] = '２６０';
    row[header.indexOf('图书册数')] = '36,000';
    row[header.indexOf('学年')] = '2024—2025';
    stats.push(['合计', null, 9999]);
    const result = importCountyGrids(replaceSheet(countyGrids(county), '办学条件', stats));
    expect(result.data?.stats[0]).toMatchObject({
      equipmentValue: 2600000,
      books: 36000,
      schoolYear: '2024-2025',
    });
    expect(result.issues.map((i) => [i.severity, i.code, i.row])).toEqual([['warning', 'total_row', 4]]);
    expect(result.counts.skippedRows).toBe(1);
  });

  it('gives no data and one located issue per problem', () => {
    const teachers = tableOf('教师');
    const header = teachers[0] as CellValue[];
    const t2 = teachers[2] as CellValue[];
    t2[header.indexOf('性别')] = '未知';
    const copy = [...(teachers[1] as CellValue[])];
    copy[header.indexOf('任教学校标识码')] = '2151072299';
    teachers.push(copy);
    const schools = tableOf('学校');
    const sh = schools[0] as CellValue[];
    (schools[3] as CellValue[])[sh.indexOf('所属中心校标识码')] = null;
    const stats = tableOf('办学条件');
    const stH = stats[0] as CellValue[];
    (stats[1] as CellValue[])[stH.indexOf('其中：室内体育用房面积')] = 99999;
    (stats[2] as CellValue[])[stH.indexOf('运动场地面积')] = -5;
    (stats[2] as CellValue[])[stH.indexOf('教学用计算机台数')] = '很多';
    let grids = replaceSheet(countyGrids(county), '教师', teachers);
    grids = replaceSheet(grids, '学校', schools);
    grids = replaceSheet(grids, '办学条件', stats);
    const result = importCountyGrids(grids);
    expect(result.data).toBeNull();
    const got = result.issues.map((i) => [i.sheet, i.row, i.column?.letter, i.code]);
    expect(got).toEqual([
      ['学校', 4, 'J', 'required'],
      ['办学条件', 2, 'I', 'impossible_value'],
      ['办学条件', 3, 'L', 'not_a_number'],
      ['办学条件', 3, 'J', 'negative'],
      ['教师', 3, 'D', 'invalid_enum'],
      ['教师', 4, 'B', 'duplicate'],
      ['教师', 4, 'F', 'unknown_reference'],
    ]);
    expect(result.issues.every((i) => i.severity === 'error')).toBe(true);
    const gender = result.issues.find((i) => i.code === 'invalid_enum');
    expect(gender?.message['zh-CN']).toBe(
      '工作表「教师」，第 3 行，D 列（性别），值「未知」：应为以下之一：男、女',
    );
    expect(gender?.message['en-US']).toBe(
      'Sheet "教师", row 3, column D (性别), value "未知": should be one of: 男、女',
    );
    expect(result.counts.errors).toBe(7);
  });

  it('asks for the stage of teachers in multi-stage schools only', () => {
    const teachers = tableOf('教师');
    const header = teachers[0] as CellValue[];
    const stage = header.indexOf('任教学段');
    for (const row of teachers.slice(1)) row[stage] = null;
    const result = importCountyGrids(replaceSheet(countyGrids(county), '教师', teachers));
    expect(result.issues.map((i) => [i.row, i.code, i.column?.header])).toEqual([
      [3, 'required', '任教学段'],
    ]);
  });

  it('reports missing sheets and columns without reading rows against them', () => {
    const schools = tableOf('学校').map((r) => r.slice(1));
    const grids = replaceSheet(countyGrids(county), '学校', schools).filter((g) => g.name !== '教师');
    const result = importCountyGrids(grids);
    expect(result.data).toBeNull();
    expect(result.issues.map((i) => [i.code, i.sheet, i.column?.header ?? null])).toEqual([
      ['sheet_missing', '教师', null],
      ['column_missing', '学校', '学校标识码'],
    ]);
  });
});
