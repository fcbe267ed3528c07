import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Space } from 'antd';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../app/api/errors';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { formatSchoolYear } from '../../../shared/format';
import { withQuery } from '../../../shared/query-string';
import { ReportExclusions, ReportFailingSchools } from '../components/report-lists';
import { ReportStyle } from '../components/report-style';
import { ReportTable } from '../components/report-table';
import { localized } from '../format';
import { countyOf } from '../select';
import { useEvaluationData } from '../use-evaluation-data';
import { useEvaluationParams } from '../use-evaluation-params';

/** BAL-7: the county's self-assessment table as the inspection prints it (/evaluation/report?…). */
export function ReportPage() {
  const t = useT();
  const [locale] = useLocale();
  const [params] = useEvaluationParams();
  const data = useEvaluationData(params);
  const back = withQuery('/evaluation', {
    countyId: params.countyId,
    schoolYear: params.schoolYear,
    standard: params.standard,
  });
  const county = data.evaluation ? countyOf(data.evaluation.result) : undefined;
  const noStats = data.current.error instanceof ApiError && data.current.error.code === 'STATS_NOT_FOUND';

  let sheet;
  if (noStats) sheet = <Alert type="warning" showIcon title={t('pages.evaluation.noStats')} />;
  else if (data.current.error)
    sheet = <ErrorAlert error={data.current.error} onRetry={data.current.reload} />;
  else if (!data.countiesLoading && !data.yearsLoading && !data.schoolYear)
    sheet = <Alert type="warning" showIcon title={t('pages.evaluation.report.missing')} />;
  else if (!data.evaluation || !county || !data.standard) sheet = <Skeleton active />;
  else {
    sheet = (
      <div className="jh-report" data-testid="report-sheet">
        <h1 data-testid="report-title">
          {t('pages.evaluation.report.title', {
            county: data.county?.name ?? county.countyCode,
            year: formatSchoolYear(t, data.evaluation.schoolYear),
            standard: localized(data.standard.name, locale),
          })}
        </h1>
        <div className="jh-report-meta">
          <div>{t('pages.evaluation.report.source', { source: data.standard.source })}</div>
          <div>{t('pages.evaluation.report.fingerprint', { fingerprint: data.evaluation.fingerprint })}</div>
        </div>
        <ReportTable county={county} />
        {data.standard.schoolRule && <ReportFailingSchools county={county} standard={data.standard} />}
        <ReportExclusions county={county} names={data.names} />
      </div>
    );
  }

  return (
    <div data-testid="report-page">
      <ReportStyle />
      <Space className="jh-no-print" style={{ marginBottom: 16 }}>
        <Link to={back}>
          <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
        </Link>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!data.evaluation}
          data-testid="report-print"
        >
          {t('pages.evaluation.report.print')}
        </Button>
      </Space>
      <Card styles={{ body: { padding: 0 } }}>{sheet}</Card>
    </div>
  );
}
