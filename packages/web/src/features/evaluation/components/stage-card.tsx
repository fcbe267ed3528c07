import type { Stage, StageResult, Standard } from '@junheng/core';
import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { enumLabel } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { Chart } from '../../../shared/components/chart';
import { formatAmount, formatCv, formatFixed } from '../format';
import { cvChartOption } from './cv-chart-option';
import { EvalTable } from './eval-table';
import { indicatorColumns } from './indicator-columns';
import { VerdictTag } from './verdict-tag';

interface StageCardProps {
  stage: Stage;
  result: StageResult;
  standard: Standard | undefined;
  exportPrefix: string;
}

/** One stage of the county: the verdict, the composite CV (basic-2012), the indicator table and chart. */
export function StageCard({ stage, result, standard, exportPrefix }: StageCardProps) {
  const t = useT();
  const [locale] = useLocale();
  const columns = useMemo(() => indicatorColumns(t, locale, standard), [t, locale, standard]);
  const option = useMemo(() => cvChartOption(t, locale, result.indicators), [t, locale, result.indicators]);
  const stageName = enumLabel(t, 'stage', stage);
  const hasComposite = result.compositeThreshold !== undefined;
  return (
    <Card
      data-testid={`stage-card-${stage}`}
      style={{ marginBottom: 16 }}
      title={
        <Space>
          {stageName}
          <VerdictTag pass={result.pass} testId={`stage-verdict-${stage}`} />
        </Space>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title={t('pages.evaluation.overview.schoolCount')} value={result.schoolCount} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('pages.evaluation.overview.students')} value={formatAmount(result.students)} />
        </Col>
        {hasComposite ? (
          <Col xs={24} md={12}>
            <Statistic
              title={t('pages.evaluation.overview.compositeCv')}
              value={formatCv(result.compositeCv)}
              styles={{ content: { color: result.pass === false ? '#cf1322' : undefined } }}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                  {t('pages.evaluation.overview.compositeThreshold', {
                    threshold: formatFixed(result.compositeThreshold, 2),
                  })}
                </Typography.Text>
              }
              data-testid={`composite-cv-${stage}`}
            />
          </Col>
        ) : (
          <Col xs={24} md={12}>
            <Typography.Text type="secondary">
              {t('pages.evaluation.overview.cvThreshold', {
                threshold: formatFixed(result.indicators[0]?.threshold, 2),
              })}
            </Typography.Text>
          </Col>
        )}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={13}>
          <EvalTable
            testId={`indicator-table-${stage}`}
            columns={columns}
            rows={result.indicators}
            rowKey={(r) => r.key}
            exportName={`${exportPrefix}-${stageName}`}
          />
        </Col>
        <Col xs={24} xxl={11}>
          <Typography.Text strong>{t('pages.evaluation.overview.chart')}</Typography.Text>
          <Chart
            option={option}
            height={Math.max(240, 40 * result.indicators.length + 60)}
            testId={`cv-chart-${stage}`}
          />
        </Col>
      </Row>
    </Card>
  );
}
