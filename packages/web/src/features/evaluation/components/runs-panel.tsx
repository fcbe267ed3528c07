import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { useUser } from '../../../app/auth/auth-context';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { useRequest } from '../../../shared/use-request';
import { fetchRuns, saveRun } from '../api';
import { canSaveRun } from '../defaults';
import type { EvaluationQuery } from '../types';
import { EvalTable } from './eval-table';
import { runColumns } from './run-columns';

/** The most recent saved runs are plenty for the page; older ones stay in the API's paged list. */
const RUNS_SHOWN = 100;

/** Save the evaluation as a stored, audited run (county staff and above) and list the runs saved so far. */
export function RunsPanel({ query, exportName }: { query: EvaluationQuery; exportName: string }) {
  const t = useT();
  const [locale] = useLocale();
  const user = useUser();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const runs = useRequest(`runs:${query.countyId}:${query.schoolYear}:${query.standard}`, (signal) =>
    fetchRuns({ ...query, page: 1, pageSize: RUNS_SHOWN }, signal),
  );
  const columns = useMemo(() => runColumns(t, locale), [t, locale]);

  const save = () => {
    setSaving(true);
    setSaveError(undefined);
    saveRun(query).then(
      () => {
        setSaving(false);
        void message.success(t('pages.evaluation.runs.saved'));
        runs.reload();
      },
      (error: unknown) => {
        setSaving(false);
        setSaveError(error);
      },
    );
  };

  return (
    <Card
      title={t('pages.evaluation.runs.title')}
      style={{ marginBottom: 16 }}
      extra={
        canSaveRun(user.role) && (
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            onClick={save}
            data-testid="save-run"
          >
            {t('pages.evaluation.runs.save')}
          </Button>
        )
      }
    >
      <ErrorAlert error={saveError} />
      <ErrorAlert error={runs.error} onRetry={runs.reload} />
      <EvalTable
        testId="runs-table"
        columns={columns}
        rows={runs.data?.items ?? []}
        rowKey={(r) => r.id}
        exportName={exportName}
        pageSize={10}
      />
    </Card>
  );
}
