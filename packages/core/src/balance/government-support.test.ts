import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../demo/county';
import type { ClassRow } from '../org/types';
import { YEAR, makeCounty, makeSchool, makeStats, makeTeacher } from './fixtures';
import { governmentSupport } from './government-support';
import { DEFAULT_GOVERNMENT_SUPPORT_PARAMS } from './support-types';

const cls = (schoolCode: string, stage: 'primary' | 'junior', students: number): ClassRow => ({
  schoolYear: YEAR,
  schoolCode,
  stage,
  grade: stage === 'primary' ? 3 : 8,
  className: '1班',
  students,
});

function county() {
  return makeCounty({
    schools: [
      makeSchool('5107220001', 'primary'),
      makeSchool('5107220002', 'nineYear'),
      makeSchool('5107220003', 'primary', { ownership: 'private' }),
    ],
    stats: [
      // 25 classes → 3 rooms of each needed; it has 2 music rooms.
      makeStats('5107220001', { primaryStudents: 2100, primaryClasses: 25, musicRooms: 2, artRooms: 3 }),
      makeStats('5107220002', {
        primaryStudents: 1300,
        juniorStudents: 1100,
        primaryClasses: 24,
        juniorClasses: 22,
        musicRooms: 4,
        artRooms: 4,
      }),
      makeStats('5107220003', { primaryStudents: 5000, primaryClasses: 60, musicRooms: 0, artRooms: 0 }),
    ],
    teachers: [
      makeTeacher('5107220001', 'primary'),
      makeTeacher('5107220001', 'primary', { certified: false }),
      makeTeacher('5107220002', 'junior'),
      makeTeacher('5107220003', 'primary', { certified: false }),
    ],
    classes: [
      cls('5107220001', 'primary', 46),
      cls('5107220002', 'junior', 50),
      cls('5107220003', 'primary', 70),
    ],
  });
}

const byKey = (r: ReturnType<typeof governmentSupport>, key: string) => r.items.find((i) => i.key === key);

describe('governmentSupport (教督〔2017〕6号 computable items)', () => {
  it('judges rooms per 12 classes, school size, class size and certification on the population only', () => {
    const r = governmentSupport(county(), YEAR);
    expect(byKey(r, 'artsRooms')).toMatchObject({
      status: 'notMet',
      value: 1,
      offending: [{ schoolCode: '5107220001', value: 2, limit: 3 }],
    });
    // 2100 > 2000 for a primary school; the nine-year school's 2400 is under its 2500; the private one is out.
    expect(byKey(r, 'schoolSize')).toMatchObject({
      status: 'notMet',
      value: 2400,
      offending: [{ schoolCode: '5107220001', value: 2100, limit: 2000 }],
    });
    expect(byKey(r, 'classSize')).toMatchObject({ status: 'notMet', value: 1 });
    expect(byKey(r, 'classSize')?.offending.map((o) => o.schoolCode)).toEqual(['5107220001']);
    expect(byKey(r, 'certifiedTeachers')).toMatchObject({ status: 'notMet', value: 2 / 3 });
    expect(byKey(r, 'rotation')?.status).toBe('notComputed');
    expect(r.allMet).toBe(false);
  });

  it('takes rotation counts as an optional input: ≥ 10% rotated, backbone ≥ 20% of them', () => {
    const ok = governmentSupport(county(), YEAR, {
      eligibleTeachers: 200,
      rotatedTeachers: 20,
      rotatedBackboneTeachers: 4,
    });
    expect(byKey(ok, 'rotation')).toMatchObject({ status: 'met', value: 0.1 });
    expect(byKey(ok, 'rotationBackbone')).toMatchObject({ status: 'met', value: 0.2 });
    const low = governmentSupport(county(), YEAR, {
      eligibleTeachers: 200,
      rotatedTeachers: 19,
      rotatedBackboneTeachers: 3,
    });
    expect(byKey(low, 'rotation')?.status).toBe('notMet');
    expect(byKey(low, 'rotationBackbone')?.status).toBe('notMet');
  });

  it('takes every threshold as a parameter (a county raising rotation to 15% / 25%)', () => {
    const params = {
      ...DEFAULT_GOVERNMENT_SUPPORT_PARAMS,
      maxSchoolSize: 2200,
      minRotationShare: 0.15,
      minBackboneShareOfRotated: 0.25,
      classesPerArtsRoom: 15,
    };
    const r = governmentSupport(
      county(),
      YEAR,
      { eligibleTeachers: 100, rotatedTeachers: 12, rotatedBackboneTeachers: 3 },
      params,
    );
    expect(byKey(r, 'schoolSize')?.status).toBe('met');
    expect(byKey(r, 'artsRooms')?.status).toBe('met');
    expect(byKey(r, 'rotation')?.status).toBe('notMet');
    expect(byKey(r, 'rotationBackbone')?.status).toBe('met');
  });

  it('runs on the demo county with every data item computed', () => {
    const r = governmentSupport(generateDemoCounty(), YEAR);
    for (const key of ['artsRooms', 'schoolSize', 'classSize', 'certifiedTeachers']) {
      expect(byKey(r, key)?.status).not.toBe('notComputed');
    }
    expect(r.allMet).not.toBeNull();
  });
});
