import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../demo/county';
import type { CountyData, Teacher } from '../org/types';
import { CountyImport, expandCountyData } from './county-import';
import { EXAMPLE_COUNTY } from './example-county';
import { feedGrids, importCountyGrids } from './import-county';
import { TeacherTable } from './teacher-table';
import { countyGrids } from './test-tables';
import type { CellValue, SheetGrid } from './types';

const demo = generateDemoCounty({ seed: 11, schoolYears: ['2023-2024', '2024-2025'] });

describe('TeacherTable', () => {
  it('gives back every teacher as it was pushed', () => {
    const table = TeacherTable.from(demo.teachers);
    expect(table.length).toBe(demo.teachers.length);
    expect(table.toArray()).toEqual(demo.teachers);
    expect([...table]).toEqual(demo.teachers);
    expect(table.schoolYears()).toEqual(['2023-2024', '2024-2025']);
    // Repeated texts are kept once.
    expect(table.codes.size).toBeLessThanOrEqual(demo.schools.length);
  });

  it('gives database columns batch by batch, school codes replaced by ids', () => {
    const table = TeacherTable.from(demo.teachers);
    const ids = table.schoolIds((code) => `id-${code}`);
    const from = 3;
    const batch = table.columns(from, from + 5, ids);
    const expected = demo.teachers.slice(from, from + 5);
    expect(batch.teacherCode).toEqual(expected.map((t) => t.teacherCode));
    expect(batch.schoolId).toEqual(expected.map((t) => `id-${t.schoolCode}`));
    expect(batch.employerSchoolId).toEqual(
      expected.map((t) => (t.employerSchoolCode ? `id-${t.employerSchoolCode}` : null)),
    );
    expect(batch.backboneLevel).toEqual(expected.map((t) => t.backboneLevel));
    expect(batch.fullTime).toEqual(expected.map((t) => t.fullTime));
    expect(table.columns(table.length - 2, table.length + 10, ids).name).toHaveLength(2);
  });

  it('refuses to write a teacher whose stage is not settled', () => {
    const table = new TeacherTable();
    table.push({ ...(EXAMPLE_COUNTY.teachers[0] as Teacher), stage: null });
    expect(() =>
      table.columns(
        0,
        1,
        table.schoolIds((c) => c),
      ),
    ).toThrow(/stage/);
    table.setStage(0, 'junior');
    expect(table.get(0).stage).toBe('junior');
  });
});

describe('CountyImport', () => {
  it('reads a county fed row by row, sheets in any order, as the whole-grid import does', () => {
    const grids = countyGrids(demo).reverse();
    const run = new CountyImport(grids.map((g) => g.name));
    feedGrids(run, grids);
    const result = run.finish();
    expect(result.issues).toEqual([]);
    expect(result.data?.teachers).toBeInstanceOf(TeacherTable);
    expect(expandCountyData(result.data!)).toEqual(importCountyGrids(countyGrids(demo)).data);
    expect(result.counts).toMatchObject({ teachers: demo.teachers.length, classes: demo.classes.length });
  });

  it('keeps issues in template order whatever order the sheets come in', () => {
    const broken: CountyData = structuredClone(demo);
    (broken.teachers[0] as Teacher).schoolCode = '2151079999';
    (broken.stats[0] as CountyData['stats'][number]).books = -1;
    const grids = countyGrids(broken);
    const forward = importCountyGrids(grids);
    const backward = importCountyGrids([...grids].reverse());
    expect(backward.issues).toEqual(forward.issues);
    expect(forward.issues.map((i) => [i.sheet, i.code])).toEqual([
      ['办学条件', 'negative'],
      ['教师', 'unknown_reference'],
    ]);
  });

  it('finds a header below a title row and skips a repeated header row, rows arriving one at a time', () => {
    const teachers = countyGrids(EXAMPLE_COUNTY).find((g) => g.name === '教师') as SheetGrid;
    const [header, ...rows] = teachers.rows as [CellValue[], ...CellValue[][]];
    const grids = countyGrids(EXAMPLE_COUNTY).map((g) =>
      g.name === '教师'
        ? {
            ...g,
            rows: [['教师名册'], header, header, ...rows],
            rowNumbers: [1, 3, 4, ...rows.map((_, i) => i + 5)],
          }
        : g,
    );
    const result = importCountyGrids(grids);
    expect(result.issues).toEqual([]);
    expect(result.data?.teachers).toEqual(EXAMPLE_COUNTY.teachers);
  });

  it('keeps every sheet as read when asked, for the errors workbook', () => {
    const grids = countyGrids(EXAMPLE_COUNTY);
    const run = new CountyImport(
      grids.map((g) => g.name),
      { keepGrids: true },
    );
    feedGrids(run, grids);
    run.finish();
    expect(run.grids.map((g) => g.rows)).toEqual(grids.map((g) => g.rows));
  });

  it('a sheet never fed counts as empty', () => {
    const grids = countyGrids(EXAMPLE_COUNTY);
    const run = new CountyImport(grids.map((g) => g.name));
    feedGrids(
      run,
      grids.filter((g) => g.name !== '教师'),
    );
    const result = run.finish();
    expect(result.data).toBeNull();
    expect(result.issues.map((i) => [i.sheet, i.code])).toEqual([['教师', 'sheet_empty']]);
  });
});
