// Bilingual reasons for the zod issues of row-schemas.ts.
import type { z } from 'zod';
import { reason } from './issues';
import type { IssueCode, LocalizedText } from './types';

const KEYED: Readonly<Record<string, { code: IssueCode; reason: LocalizedText }>> = {
  code10: {
    code: 'invalid_code',
    reason: reason('应为 10 位数字的学校标识码', 'should be a 10-digit school code'),
  },
  code6: {
    code: 'invalid_code',
    reason: reason('应为 6 位数字的行政区划代码', 'should be a 6-digit division code'),
  },
  schoolYear: {
    code: 'invalid_school_year',
    reason: reason('学年应写作 2024-2025', 'a school year is written 2024-2025'),
  },
  month: {
    code: 'invalid_month',
    reason: reason('应为年月，如 2016-09', 'should be a year and month such as 2016-09'),
  },
  parentRequired: {
    code: 'required',
    reason: reason('教学点须填写所属中心校标识码', 'a teaching point needs the code of its central school'),
  },
  parentSelf: {
    code: 'impossible_value',
    reason: reason('学校不能是自己的中心校', 'a school cannot be its own central school'),
  },
  indoorExceedsTeaching: {
    code: 'impossible_value',
    reason: reason(
      '室内体育用房面积大于教学及辅助用房面积（前者是后者的一部分）',
      'the indoor sports area is larger than the whole teaching and auxiliary area it is part of',
    ),
  },
};

/** The issue code and reason for one zod issue; `allowed` lists the labels of an enumeration column. */
export function zodReason(
  issue: z.core.$ZodIssue,
  value: unknown,
  allowed: readonly string[] | null,
): { code: IssueCode; reason: LocalizedText } {
  const keyed = KEYED[issue.message];
  if (keyed) return keyed;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null)
        return { code: 'required', reason: reason('必填，不能为空', 'required; it is empty') };
      if (issue.expected === 'int')
        return { code: 'not_an_integer', reason: reason('应为整数', 'should be a whole number') };
      return { code: 'invalid_value', reason: reason('格式不正确', 'has the wrong kind of value') };
    case 'too_small':
      if (issue.origin === 'string')
        return { code: 'required', reason: reason('必填，不能为空', 'required; it is empty') };
      return issue.minimum === 0
        ? { code: 'negative', reason: reason('不能为负数', 'cannot be negative') }
        : {
            code: 'impossible_value',
            reason: reason(`不能小于 ${issue.minimum}`, `cannot be below ${issue.minimum}`),
          };
    case 'too_big':
      return {
        code: 'impossible_value',
        reason: reason(`不能大于 ${issue.maximum}`, `cannot be above ${issue.maximum}`),
      };
    case 'invalid_value': {
      const list = (allowed ?? issue.values.map(String)).join('、');
      return { code: 'invalid_enum', reason: reason(`应为以下之一：${list}`, `should be one of: ${list}`) };
    }
    case 'custom':
    case 'invalid_element':
    case 'invalid_format':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return { code: 'invalid_value', reason: reason('值不正确', 'is not a valid value') };
  }
}
