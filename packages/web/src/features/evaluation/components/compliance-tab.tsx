import type { EvaluationAnalysis, Standard } from '@junheng/core';
import { Alert, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { STAGES, type Stage } from '../../../app/api/types';
import { enumOptions } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatPercent, localized } from '../format';
import { countyOf, filterCompliance } from '../select';
import type { EvaluationParams } from '../use-evaluation-params';
import { complianceColumns } from './compliance-columns';
import { EvalTable } from './eval-table';

interface ComplianceTabProps {
  analysis: EvaluationAnalysis;
  standard: Standard | undefined;
  params: EvaluationParams;
  onChange: (changes: EvaluationParams) => void;
  exportPrefix: string;
}

/** Every school section's values against the per-school minimums; a failing value is a red cell. */
export function ComplianceTab({ analysis, standard, params, onChange, exportPrefix }: ComplianceTabProps) {
  const t = useT();
  const [locale] = useLocale();
  const schools = useMemo(() => countyOf(analysis)?.schools ?? [], [analysis]);
  const stage = STAGES.find((s) => s === params.cStage) as Stage | undefined;
  const rows = useMemo(
    () => filterCompliance(schools, { stage, pass: params.cPass }),
    [schools, stage, params.cPass],
  );
  const columns = useMemo(
    () => (standard ? complianceColumns(t, locale, standard) : []),
    [t, locale, standard],
  );
  const rule = standard?.schoolRule;
  const failing = rows.filter((s) => s.pass === false).length;
  return (
    <div data-testid="evaluation-compliance">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          rule
            ? t('pages.evaluation.compliance.rule', {
                rule: localized(rule.name, locale),
                minMet: rule.minMet,
                items: rule.items.length,
                floor: formatPercent(rule.floorShare, 0),
              })
            : t('pages.evaluation.compliance.noRule')
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('pages.evaluation.col.stage')}
          style={{ width: 140 }}
          value={stage}
          onChange={(value?: string) => onChange({ cStage: value })}
          options={enumOptions(t, 'stage', STAGES)}
          data-testid="filter-stage"
        />
        {rule && (
          <Select
            allowClear
            placeholder={t('pages.evaluation.compliance.pass')}
            style={{ width: 140 }}
            value={params.cPass}
            onChange={(value?: string) => onChange({ cPass: value })}
            options={[
              { value: 'true', label: t('pages.evaluation.verdict.pass') },
              { value: 'false', label: t('pages.evaluation.verdict.fail') },
            ]}
            data-testid="filter-pass"
          />
        )}
        <Typography.Text type="secondary" data-testid="compliance-summary">
          {t('pages.evaluation.compliance.summary', { total: rows.length, failing })}
        </Typography.Text>
      </Space>
      <EvalTable
        testId="compliance-table"
        title={t('pages.evaluation.compliance.title')}
        columns={columns}
        rows={rows}
        rowKey={(s) => `${s.schoolCode}:${s.stage}`}
        exportName={`${exportPrefix}-${t('pages.evaluation.compliance.title')}`}
        pageSize={50}
      />
    </div>
  );
}
