import type { Reason } from '@junheng/core';
import { Typography } from 'antd';
import { useLocale } from '../../../i18n/i18n-context';
import { textOf } from '../use-rotation-t';

const TYPE: Partial<Record<Reason['effect'], 'success' | 'warning' | 'secondary' | 'danger'>> = {
  due: 'success',
  exempt: 'warning',
  notDue: 'secondary',
  shortfall: 'danger',
};

/** The reasons as short lines; a rule that cleared a teacher ('clear') is left out, it explains nothing here. */
export function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  const [locale] = useLocale();
  const shown = reasons.filter((r) => r.effect !== 'clear');
  return (
    <div style={{ maxWidth: 420 }}>
      {shown.map((r, i) => (
        <div key={`${r.ruleId}-${i}`}>
          <Typography.Text type={TYPE[r.effect]} style={{ fontSize: 12 }}>
            {textOf(locale, r)}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
