import { describe, expect, it } from 'vitest';
import {
  BASIC_2012,
  BASIC_2012_PROVINCIAL_EXAMPLE,
  QUALITY_2017,
  STANDARDS,
  standardById,
  standardSchema,
  withOverrides,
} from './index';

describe('standards as data', () => {
  it('basic-2012 has the 8 indicators in the official order and a composite rule 0.65 / 0.55', () => {
    expect(BASIC_2012.indicators.map((i) => i.key)).toEqual([
      'teachingAuxAreaPerStudent',
      'sportsAreaPerStudent',
      'equipmentValuePerStudent',
      'computersPer100',
      'booksPerStudent',
      'teacherStudentRatio',
      'aboveRequiredEducationTeachersPerStudent',
      'intermediateTitleTeachersPerStudent',
    ]);
    expect(BASIC_2012.composite).toEqual({ kind: 'meanOfCvs', threshold: { primary: 0.65, junior: 0.55 } });
    expect(BASIC_2012.population.teachingPoints).toEqual({ kind: 'excludeAll' });
  });

  it('quality-2017 has the 7 indicators with their minimums, CV 0.50 / 0.45 and "6 of 7, 85%"', () => {
    expect(QUALITY_2017.indicators.map((i) => i.key)).toEqual([
      'aboveRequiredEducationTeachersPer100',
      'backboneTeachersPer100',
      'peArtsTeachersPer100',
      'teachingAuxAreaPerStudent',
      'sportsAreaPerStudent',
      'equipmentValuePerStudent',
      'multimediaClassroomsPer100',
    ]);
    expect(QUALITY_2017.indicators[3]?.numerator).toBe('teachingAuxAreaExclIndoorSports');
    expect(QUALITY_2017.schoolRule?.items.map((i) => [i.minimum.primary, i.minimum.junior])).toEqual([
      [4.2, 5.3],
      [1, 1],
      [0.9, 0.9],
      [4.5, 5.8],
      [7.5, 10.2],
      [2000, 2500],
      [2.3, 2.4],
    ]);
    expect(QUALITY_2017.cvThresholds).toEqual({ primary: 0.5, junior: 0.45 });
    expect(QUALITY_2017.schoolRule?.minMet).toBe(6);
    expect(QUALITY_2017.schoolRule?.floorShare).toBe(0.85);
    expect(QUALITY_2017.composite).toBeNull();
  });

  it('carries an example provincial basic standard: 10 minimums, 8 of 10, 60%', () => {
    const rule = BASIC_2012_PROVINCIAL_EXAMPLE.schoolRule;
    expect(rule?.items).toHaveLength(10);
    expect(rule?.minMet).toBe(8);
    expect(rule?.floorShare).toBe(0.6);
  });

  it('every shipped standard is valid against the schema and found by id', () => {
    for (const s of [BASIC_2012, QUALITY_2017, BASIC_2012_PROVINCIAL_EXAMPLE]) {
      expect(() => standardSchema.parse(s)).not.toThrow();
    }
    expect(standardById('quality-2017')).toBe(STANDARDS['quality-2017']);
    expect(standardById('nope')).toBeUndefined();
  });
});

describe('withOverrides', () => {
  it('changes one minimum by key and leaves the rest and the original alone', () => {
    const s = withOverrides(QUALITY_2017, {
      schoolRule: { items: [{ key: 'sportsAreaPerStudent', minimum: { primary: 8 } }] },
    });
    const item = s.schoolRule?.items.find((i) => i.key === 'sportsAreaPerStudent');
    expect(item?.minimum).toEqual({ primary: 8, junior: 10.2 });
    expect(item?.name.zh).toBe('生均体育运动场馆面积');
    expect(s.schoolRule?.items).toHaveLength(7);
    expect(QUALITY_2017.schoolRule?.items[4]?.minimum.primary).toBe(7.5);
  });

  it('changes the teaching-point cutoff, a split weight and the school rule counts', () => {
    const s = withOverrides(QUALITY_2017, {
      version: 'province X 2024',
      population: { teachingPoints: { kind: 'excludeUnder', minStudents: 30 } },
      splitWeights: { nineYear: { junior: 1.15 } },
      schoolRule: { minMet: 7 },
    });
    expect(s.population.teachingPoints).toEqual({ kind: 'excludeUnder', minStudents: 30 });
    expect(s.splitWeights.nineYear).toEqual({ primary: 1, junior: 1.15 });
    expect(s.schoolRule?.minMet).toBe(7);
    expect(s.version).toBe('province X 2024');
  });

  it('switches the teaching-point rule kind whole and gives basic-2012 a provincial school rule', () => {
    const s = withOverrides(QUALITY_2017, { population: { teachingPoints: { kind: 'excludeAll' } } });
    expect(s.population.teachingPoints).toEqual({ kind: 'excludeAll' });
    const b = withOverrides(BASIC_2012, { schoolRule: BASIC_2012_PROVINCIAL_EXAMPLE.schoolRule });
    expect(b.schoolRule?.items).toHaveLength(10);
  });

  it('rejects invalid values', () => {
    expect(() => withOverrides(QUALITY_2017, { cvThresholds: { primary: -1 } })).toThrow();
    expect(() => withOverrides(QUALITY_2017, { schoolRule: { minMet: 9 } })).toThrow();
    expect(() => withOverrides(QUALITY_2017, { schoolRule: { floorShare: 1.5 } })).toThrow();
  });
});
