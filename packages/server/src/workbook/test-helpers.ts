// Test helpers: a hand-made county and workbooks built with exceljs in the tests (no binary fixtures).
import ExcelJS from 'exceljs';
import { EXAMPLE_COUNTY, type CountyData } from '@junheng/core';
import { writeCountyWorkbook } from './write-county';

/** Every kind of value the workbook carries, including text that looks like a formula. */
export const HAND_MADE_COUNTY: CountyData = {
  county: { divisionCode: '510722', name: '示例县', cityDivisionCode: '510700', cityName: '示例市' },
  townships: ['城关镇', '石桥乡', '无学校乡'],
  schools: [
    {
      ...(EXAMPLE_COUNTY.schools[0] as CountyData['schools'][number]),
      name: '=HYPERLINK("http://evil","城关小学")',
    },
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
      name: '+红岩教学点',
      countyCode: '510722',
      township: null,
      schoolType: 'teachingPoint',
      ownership: 'public',
      runBy: 'other',
      urbanRuralCode: '220',
      parentSchoolCode: '2151072202',
      weak: false,
      lng: 104.8123,
      lat: 31.9456,
    },
    {
      schoolCode: '2151072204',
      name: '育才民办学校',
      countyCode: '510723',
      township: '城关镇',
      schoolType: 'completeSecondary',
      ownership: 'private',
      runBy: 'city',
      urbanRuralCode: '111',
      parentSchoolCode: null,
      weak: false,
      lng: 104.7,
      lat: 31.8,
    },
  ],
  stats: [
    ...EXAMPLE_COUNTY.stats,
    {
      ...(EXAMPLE_COUNTY.stats[0] as CountyData['stats'][number]),
      schoolYear: '2023-2024',
      schoolCode: '2151072202',
      juniorStudents: 310,
      juniorClasses: 7,
      teachingAuxArea: 4321.75,
      equipmentValue: 1234567.5,
      musicRooms: null,
      artRooms: null,
    },
  ],
  teachers: [
    ...EXAMPLE_COUNTY.teachers,
    {
      ...(EXAMPLE_COUNTY.teachers[0] as CountyData['teachers'][number]),
      teacherCode: '00123',
      name: '@李老师',
      gender: 'male',
      schoolCode: '2151072202',
      stage: 'junior',
      employerSchoolCode: null,
      backboneLevel: null,
      subject: 'pe',
      fullTime: false,
      certified: false,
      title: 'senior_professor',
      education: 'highSchoolOrBelow',
      post: 'vice_principal',
    },
  ],
  classes: [
    ...EXAMPLE_COUNTY.classes,
    {
      schoolYear: '2024-2025',
      schoolCode: '2151072202',
      stage: 'junior',
      grade: 7,
      className: '-七年级(1)班',
      students: 52,
    },
  ],
};

export async function bookOf(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A valid workbook for `data`, changed by `edit` (loaded with exceljs, edited, written again). */
export async function editedCountyBook(
  edit: (book: ExcelJS.Workbook) => void,
  data = HAND_MADE_COUNTY,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeCountyWorkbook(data)) as unknown as ArrayBuffer);
  edit(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
