import { describe, expect, it } from 'vitest';
import {
  BACKBONE_LEVEL_LABELS,
  codeOf,
  EDUCATION_LABELS,
  labelOf,
  primaryLabels,
  RUN_BY_LABELS,
  SCHOOL_TYPE_LABELS,
} from './enums';

describe('workbook enumerations', () => {
  it('maps template labels and common variants to codes', () => {
    expect(codeOf(SCHOOL_TYPE_LABELS, '九年一贯制学校')).toBe('nineYear');
    expect(codeOf(SCHOOL_TYPE_LABELS, ' 初中 ')).toBe('junior');
    expect(codeOf(RUN_BY_LABELS, '县（区）级')).toBe('county');
    expect(codeOf(EDUCATION_LABELS, '大专')).toBe('associate');
  });

  it('accepts the English code and returns unknown text unchanged', () => {
    expect(codeOf(SCHOOL_TYPE_LABELS, 'teachingPoint')).toBe('teachingPoint');
    expect(codeOf(SCHOOL_TYPE_LABELS, '幼儿园')).toBe('幼儿园');
  });

  it('writes the first label, and every code has one distinct label', () => {
    expect(labelOf(BACKBONE_LEVEL_LABELS, 'province')).toBe('省级');
    const labels = primaryLabels(SCHOOL_TYPE_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels)
      expect(labelOf(SCHOOL_TYPE_LABELS, codeOf(SCHOOL_TYPE_LABELS, label) as never)).toBe(label);
  });
});
