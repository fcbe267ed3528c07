import type { EvaluationAnalysis, Standard } from '@junheng/core';
import { Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { Chart } from '../../../shared/components/chart';
import { formatCv, formatFixed, formatPercent, localized } from '../format';
import { defaultIndicator, explanationFor, remedyFor } from '../select';
import type { EvaluationParams } from '../use-evaluation-params';
import { EvalTable } from './eval-table';
import { IndicatorPicker, stageParam } from './indicator-picker';
import { RemedyCard } from './remedy-card';
import { shareChartOption, SHARE_CHART_TOP } from './share-chart-option';
import { shareColumns } from './share-columns';
import { VerdictTag } from './verdict-tag';

interface DriversTabProps {
  analysis: EvaluationAnalysis;
  standard: Standard | undefined;
  params: EvaluationParams;
  onChange: (changes: EvaluationParams) => void;
  exportPrefix: string;
}

/** BAL-4: which schools push a CV up (their share of the weighted variance) and what would bring it under. */
export function DriversTab({ analysis, standard, params, onChange, exportPrefix }: DriversTabProps) {
  const t = useT();
  const [locale] = useLocale();
  const stage = stageParam(params.stage);
  const indicator = params.indicator ?? defaultIndicator(analysis, stage);
  const explanation = indicator ? explanationFor(analysis, indicator, stage) : undefined;
  const pushers = useMemo(
    () => new Set((explanation?.pushers ?? []).map((p) => p.schoolCode)),
    [explanation],
  );
  const columns = useMemo(() => shareColumns(t, pushers), [t, pushers]);
  const option = useMemo(
    () => shareChartOption(t, explanation?.shares ?? [], pushers),
    [t, explanation, pushers],
  );
  const definition = standard?.indicators.find((i) => i.key === indicator);
  const name = definition ? localized(definition.name, locale) : (indicator ?? '');
  const pass = explanation?.cv == null ? null : explanation.cv <= explanation.threshold;
  return (
    <div data-testid="evaluation-drivers">
      <IndicatorPicker standard={standard} indicator={indicator} stage={stage} onChange={onChange} />
      {!explanation ? (
        <Empty />
      ) : (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Space wrap size="large">
              <Typography.Text strong>{name}</Typography.Text>
              <span data-testid="drivers-cv">
                {t('pages.evaluation.drivers.cv', {
                  cv: formatCv(explanation.cv),
                  threshold: formatFixed(explanation.threshold, 2),
                })}
              </span>
              <VerdictTag pass={pass} />
              {explanation.excessShare > 0 && (
                <Typography.Text type="danger">
                  {t('pages.evaluation.drivers.excess', { share: formatPercent(explanation.excessShare) })}
                </Typography.Text>
              )}
            </Space>
          </Card>
          {explanation.shares.length === 0 ? (
            <Empty description={t('pages.evaluation.drivers.noShares')} style={{ marginBottom: 16 }} />
          ) : (
            <Row gutter={16}>
              <Col xs={24} xl={10}>
                <Card
                  title={t('pages.evaluation.drivers.chart', {
                    n: Math.min(SHARE_CHART_TOP, explanation.shares.length),
                  })}
                  style={{ marginBottom: 16 }}
                >
                  <Chart option={option} height={420} testId="shares-chart" />
                </Card>
              </Col>
              <Col xs={24} xl={14}>
                <Card title={t('pages.evaluation.drivers.shares')} style={{ marginBottom: 16 }}>
                  <EvalTable
                    testId="shares-table"
                    columns={columns}
                    rows={explanation.shares}
                    rowKey={(s) => `${s.schoolCode}:${s.stage}`}
                    exportName={`${exportPrefix}-${name}`}
                    pageSize={10}
                  />
                </Card>
              </Col>
            </Row>
          )}
          <RemedyCard
            remedy={indicator ? remedyFor(analysis, indicator, stage) : undefined}
            exportName={`${exportPrefix}-${name}-${t('pages.evaluation.drivers.remedy')}`}
          />
        </>
      )}
    </div>
  );
}
