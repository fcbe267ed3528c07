import { Alert, Card, Empty, Skeleton } from 'antd';
import { ApiError } from '../../../app/api/errors';
import { useUser } from '../../../app/auth/auth-context';
import { useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { formatSchoolYear } from '../../../shared/format';
import { EvaluationToolbar } from '../components/evaluation-toolbar';
import { EvaluationTabs } from '../components/evaluation-tabs';
import { canCompareCounties } from '../defaults';
import { useEvaluationData } from '../use-evaluation-data';
import { useEvaluationParams } from '../use-evaluation-params';

export function EvaluationPage() {
  const t = useT();
  const user = useUser();
  const [params, setParams] = useEvaluationParams();
  const data = useEvaluationData(params);
  const noStats = data.current.error instanceof ApiError && data.current.error.code === 'STATS_NOT_FOUND';
  const exportPrefix = `${data.county?.name ?? ''}-${formatSchoolYear(t, data.schoolYear)}`;

  let body;
  if (!data.countiesLoading && !data.countyId) {
    body = <Empty description={t('pages.evaluation.chooseCounty')} />;
  } else if (!data.yearsLoading && data.countyId && data.years.length === 0) {
    body = <Empty description={t('pages.evaluation.noSchoolYears')} />;
  } else if (noStats) {
    body = <Alert type="warning" showIcon title={t('pages.evaluation.noStats')} />;
  } else if (data.current.error) {
    body = <ErrorAlert error={data.current.error} onRetry={data.current.reload} />;
  }

  return (
    <div data-testid="evaluation-page">
      <EvaluationToolbar
        counties={data.counties}
        countyId={data.countyId}
        years={data.years}
        schoolYear={data.schoolYear}
        standards={data.standards}
        standardId={data.standardId}
        onChange={setParams}
      />
      {body ??
        (data.evaluation && data.schoolYear ? (
          <EvaluationTabs
            evaluation={data.evaluation}
            standard={data.standard}
            names={data.names}
            exportPrefix={exportPrefix}
            showCity={canCompareCounties(user.role, data.counties.length)}
            params={params}
            onChange={setParams}
          />
        ) : (
          <Card>
            <Skeleton active data-testid="evaluation-loading" />
          </Card>
        ))}
    </div>
  );
}
