import { describe, expect, it } from 'vitest';
import { indicatorEffect } from './effect';
import { DEFAULT_INDICATOR_PARAMS, type Section } from './indicators';
import { teacher } from './test-fixtures';

function section(schoolCode: string, students: number, backbone: number): Section {
  return {
    schoolCode,
    stage: 'primary',
    students,
    classes: 4,
    counts: { fullTime: 10, aboveRequiredEducation: 10, backbone, peArts: 1 },
  };
}

describe('indicatorEffect', () => {
  it('evens the backbone indicator out when a backbone teacher moves from the richer school', () => {
    // 100 pupils each; backbone 3 vs 1 per 100 → mean 2, CV 0.5. After one move: 2 and 2 → CV 0.
    const sections = [section('A', 100, 3), section('B', 100, 1)];
    const moved = teacher({
      schoolCode: 'A',
      backboneLevel: 'county',
      education: 'bachelor',
      subject: 'math',
    });
    const effect = indicatorEffect(sections, [{ teacher: moved, toSchool: 'B' }], DEFAULT_INDICATOR_PARAMS);
    const backbone = effect.find((e) => e.indicator === 'backbone');
    expect(backbone?.before).toBeCloseTo(0.5, 12);
    expect(backbone?.after).toBeCloseTo(0, 12);
    // Full-time teachers were equal (10 and 10): the move makes them unequal (9 vs 11 → CV 0.1).
    expect(effect.find((e) => e.indicator === 'fullTime')?.after).toBeCloseTo(0.1, 12);
    expect(effect.every((e) => e.stage === 'primary')).toBe(true);
  });
});
