import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  BACKBONE_LEVELS,
  EDUCATIONS,
  OWNERSHIPS,
  ROLES,
  SCHOOL_TYPES,
  STAGES,
  SUBJECTS,
  TITLES,
  URBAN_RURALS,
} from '../app/api/types';
import { enUS } from './en-US';
import { enumLabel } from './enum-label';
import { interpolate, isMessageId, loadLocale, translate, type Translate } from './translate';
import { zhCN } from './zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message maps', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('every message is non-empty and uses the same placeholders in both locales', () => {
    for (const [id, zh] of Object.entries(zhCN)) {
      const en = enUS[id as keyof typeof zhCN];
      expect(zh.trim(), id).not.toBe('');
      expect(en.trim(), id).not.toBe('');
      expect(placeholders(en), id).toEqual(placeholders(zh));
    }
  });

  it('has a label for every enumeration value in both locales', () => {
    const enums: [string, readonly string[]][] = [
      ['schoolType', SCHOOL_TYPES],
      ['urbanRural', URBAN_RURALS],
      ['ownership', OWNERSHIPS],
      ['stage', STAGES],
      ['education', EDUCATIONS],
      ['title', TITLES],
      ['backboneLevel', BACKBONE_LEVELS],
      ['subject', SUBJECTS],
      ['role', ROLES],
      ['auditAction', AUDIT_ACTIONS],
    ];
    for (const [name, values] of enums) {
      for (const value of values)
        expect(isMessageId(`enums.${name}.${value}`), `${name}.${value}`).toBe(true);
    }
  });

  it('shows glossary terms: Chinese in zh-CN, English in en-US', () => {
    expect(translate('zh-CN', 'enums.urbanRural.rural')).toBe('乡村');
    expect(translate('en-US', 'enums.urbanRural.rural')).toBe('Rural');
    expect(translate('zh-CN', 'enums.schoolType.teachingPoint')).toBe('教学点');
    expect(translate('zh-CN', 'enums.title.senior_professor')).toBe('正高级');
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('共 {total} 条', { total: 12 })).toBe('共 12 条');
    expect(interpolate('{a}-{b}', { a: 'x' })).toBe('x-{b}');
    expect(interpolate('plain')).toBe('plain');
  });
});

describe('loadLocale', () => {
  it('defaults to zh-CN and honours a saved valid choice only', () => {
    expect(loadLocale(undefined)).toBe('zh-CN');
    expect(loadLocale({ getItem: () => 'en-US' })).toBe('en-US');
    expect(loadLocale({ getItem: () => 'fr-FR' })).toBe('zh-CN');
    expect(
      loadLocale({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('zh-CN');
  });
});

describe('enumLabel', () => {
  const t: Translate = (id, vars) => translate('zh-CN', id, vars);
  it('labels known values, passes unknown ones through and names a missing backbone level', () => {
    expect(enumLabel(t, 'subject', 'fine_arts')).toBe('美术');
    expect(enumLabel(t, 'entity', 'rotationPlan')).toBe('rotationPlan');
    expect(enumLabel(t, 'backboneLevel', null)).toBe('非骨干');
    expect(enumLabel(t, 'role', undefined)).toBe('');
  });
});
