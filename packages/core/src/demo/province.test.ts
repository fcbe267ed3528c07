import { describe, expect, it } from 'vitest';
import { generateProvince } from './province';
import { stableHash } from './test-helpers';

describe('generateProvince', () => {
  it('yields one county at a time, the same for the same seed', () => {
    const a = generateProvince({ seed: 1, counties: 3 });
    const first = a.next();
    expect(first.done).toBe(false);
    const again = generateProvince({ seed: 1, counties: 3 }).next();
    expect(stableHash(again.value)).toBe(stableHash(first.value));
    expect([...a]).toHaveLength(2);
  });

  it('rejects an impossible county count', () => {
    expect(() => generateProvince({ counties: 0 }).next()).toThrow(RangeError);
  });

  it('builds ~9,000 schools and ~600,000 teachers in 183 counties for one school year', () => {
    let counties = 0;
    let schools = 0;
    let teachers = 0;
    const schoolCodes = new Set<string>();
    const divisionCodes = new Set<string>();
    const countyNames = new Set<string>();
    const years = new Set<string>();
    const started = performance.now();
    for (const county of generateProvince({ seed: 2025 })) {
      counties++;
      schools += county.schools.length;
      teachers += county.teachers.length;
      divisionCodes.add(county.county.divisionCode);
      countyNames.add(county.county.name);
      expect(county.county.divisionCode).toMatch(/^51\d{4}$/);
      expect(county.county.cityDivisionCode).toBe(`${county.county.divisionCode.slice(0, 4)}00`);
      for (const s of county.schools) {
        expect(s.schoolCode).toMatch(/^\d{10}$/);
        schoolCodes.add(s.schoolCode);
      }
      for (const r of county.stats) years.add(r.schoolYear);
    }
    // No timing assertion; the figure is for the reader of the test log.
    console.info(
      `province: ${counties} counties, ${schools} schools, ${teachers} teachers in ${Math.round(performance.now() - started)} ms`,
    );
    expect(counties).toBe(183);
    expect(divisionCodes.size).toBe(183);
    expect(countyNames.size).toBe(183);
    expect(schoolCodes.size).toBe(schools);
    expect(schools).toBeGreaterThan(8100);
    expect(schools).toBeLessThan(9900);
    expect(teachers).toBeGreaterThan(540_000);
    expect(teachers).toBeLessThan(660_000);
    expect([...years]).toEqual(['2024-2025']);
  });
});
