import { describe, expect, it } from 'vitest';
import { findHeader } from './find-header';
import { IssueList } from './issues';
import { SCHOOLS_SHEET, STATS_SHEET } from './layout';
import { sheetColumns } from './sheet-columns';
import { gridOf } from './test-grids';

const fields = (found: ReturnType<typeof findHeader>) => found?.columns.map((c) => c.field);

describe('findHeader', () => {
  it('finds a one-row header under a title row, with units and synonyms', () => {
    const grid = gridOf('学校', [
      ['示例县学校基本情况表', '示例县学校基本情况表', '示例县学校基本情况表'],
      [' 学校代码 ', '学校名称', '所属县（区）代码'],
      ['5107220001', '城关小学', '510722'],
    ]);
    const found = findHeader(grid, SCHOOLS_SHEET);
    expect(found).toMatchObject({ start: 1, height: 1, dataStart: 2 });
    expect(fields(found)).toEqual(['schoolCode', 'name', 'countyCode']);
  });

  it('reads a header spread over two merged rows, keeping the unit of the upper row', () => {
    const grid = gridOf('办学条件', [
      ['学年', '学校标识码', '教学及辅助用房面积（㎡）', '教学及辅助用房面积（㎡）', '在校生数', '在校生数'],
      ['学年', '学校标识码', '小计', '其中：室内体育用房面积', '小学', '初中'],
      ['2024-2025', '5107220001', 1000, 200, 300, 0],
    ]);
    const found = findHeader(grid, STATS_SHEET);
    expect(found).toMatchObject({ start: 0, height: 2, dataStart: 2 });
    expect(fields(found)).toEqual([
      'schoolYear',
      'schoolCode',
      'teachingAuxArea',
      'indoorSportsArea',
      'primaryStudents',
      'juniorStudents',
    ]);
    expect(found?.columns[3]?.unit?.kind).toBe('area');
    expect(found?.columns[3]?.header).toBe('教学及辅助用房面积（㎡） / 其中：室内体育用房面积');
  });

  it('skips the repeated second row of a header merged top to bottom', () => {
    const grid = gridOf('学校', [
      ['学校标识码', '学校名称'],
      ['学校标识码', '学校名称'],
      ['5107220001', '城关小学'],
    ]);
    expect(findHeader(grid, SCHOOLS_SHEET)).toMatchObject({ start: 0, height: 1, dataStart: 2 });
  });

  it('gives null when no early row names a template column', () => {
    expect(
      findHeader(
        gridOf('学校', [
          ['名字', '地址'],
          ['a', 'b'],
        ]),
        SCHOOLS_SHEET,
      ),
    ).toBeNull();
  });
});

describe('sheetColumns', () => {
  it('warns on extra and repeated columns, errors on missing ones and misplaced units', () => {
    const grid = gridOf('办学条件', [
      ['学年', '学校标识码', '学校代码', '备注', '图书册数（万元）', '教学仪器设备资产值（万元）'],
    ]);
    const issues = new IssueList();
    const map = sheetColumns(findHeader(grid, STATS_SHEET)!, STATS_SHEET, '办学条件', issues);
    expect(map.get('equipmentValue')?.factor).toBe(10000);
    expect(map.get('schoolCode')?.letter).toBe('B');
    const byCode = (code: string) => issues.items.filter((i) => i.code === code);
    expect(byCode('column_duplicate').map((i) => i.column?.letter)).toEqual(['C']);
    expect(byCode('column_extra').map((i) => i.column?.header)).toEqual(['备注']);
    expect(byCode('unit_mismatch').map((i) => i.column?.letter)).toEqual(['E']);
    expect(byCode('column_missing').map((i) => i.column?.header)).toContain('图书册数');
    expect(byCode('column_missing').map((i) => i.column?.header)).not.toContain('音乐专用教室间数');
    expect(byCode('column_missing')[0]?.severity).toBe('error');
  });
});
