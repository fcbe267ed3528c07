import { describe, expect, it } from 'vitest';
import type { SchoolYearStats } from '../../app/api/types';
import { translate, type Translate } from '../../i18n/translate';
import { resourcesChartOption, studentsChartOption } from './components/school-chart-options';
import { perStudentSeries } from './per-student';

const stats = (
  schoolYear: SchoolYearStats['schoolYear'],
  patch: Partial<SchoolYearStats> = {},
): SchoolYearStats => ({
  schoolYear,
  schoolCode: '2151000001',
  primaryStudents: 300,
  juniorStudents: 100,
  seniorStudents: 500,
  primaryClasses: 6,
  juniorClasses: 3,
  teachingAuxArea: 2000,
  indoorSportsArea: 300,
  sportsGroundArea: 4000,
  equipmentValue: 800000,
  computers: 50,
  multimediaClassrooms: 9,
  books: 12000,
  musicRooms: 1,
  artRooms: 1,
  ...patch,
});

describe('perStudentSeries', () => {
  it('divides by compulsory-stage students only, ordered by school year', () => {
    const [first, second] = perStudentSeries([
      stats('2024-2025'),
      stats('2023-2024', { primaryStudents: 700 }),
    ]);
    expect(first?.schoolYear).toBe('2023-2024');
    expect(first?.students).toBe(800);
    expect(second).toEqual({
      schoolYear: '2024-2025',
      students: 400,
      teachingAuxArea: 5,
      equipmentValueHundreds: 20,
      books: 30,
      computersPerHundred: 12.5,
    });
  });
  it('has no ratio where there are no students', () => {
    const [row] = perStudentSeries([stats('2024-2025', { primaryStudents: 0, juniorStudents: 0 })]);
    expect(row?.books).toBeNull();
    expect(row?.computersPerHundred).toBeNull();
  });
});

describe('school chart options', () => {
  const t: Translate = (id, vars) => translate('zh-CN', id, vars);
  it('labels years and series in the UI language', () => {
    const option = studentsChartOption(t, [stats('2024-2025'), stats('2023-2024')]);
    expect(option.xAxis).toEqual({ type: 'category', data: ['2023-2024学年', '2024-2025学年'] });
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['小学在校生', '初中在校生']);
    expect(series[0]?.data).toEqual([300, 300]);
  });
  it('plots the four per-student measures', () => {
    const series = resourcesChartOption(t, [stats('2024-2025')]).series as { data: (number | null)[] }[];
    expect(series.map((s) => s.data[0])).toEqual([5, 20, 30, 12.5]);
  });
});
