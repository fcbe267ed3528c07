import { Space, Tooltip, Typography } from 'antd';
import { useLocale } from '../../../i18n/i18n-context';
import type { ComplianceItem } from '../types';
import { localized, useCommunityT } from '../use-community-t';
import { LightTag } from './light-tag';

/** A studio's or a researcher's quotas in a cell: each rule's light and done / required, the rule on hover. */
export function QuotaCell({
  rows,
  showLabel = false,
}: {
  rows: readonly ComplianceItem[] | undefined;
  showLabel?: boolean;
}) {
  const ct = useCommunityT();
  const [locale] = useLocale();
  if (!rows || rows.length === 0)
    return <Typography.Text type="secondary">{ct('common.quotaNone')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2} data-testid="quota-cell">
      {rows.map((r) => (
        <Tooltip key={r.ruleId} title={`${localized(locale, r.label)} · ${r.source}`}>
          <Space size={6}>
            <LightTag status={r.status} behindBy={r.behindBy} />
            <span data-testid="quota-progress">
              {r.done} / {r.required}
            </span>
            {showLabel && <Typography.Text type="secondary">{localized(locale, r.label)}</Typography.Text>}
          </Space>
        </Tooltip>
      ))}
    </Space>
  );
}
