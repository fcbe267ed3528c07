import { useMemo } from 'react';
import { useT } from '../../../i18n/i18n-context';
import { formatSchoolYear } from '../../../shared/format';
import { useRequest } from '../../../shared/use-request';
import type { EvalColumn } from '../../evaluation/columns';
import { EvalTable } from '../../evaluation/components/eval-table';
import { fetchImports } from '../api';
import type { ImportRun } from '../types';

/** Every committed import of the counties in scope, newest first; `version` reloads it after an import. */
export function ImportHistory({ version }: { version: number }) {
  const t = useT();
  const runs = useRequest(`imports:${version}`, (signal) => fetchImports(signal));
  const columns = useMemo<EvalColumn<ImportRun>[]>(
    () => [
      {
        key: 'at',
        title: t('pages.imports.at'),
        value: (r) => new Date(r.at).toLocaleString('zh-CN'),
        sortable: true,
      },
      { key: 'actor', title: t('pages.imports.actor'), value: (r) => r.actorName },
      { key: 'file', title: t('pages.imports.fileName'), value: (r) => r.fileName },
      {
        key: 'years',
        title: t('pages.imports.schoolYears'),
        value: (r) => r.schoolYears.map((y) => formatSchoolYear(t, y)).join('、'),
      },
      { key: 'schools', title: t('pages.imports.schools'), value: (r) => r.counts.schools, align: 'right' },
      {
        key: 'teachers',
        title: t('pages.imports.teachers'),
        value: (r) => r.counts.teachers,
        align: 'right',
      },
      { key: 'fingerprint', title: t('pages.imports.fingerprint'), value: (r) => r.fingerprint.slice(0, 12) },
    ],
    [t],
  );
  return (
    <EvalTable
      testId="import-history"
      columns={columns}
      rows={runs.data?.items ?? []}
      rowKey={(r) => r.id}
      exportName={t('pages.imports.history')}
      pageSize={10}
    />
  );
}
