import { PrinterOutlined } from '@ant-design/icons';
import type { Standard } from '@junheng/core';
import { Button, Select, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { County } from '../../../app/api/types';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { formatSchoolYear } from '../../../shared/format';
import { withQuery } from '../../../shared/query-string';
import { localized } from '../format';
import type { EvaluationParams } from '../use-evaluation-params';

interface ToolbarProps {
  counties: County[];
  countyId: string | undefined;
  years: string[];
  schoolYear: string | undefined;
  standards: Standard[];
  standardId: string;
  onChange: (changes: EvaluationParams) => void;
}

/** County (when there is a choice), school year and standard; the print report opens with the same choice. */
export function EvaluationToolbar(props: ToolbarProps) {
  const t = useT();
  const [locale] = useLocale();
  const reportUrl = withQuery('/evaluation/report', {
    countyId: props.countyId,
    schoolYear: props.schoolYear,
    standard: props.standardId,
  });
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('pages.evaluation.title')}
      </Typography.Title>
      <Space wrap>
        {props.counties.length > 1 && (
          <Select
            style={{ width: 180 }}
            value={props.countyId}
            placeholder={t('pages.evaluation.chooseCounty')}
            onChange={(countyId: string) => props.onChange({ countyId, schoolYear: undefined })}
            options={props.counties.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="evaluation-county"
          />
        )}
        <Select
          style={{ width: 210 }}
          value={props.schoolYear}
          aria-label={t('pages.evaluation.schoolYear')}
          onChange={(schoolYear: string) => props.onChange({ schoolYear })}
          options={[...props.years]
            .sort()
            .reverse()
            .map((y) => ({ value: y, label: formatSchoolYear(t, y) }))}
          data-testid="evaluation-year"
        />
        <Select
          style={{ width: 220 }}
          value={props.standardId}
          aria-label={t('pages.evaluation.standard')}
          onChange={(standard: string) => props.onChange({ standard })}
          options={props.standards.map((s) => ({ value: s.id, label: localized(s.name, locale) }))}
          data-testid="evaluation-standard"
        />
        <Link to={reportUrl} data-testid="open-report">
          <Button icon={<PrinterOutlined />} disabled={!props.countyId || !props.schoolYear}>
            {t('pages.evaluation.openReport')}
          </Button>
        </Link>
      </Space>
    </Space>
  );
}
