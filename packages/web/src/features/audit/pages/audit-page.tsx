import { Input, Space } from 'antd';
import { useMemo } from 'react';
import { download } from '../../../app/api/client';
import { AUDIT_ACTIONS } from '../../../app/api/types';
import { useCounties } from '../../../app/layout/counties-context';
import { enumOptions } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { FilterBar, type FilterField } from '../../../shared/components/filter-bar';
import { PageCard } from '../../../shared/components/page-card';
import { ServerTable } from '../../../shared/components/server-table';
import { useListParams } from '../../../shared/use-list-params';
import { useRequest } from '../../../shared/use-request';
import { AUDIT_ENTITIES, AUDIT_FILTER_KEYS, auditExportUrl, fetchAudit, type AuditFilterKey } from '../api';
import { auditColumns } from '../components/audit-columns';
import { AuditDiff } from '../components/audit-diff';

export function AuditPage() {
  const t = useT();
  const [locale] = useLocale();
  const { counties } = useCounties();
  const list = useListParams(AUDIT_FILTER_KEYS);
  const query = { ...list.filters, page: list.page, pageSize: list.pageSize, sort: list.sort };
  const audit = useRequest(`audit?${list.key}`, (signal) => fetchAudit(query, signal));
  const columns = useMemo(() => auditColumns(t, locale), [t, locale]);

  const fields: FilterField<AuditFilterKey>[] = [
    {
      key: 'countyId',
      kind: 'select',
      label: t('common.county'),
      hidden: counties.length <= 1,
      options: counties.map((county) => ({ value: county.id, label: county.name })),
    },
    {
      key: 'entity',
      kind: 'select',
      label: t('fields.audit.entity'),
      options: enumOptions(t, 'entity', AUDIT_ENTITIES),
    },
    {
      key: 'action',
      kind: 'select',
      label: t('fields.audit.action'),
      options: enumOptions(t, 'auditAction', AUDIT_ACTIONS),
    },
  ];

  return (
    <PageCard title={t('pages.audit.title')}>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('pages.audit.dateRange')}</span>
        <Input
          type="date"
          style={{ width: 160 }}
          value={list.filters.from ?? ''}
          max={list.filters.to}
          onChange={(event) => list.setFilters({ from: event.target.value || undefined })}
          data-testid="audit-from"
        />
        <span>~</span>
        <Input
          type="date"
          style={{ width: 160 }}
          value={list.filters.to ?? ''}
          min={list.filters.from}
          onChange={(event) => list.setFilters({ to: event.target.value || undefined })}
          data-testid="audit-to"
        />
      </Space>
      <FilterBar
        testId="audit-filters"
        fields={fields}
        values={list.filters}
        onChange={list.setFilters}
        onReset={list.resetFilters}
        onExport={() => download(auditExportUrl(list.filters))}
      />
      <ErrorAlert error={audit.error} onRetry={audit.reload} />
      <ServerTable
        testId="audit-table"
        columns={columns}
        rows={audit.data?.items}
        total={audit.data?.total}
        loading={audit.loading}
        page={list.page}
        pageSize={list.pageSize}
        sort={list.sort}
        onChange={list.setPaging}
        expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
      />
    </PageCard>
  );
}
