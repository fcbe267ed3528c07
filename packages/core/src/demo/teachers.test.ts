import { describe, expect, it } from 'vitest';
import type { Teacher } from '../org/types';
import { urbanRuralOf } from '../org/types';
import { generateDemoCounty } from './county';
import { months, must, schoolIndex } from './test-helpers';

const YEARS = ['2022-2023', '2023-2024', '2024-2025'] as const;
const data = generateDemoCounty();
const schools = schoolIndex(data);
const byYear = new Map(YEARS.map((y) => [y, data.teachers.filter((t) => t.schoolYear === y)]));
const year = (y: (typeof YEARS)[number]): Teacher[] => must(byYear.get(y));
const latest = year('2024-2025');
const share = (xs: Teacher[], f: (t: Teacher) => boolean) => xs.filter(f).length / xs.length;
const areaOf = (t: Teacher) => urbanRuralOf(must(schools.get(t.schoolCode)).urbanRuralCode);

describe('generateDemoCounty: teachers', () => {
  it('has about 2,000 full-time teachers every year', () => {
    for (const y of YEARS) {
      const fullTime = year(y).filter((t) => t.fullTime).length;
      expect(fullTime).toBeGreaterThanOrEqual(1800);
      expect(fullTime).toBeLessThanOrEqual(2300);
    }
  });

  it('refers only to schools that exist, with unique codes per year', () => {
    for (const t of data.teachers) {
      expect(schools.has(t.schoolCode)).toBe(true);
      if (t.employerSchoolCode !== null) expect(schools.has(t.employerSchoolCode)).toBe(true);
    }
    for (const y of YEARS) expect(new Set(year(y).map((t) => t.teacherCode)).size).toBe(year(y).length);
  });

  it('keeps most teachers year to year with stable codes, loses some and hires some', () => {
    for (let i = 1; i < YEARS.length; i++) {
      const before = new Map(year(must(YEARS[i - 1])).map((t) => [t.teacherCode, t]));
      const now = year(must(YEARS[i]));
      const stayed = now.filter((t) => before.has(t.teacherCode));
      expect(stayed.length / before.size).toBeGreaterThan(0.88);
      expect(stayed.length).toBeLessThan(before.size);
      const hired = now.filter((t) => !before.has(t.teacherCode));
      expect(hired.length).toBeGreaterThan(20);
      for (const t of hired) expect(t.atSchoolSince).toBe(`${must(YEARS[i]).slice(0, 4)}-09`);
      for (const t of stayed) {
        const prev = must(before.get(t.teacherCode));
        expect(t.name).toBe(prev.name);
        expect(t.birthMonth).toBe(prev.birthMonth);
        if (t.schoolCode === prev.schoolCode) expect(t.atSchoolSince).toBe(prev.atSchoolSince);
        else expect(t.atSchoolSince).toBe(`${must(YEARS[i]).slice(0, 4)}-09`);
      }
    }
  });

  it('has ages 22–60 and arrival dates no later than the school year and after age 20', () => {
    for (const t of data.teachers) {
      const september = Number(t.schoolYear.slice(0, 4)) * 12 + 8;
      const age = (september - months(t.birthMonth)) / 12;
      expect(age).toBeGreaterThanOrEqual(22);
      expect(age).toBeLessThan(61);
      expect(months(t.atSchoolSince)).toBeLessThanOrEqual(september);
      expect(months(t.atSchoolSince) - months(t.birthMonth)).toBeGreaterThanOrEqual(20 * 12);
    }
  });

  it('has teachers due for rotation (6 and 9 years at one school)', () => {
    const years = latest.map((t) => (months('2024-09') - months(t.atSchoolSince)) / 12);
    expect(years.filter((y) => y >= 6).length / years.length).toBeGreaterThan(0.2);
    expect(years.filter((y) => y >= 9).length / years.length).toBeGreaterThan(0.1);
  });

  it('teaches the stages each school has', () => {
    const stagesAt = new Map<string, Set<string>>();
    for (const t of latest)
      stagesAt.set(t.schoolCode, (stagesAt.get(t.schoolCode) ?? new Set()).add(t.stage));
    for (const s of data.schools) {
      const stages = must(stagesAt.get(s.schoolCode), s.name);
      if (s.schoolType === 'primary' || s.schoolType === 'teachingPoint')
        expect([...stages]).toEqual(['primary']);
      if (s.schoolType === 'junior' || s.schoolType === 'completeSecondary')
        expect([...stages]).toEqual(['junior']);
      if (s.schoolType === 'nineYear') expect(stages.size).toBe(2);
    }
  });

  it('has one principal per school (teaching points are run by their central school)', () => {
    for (const y of YEARS) {
      for (const s of data.schools) {
        const staff = year(y).filter((t) => t.schoolCode === s.schoolCode);
        const principals = staff.filter((t) => t.post === 'principal').length;
        expect(principals).toBe(s.schoolType === 'teachingPoint' ? 0 : 1);
      }
    }
    expect(share(latest, (t) => t.post === 'vice_principal')).toBeGreaterThan(0.02);
    expect(share(latest, (t) => t.post === 'middle_manager')).toBeGreaterThan(0.03);
  });

  it('is about 70% women in primary schools', () => {
    const primary = latest.filter((t) => t.stage === 'primary');
    expect(share(primary, (t) => t.gender === 'female')).toBeGreaterThan(0.62);
    expect(share(primary, (t) => t.gender === 'female')).toBeLessThan(0.78);
  });

  it('has better-qualified city staff and fewer PE and arts teachers in villages', () => {
    const of = (a: string) => latest.filter((t) => areaOf(t) === a);
    const bachelorPlus = (t: Teacher) => t.education === 'bachelor' || t.education === 'postgraduate';
    expect(share(of('urban'), bachelorPlus)).toBeGreaterThan(0.8);
    expect(share(of('rural'), (t) => t.education === 'associate')).toBeGreaterThan(
      share(of('urban'), (t) => t.education === 'associate') * 2,
    );
    const peArts = (t: Teacher) => t.subject === 'pe' || t.subject === 'music' || t.subject === 'fine_arts';
    const primaryOf = (a: string) => of(a).filter((t) => t.stage === 'primary');
    expect(share(primaryOf('rural'), peArts)).toBeLessThan(share(primaryOf('urban'), peArts) * 0.7);
    const subjects = new Map<string, number>();
    for (const t of latest) subjects.set(t.subject, (subjects.get(t.subject) ?? 0) + 1);
    const ranked = [...subjects.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    expect(ranked.slice(0, 2).sort()).toEqual(['chinese', 'math']);
  });

  it('has second and first titles dominant and few senior ones', () => {
    const titles = (t: string) => share(latest, (x) => x.title === t);
    expect(titles('first') + titles('second')).toBeGreaterThan(0.6);
    expect(titles('senior') + titles('senior_professor')).toBeLessThan(0.12);
    expect(titles('senior')).toBeGreaterThan(0);
  });

  it('has about 10% county backbone teachers, fewer higher up, concentrated in the city', () => {
    const level = (l: string | null) => share(latest, (t) => t.backboneLevel === l);
    expect(level('county')).toBeGreaterThan(0.06);
    expect(level('county')).toBeLessThan(0.14);
    expect(level('city')).toBeLessThan(level('county'));
    expect(level('province')).toBeLessThan(level('city'));
    expect(level('national')).toBeLessThan(0.003);
    const backbone = (t: Teacher) => t.backboneLevel !== null;
    const of = (a: string) => latest.filter((t) => areaOf(t) === a);
    expect(share(of('urban'), backbone)).toBeGreaterThan(2 * share(of('rural'), backbone));
  });

  it('has a few non-full-time staff, ~2% uncertified and some county-held posts (县管校聘)', () => {
    expect(share(latest, (t) => !t.fullTime)).toBeGreaterThan(0.005);
    expect(share(latest, (t) => !t.fullTime)).toBeLessThan(0.06);
    expect(share(latest, (t) => !t.certified)).toBeGreaterThan(0.005);
    expect(share(latest, (t) => !t.certified)).toBeLessThan(0.04);
    expect(share(latest, (t) => t.employerSchoolCode === null)).toBeGreaterThan(0.05);
    expect(share(latest, (t) => t.employerSchoolCode === null)).toBeLessThan(0.3);
  });

  it('has plausible Chinese names', () => {
    for (const t of latest) expect(t.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    expect(new Set(latest.map((t) => t.name)).size / latest.length).toBeGreaterThan(0.7);
  });
});
