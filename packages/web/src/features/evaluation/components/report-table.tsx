import type { CountyEvaluation, IndicatorResult } from '@junheng/core';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatAmount, formatCv, formatFixed, localized } from '../format';
import { EVALUATION_STAGES } from '../select';
import { verdictText } from '../verdict';

/**
 * The official table: indicators down, the two stages across, each with the pooled mean and the CV to
 * 3 decimals and the threshold; then the composite (basic-2012) and the verdict.
 */
export function ReportTable({ county }: { county: CountyEvaluation }) {
  const t = useT();
  const [locale] = useLocale();
  const primary = county.stages.primary.indicators;
  const byKey = (stage: 'primary' | 'junior', key: string): IndicatorResult | undefined =>
    county.stages[stage].indicators.find((i) => i.key === key);
  const hasComposite = EVALUATION_STAGES.some((s) => county.stages[s].compositeThreshold !== undefined);
  return (
    <table data-testid="report-table">
      <thead>
        <tr>
          <th rowSpan={2}>#</th>
          <th rowSpan={2}>{t('pages.evaluation.report.indicator')}</th>
          {EVALUATION_STAGES.map((s) => (
            <th key={s} colSpan={3}>
              {enumLabel(t, 'stage', s)}
            </th>
          ))}
        </tr>
        <tr>
          {EVALUATION_STAGES.map((s) => [
            <th key={`${s}m`}>{t('pages.evaluation.col.mean')}</th>,
            <th key={`${s}c`}>{t('pages.evaluation.col.cv')}</th>,
            <th key={`${s}t`}>{t('pages.evaluation.col.threshold')}</th>,
          ])}
        </tr>
      </thead>
      <tbody>
        <tr>
          <td />
          <td>
            {t('pages.evaluation.overview.schoolCount')} / {t('pages.evaluation.overview.students')}
          </td>
          {EVALUATION_STAGES.map((s) => (
            <td key={s} colSpan={3} className="center">
              {county.stages[s].schoolCount} / {formatAmount(county.stages[s].students)}
            </td>
          ))}
        </tr>
        {primary.map((indicator, i) => (
          <tr key={indicator.key}>
            <td className="center">{i + 1}</td>
            <td>{localized(indicator.name, locale)}</td>
            {EVALUATION_STAGES.map((s) => {
              const r = byKey(s, indicator.key);
              return [
                <td key={`${s}m`} className="num">
                  {formatFixed(r?.mean, 3)}
                </td>,
                <td key={`${s}c`} className={r?.pass === false ? 'num fail' : 'num'}>
                  {formatCv(r?.cv)}
                </td>,
                <td key={`${s}t`} className="num">
                  ≤ {formatFixed(r?.threshold, 2)}
                </td>,
              ];
            })}
          </tr>
        ))}
        {hasComposite && (
          <tr>
            <td />
            <td>{t('pages.evaluation.overview.compositeCv')}</td>
            {EVALUATION_STAGES.map((s) => [
              <td key={`${s}m`} />,
              <td key={`${s}c`} className={county.stages[s].pass === false ? 'num fail' : 'num'}>
                {formatCv(county.stages[s].compositeCv)}
              </td>,
              <td key={`${s}t`} className="num">
                ≤ {formatFixed(county.stages[s].compositeThreshold, 2)}
              </td>,
            ])}
          </tr>
        )}
        <tr>
          <td />
          <th>{t('pages.evaluation.report.conclusion')}</th>
          {EVALUATION_STAGES.map((s) => (
            <td
              key={s}
              colSpan={3}
              className={county.stages[s].pass === false ? 'center fail' : 'center'}
              data-testid={`report-verdict-${s}`}
            >
              {verdictText(t, county.stages[s].pass)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
