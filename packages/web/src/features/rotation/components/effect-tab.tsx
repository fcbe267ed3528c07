import type { IndicatorEffect } from '@junheng/core';
import { Alert, Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { effectChartOption, flowChartOption } from '../chart-options';
import { dashboardFigures } from '../dashboard';
import type { PlanCheck } from '../types';
import { textOf, useRotationT } from '../use-rotation-t';
import { DashboardKpis } from './dashboard-kpis';
import { RotationChart } from './rotation-chart';
import { ShortagesCard } from './shortages-card';

type QuotaRow = PlanCheck['quotas'][number];
const cv = (v: number | null) => (v === null ? '—' : v.toFixed(3));

interface Props {
  check: PlanCheck;
  /** The policy's backbone share of those rotated (county-level roles get the whole policy). */
  requiredBackboneShare: number | null;
}

/** The campaign dashboard: headline figures, the CVs before and after, quota compliance, flows, shortages. */
export function EffectTab({ check, requiredBackboneShare }: Props) {
  const t = useT();
  const rt = useRotationT();
  const [locale] = useLocale();
  const indicator = (e: Pick<IndicatorEffect, 'indicator'>) => rt(`indicator.${e.indicator}`);
  const effectOption = useMemo(
    () =>
      effectChartOption(check.effect, {
        indicator: (e) => rt(`indicatorShort.${e.indicator}`),
        stage: (s) => enumLabel(t, 'stage', s),
        before: rt('effect.before'),
        after: rt('effect.after'),
      }),
    [check.effect, rt, t],
  );
  const flowOption = useMemo(
    () =>
      flowChartOption(check.flows, {
        area: (u) => enumLabel(t, 'urbanRural', u),
        sending: (area) => rt('effect.sending', { area }),
        receiving: (area) => rt('effect.receiving', { area }),
      }),
    [check.flows, rt, t],
  );

  const effectColumns: ColumnsType<IndicatorEffect> = [
    {
      title: t('pages.evaluation.col.stage'),
      dataIndex: 'stage',
      render: (s: IndicatorEffect['stage']) => enumLabel(t, 'stage', s),
    },
    { title: t('pages.evaluation.col.indicator'), key: 'indicator', render: (_, e) => indicator(e) },
    { title: rt('effect.before'), dataIndex: 'before', align: 'right', render: cv },
    { title: rt('effect.after'), dataIndex: 'after', align: 'right', render: cv },
    {
      title: rt('effect.change'),
      key: 'change',
      align: 'right',
      render: (_, e) => {
        if (e.before === null || e.after === null) return '—';
        const d = e.after - e.before;
        return (
          <Typography.Text
            type={d < 0 ? 'success' : d > 0 ? 'danger' : undefined}
          >{`${d > 0 ? '+' : ''}${d.toFixed(3)}`}</Typography.Text>
        );
      },
    },
  ];
  const quotaColumns: ColumnsType<QuotaRow> = [
    {
      title: rt('quota.school'),
      key: 'school',
      render: (_, q) => (q.schoolCode === null ? <strong>{rt('quota.county')}</strong> : q.schoolName),
    },
    { title: rt('quota.eligible'), dataIndex: 'eligible', align: 'right' },
    { title: rt('quota.floor'), dataIndex: 'floor', align: 'right' },
    { title: rt('quota.cap'), dataIndex: 'cap', align: 'right' },
    { title: rt('quota.backboneFloor'), dataIndex: 'backboneFloor', align: 'right' },
    { title: rt('quota.planned'), dataIndex: 'planned', align: 'right' },
    { title: rt('quota.plannedBackbone'), dataIndex: 'plannedBackbone', align: 'right' },
    {
      title: rt('status'),
      key: 'meets',
      render: (_, q) =>
        q.planned >= q.floor && q.plannedBackbone >= q.backboneFloor ? (
          <Tag color="green">{rt('quota.meets')}</Tag>
        ) : (
          <Tag color="red">{rt('quota.short')}</Tag>
        ),
    },
  ];

  return (
    <div data-testid="rotation-effect">
      <DashboardKpis figures={dashboardFigures(check, requiredBackboneShare)} />
      <Card size="small" title={rt('effect.title')} style={{ marginBottom: 16 }}>
        <RotationChart option={effectOption} height={360} testId="rotation-effect-chart" />
        <Table<IndicatorEffect>
          rowKey={(e) => `${e.stage}-${e.indicator}`}
          size="small"
          columns={effectColumns}
          dataSource={check.effect}
          pagination={false}
          data-testid="rotation-effect-table"
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card size="small" title={rt('effect.flows')} style={{ marginBottom: 16 }}>
            {check.flows.length === 0 ? (
              <Empty description={rt('effect.noFlows')} />
            ) : (
              <RotationChart option={flowOption} height={320} testId="rotation-sankey" />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <ShortagesCard shortages={check.shortages} />
        </Col>
      </Row>
      <Card size="small" title={rt('effect.quotas')} style={{ marginBottom: 16 }}>
        <Table<QuotaRow>
          rowKey={(q) => q.schoolCode ?? 'county'}
          size="small"
          columns={quotaColumns}
          dataSource={check.quotas}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="rotation-quota-table"
        />
        {check.shortfalls.length > 0 && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title={rt('plan.shortfalls')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {check.shortfalls.map((s, i) => (
                  <li key={i}>{textOf(locale, s)}</li>
                ))}
              </ul>
            }
          />
        )}
      </Card>
    </div>
  );
}
