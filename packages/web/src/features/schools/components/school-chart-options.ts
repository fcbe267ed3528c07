import type { SchoolYearStats } from '../../../app/api/types';
import type { Translate } from '../../../i18n/translate';
import { formatSchoolYear } from '../../../shared/format';
import { perStudentSeries } from '../per-student';

// Plain option objects (no ECharts import here), so the page chunk stays free of ECharts until a chart renders.
export interface ChartOption {
  [key: string]: unknown;
}

function axisYears(t: Translate, stats: SchoolYearStats[]): string[] {
  return [...stats]
    .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear))
    .map((row) => formatSchoolYear(t, row.schoolYear));
}

export function studentsChartOption(t: Translate, stats: SchoolYearStats[]): ChartOption {
  const sorted = [...stats].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: axisYears(t, stats) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: t('fields.stats.primaryStudents'),
        data: sorted.map((row) => row.primaryStudents),
      },
      { type: 'line', name: t('fields.stats.juniorStudents'), data: sorted.map((row) => row.juniorStudents) },
    ],
  };
}

export function resourcesChartOption(t: Translate, stats: SchoolYearStats[]): ChartOption {
  const rows = perStudentSeries(stats);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 64, bottom: 32 },
    xAxis: { type: 'category', data: axisYears(t, stats) },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        name: t('pages.schools.detail.perStudent.teachingAuxArea'),
        data: rows.map((row) => row.teachingAuxArea),
      },
      {
        type: 'bar',
        name: t('pages.schools.detail.perStudent.equipmentValue'),
        data: rows.map((row) => row.equipmentValueHundreds),
      },
      { type: 'bar', name: t('pages.schools.detail.perStudent.books'), data: rows.map((row) => row.books) },
      {
        type: 'line',
        name: t('pages.schools.detail.perStudent.computers'),
        data: rows.map((row) => row.computersPerHundred),
      },
    ],
  };
}
