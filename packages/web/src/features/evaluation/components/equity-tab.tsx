import type { EquityReport, EvaluationAnalysis, Standard, TheilGroup, UrbanRural } from '@junheng/core';
import { Card, Col, Empty, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import type { MessageId } from '../../../i18n/zh-CN';
import { Chart } from '../../../shared/components/chart';
import type { EvalColumn } from '../columns';
import { formatCv, formatFixed, formatPercent, localized, measureValue, NO_VALUE } from '../format';
import { defaultIndicator, equityFor } from '../select';
import { THEIL_GROUPS, theilStack } from '../theil-stack';
import type { EvaluationParams } from '../use-evaluation-params';
import { lorenzOption, theilOption } from './equity-chart-options';
import { EvalTable } from './eval-table';
import { IndicatorPicker, stageParam } from './indicator-picker';

interface EquityTabProps {
  analysis: EvaluationAnalysis;
  standard: Standard | undefined;
  params: EvaluationParams;
  onChange: (changes: EvaluationParams) => void;
  exportPrefix: string;
}

function measures(e: EquityReport): [MessageId, string][] {
  const v = (m: Parameters<typeof measureValue>[0]) => formatFixed(measureValue(m), 4);
  return [
    ['pages.evaluation.equity.cv', e.cv.defined ? formatCv(e.cv.cv) : NO_VALUE],
    ['pages.evaluation.equity.gini', v(e.gini)],
    ['pages.evaluation.equity.theilT', v(e.theil.theilT)],
    ['pages.evaluation.equity.theilL', v(e.theil.theilL)],
    ['pages.evaluation.equity.mcLoone', v(e.mcLoone)],
    ['pages.evaluation.equity.verstegen', v(e.verstegen)],
    ['pages.evaluation.equity.median', formatFixed(e.median, 3)],
  ];
}

/** BAL-5: Gini and the Lorenz curve, Theil T/L by urban / town / rural, McLoone and Verstegen. */
export function EquityTab({ analysis, standard, params, onChange, exportPrefix }: EquityTabProps) {
  const t = useT();
  const [locale] = useLocale();
  const stage = stageParam(params.stage);
  const indicator = params.indicator ?? defaultIndicator(analysis, stage);
  const equity = indicator ? equityFor(analysis, indicator, stage)?.equity : undefined;
  const definition = standard?.indicators.find((i) => i.key === indicator);
  const name = definition ? localized(definition.name, locale) : (indicator ?? '');
  const lorenz = useMemo(() => lorenzOption(t, name, equity?.lorenz ?? []), [t, name, equity]);
  const theil = useMemo(() => (equity ? theilOption(t, theilStack(equity.theil)) : {}), [t, equity]);
  const groupColumns = useMemo((): EvalColumn<TheilGroup>[] => {
    const m = (x: TheilGroup['theilT']) => {
      const v = measureValue(x);
      return v === null ? null : Number(v.toFixed(5));
    };
    return [
      {
        key: 'group',
        title: t('pages.evaluation.equity.groups'),
        value: (g) => enumLabel(t, 'urbanRural', g.label),
      },
      {
        key: 'p',
        title: t('pages.evaluation.equity.groupStudentShare'),
        align: 'right',
        value: (g) => formatPercent(g.studentShare),
      },
      {
        key: 's',
        title: t('pages.evaluation.equity.groupResourceShare'),
        align: 'right',
        value: (g) => formatPercent(g.resourceShare),
      },
      {
        key: 'mean',
        title: t('pages.evaluation.equity.groupMean'),
        align: 'right',
        value: (g) => Number(g.mean.toFixed(3)),
      },
      {
        key: 't',
        title: t('pages.evaluation.equity.theilT'),
        align: 'right',
        value: (g) => m(g.theilT),
        render: (g) => formatFixed(measureValue(g.theilT), 5),
      },
      {
        key: 'l',
        title: t('pages.evaluation.equity.theilL'),
        align: 'right',
        value: (g) => m(g.theilL),
        render: (g) => formatFixed(measureValue(g.theilL), 5),
      },
    ];
  }, [t]);
  return (
    <div data-testid="evaluation-equity">
      <IndicatorPicker standard={standard} indicator={indicator} stage={stage} onChange={onChange} />
      {!equity ? (
        <Empty />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {measures(equity).map(([id, value]) => (
              <Col key={id} xs={12} md={6} xl={3}>
                <Card size="small">
                  <Statistic title={t(id)} value={value} data-testid={`measure-${id.split('.').at(-1)}`} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Card title={t('pages.evaluation.equity.lorenz')} style={{ marginBottom: 16 }}>
                <Chart option={lorenz} height={380} testId="lorenz-chart" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('pages.evaluation.equity.theil')} style={{ marginBottom: 16 }}>
                <Chart option={theil} height={240} testId="theil-chart" />
                <EvalTable
                  testId="theil-groups-table"
                  columns={groupColumns}
                  rows={[...equity.theil.groups].sort(
                    (a, b) =>
                      THEIL_GROUPS.indexOf(a.label as UrbanRural) -
                      THEIL_GROUPS.indexOf(b.label as UrbanRural),
                  )}
                  rowKey={(g) => g.label}
                  exportName={`${exportPrefix}-${name}-${t('pages.evaluation.equity.groups')}`}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
