import { describe, expect, it } from 'vitest';
import { cleanText, columnLetter, compactText } from './text';

describe('compactText', () => {
  it('turns full-width forms half-width and drops all whitespace', () => {
    expect(compactText(' 所属县（区）\n代码 ')).toBe('所属县(区)代码');
    expect(compactText('１２３４５')).toBe('12345');
    expect(compactText('面积（㎡）')).toBe('面积(m2)');
    expect(compactText('其中：室内')).toBe('其中:室内');
  });
});

describe('cleanText', () => {
  it('trims and collapses inner whitespace', () => {
    expect(cleanText('  城关　小学  ')).toBe('城关 小学');
  });
});

describe('columnLetter', () => {
  it('follows Excel lettering', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
