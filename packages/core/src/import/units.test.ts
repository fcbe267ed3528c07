import { describe, expect, it } from 'vitest';
import { splitHeader } from './units';

describe('splitHeader', () => {
  it('strips and remembers a unit in brackets, full- or half-width', () => {
    expect(splitHeader('教学及辅助用房面积（㎡）')).toEqual({
      key: '教学及辅助用房面积',
      unit: { label: 'm2', kind: 'area', factor: 1 },
    });
    expect(splitHeader('运动场地面积(m2)').unit?.kind).toBe('area');
    expect(splitHeader('教学仪器设备资产值（万元）')).toEqual({
      key: '教学仪器设备资产值',
      unit: { label: '万元', kind: 'money', factor: 10000 },
    });
    expect(splitHeader('教学仪器设备资产值 (单位：元)').unit).toEqual({
      label: '元',
      kind: 'money',
      factor: 1,
    });
  });

  it('keeps a bracket that is not a unit and drops 其中', () => {
    expect(splitHeader(' 所属县（区）代码 ')).toEqual({ key: '所属县(区)代码', unit: null });
    expect(splitHeader('所属县（区）')).toEqual({ key: '所属县(区)', unit: null });
    expect(splitHeader('其中：室内体育用房面积（㎡）').key).toBe('室内体育用房面积');
  });
});
