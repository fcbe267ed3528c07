import type { Standard } from '@junheng/core';
import { Segmented, Select, Space } from 'antd';
import { STAGES, type Stage } from '../../../app/api/types';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { localized } from '../format';

interface IndicatorPickerProps {
  standard: Standard | undefined;
  indicator: string | undefined;
  stage: Stage;
  onChange: (changes: { indicator?: string; stage?: string }) => void;
}

/** Which indicator and stage the drivers and equity views explain. */
export function IndicatorPicker({ standard, indicator, stage, onChange }: IndicatorPickerProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Segmented<Stage>
        value={stage}
        onChange={(value) => onChange({ stage: value })}
        options={STAGES.map((s) => ({ value: s, label: enumLabel(t, 'stage', s) }))}
        data-testid="pick-stage"
      />
      <Select
        style={{ width: 340 }}
        value={indicator}
        aria-label={t('pages.evaluation.drivers.indicator')}
        onChange={(value: string) => onChange({ indicator: value })}
        options={(standard?.indicators ?? []).map((i) => ({
          value: i.key,
          label: localized(i.name, locale),
        }))}
        data-testid="pick-indicator"
      />
    </Space>
  );
}

/** The stage from the URL, primary when absent or unknown. */
export function stageParam(value: string | undefined): Stage {
  return STAGES.find((s) => s === value) ?? 'primary';
}
