import { describe, expect, it } from 'vitest';
import { generateProvince } from '../demo/province';
import { STAGES } from '../org/types';
import { buildEvaluationInput } from './build-input';
import { weightedCv } from './cv';
import { evaluateCountyStages } from './evaluate';
import type { EvaluationInput, Section } from './input';
import { indicatorValue } from './indicator-values';
import { BASIC_2012, BASIC_2012_PROVINCIAL_EXAMPLE, QUALITY_2017 } from './standards';
import type { Standard } from './standards/types';
import { valuePlan } from './value-table';

// The county evaluation reads every value from one prepared table per stage. These tests hold it to the plain
// definition: each indicator's CV over indicatorValue() of the stage's sections, each school's values and
// verdict from indicatorValue() of its own section.

function referenceSchool(s: Section, standard: Standard) {
  const values: Record<string, number> = {};
  for (const ind of standard.indicators) values[ind.key] = indicatorValue(s, ind);
  const meets: Record<string, boolean> = {};
  let metCount = 0;
  let noneTooLow = true;
  for (const item of standard.schoolRule?.items ?? []) {
    const v = indicatorValue(s, item);
    values[item.key] = v;
    meets[item.key] = v >= item.minimum[s.stage];
    if (meets[item.key]) metCount += 1;
    else if (v < (standard.schoolRule?.floorShare ?? 0) * item.minimum[s.stage]) noneTooLow = false;
  }
  const rule = standard.schoolRule;
  return { values, meets, metCount, pass: rule === null ? null : metCount >= rule.minMet && noneTooLow };
}

function expectMatchesReference(input: EvaluationInput, standard: Standard) {
  const result = evaluateCountyStages(input, standard);
  for (const stage of STAGES) {
    const own = input.sections.filter((s) => s.stage === stage);
    standard.indicators.forEach((ind, i) => {
      const r = weightedCv(
        own.map((s) => s.students),
        own.map((s) => indicatorValue(s, ind)),
      );
      const got = result.stages[stage].indicators[i];
      expect(got?.key).toBe(ind.key);
      expect(got?.mean).toBe(r.mean);
      expect(got?.cv).toBe(r.defined ? r.cv : null);
      expect(got?.sd).toBe(r.defined ? r.sd : null);
    });
    expect(result.stages[stage].schoolCount).toBe(own.length);
  }
  expect(result.schools).toHaveLength(input.sections.length);
  input.sections.forEach((s, i) => {
    const got = result.schools[i];
    expect([got?.schoolCode, got?.stage]).toEqual([s.schoolCode, s.stage]);
    const want = referenceSchool(s, standard);
    // Same keys in the same order (the JSON output), same numbers to the last bit.
    expect(Object.keys(got?.values ?? {})).toEqual(Object.keys(want.values));
    expect(got?.values).toEqual(want.values);
    expect({ meets: got?.meets, metCount: got?.metCount, pass: got?.pass }).toEqual({
      meets: want.meets,
      metCount: want.metCount,
      pass: want.pass,
    });
  });
}

const counties = [...generateProvince({ counties: 6, seed: 7 })];

describe('evaluateCountyStages from prepared value tables', () => {
  for (const standard of [BASIC_2012, QUALITY_2017, BASIC_2012_PROVINCIAL_EXAMPLE]) {
    it(`equals the per-indicator, per-school definition under ${standard.id}`, () => {
      for (const county of counties)
        expectMatchesReference(buildEvaluationInput(county, '2024-2025', standard), standard);
    });
  }

  it('keeps a school-rule item apart from the indicator of the same key when their definitions differ', () => {
    const first = QUALITY_2017.indicators[0];
    const rule = QUALITY_2017.schoolRule;
    if (first === undefined || rule === null)
      throw new Error('quality-2017 has indicators and a school rule');
    // An item keyed like the first indicator but counting books: the stage CV still uses the indicator,
    // the school's value under that key is the item's (as a record assignment overwrites it).
    const standard: Standard = {
      ...QUALITY_2017,
      schoolRule: {
        ...rule,
        items: [{ ...rule.items[0]!, key: first.key, numerator: 'books', per: 'student' }],
      },
    };
    const plan = valuePlan(standard);
    expect(plan.itemColumns[0]).not.toBe(plan.indicatorColumns[0]);
    expect(plan.valueKeys.filter((k) => k === first.key)).toHaveLength(1);
    expectMatchesReference(buildEvaluationInput(counties[0]!, '2024-2025', standard), standard);
  });

  it('shares a column between an indicator and an item with the same definition', () => {
    const plan = valuePlan(QUALITY_2017);
    expect(plan.columns.length).toBeLessThan(
      QUALITY_2017.indicators.length + (QUALITY_2017.schoolRule?.items.length ?? 0),
    );
  });
});
