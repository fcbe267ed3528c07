import { useMemo } from 'react';
import { download } from '../../../app/api/client';
import { fetchTownships } from '../../../app/api/org-api';
import { OWNERSHIPS, SCHOOL_TYPES, URBAN_RURALS } from '../../../app/api/types';
import { useUser } from '../../../app/auth/auth-context';
import { useCounties } from '../../../app/layout/counties-context';
import { effectiveCountyId } from '../../../app/layout/scope';
import { enumOptions } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { FilterBar, type FilterField } from '../../../shared/components/filter-bar';
import { PageCard } from '../../../shared/components/page-card';
import { ServerTable } from '../../../shared/components/server-table';
import { useListParams } from '../../../shared/use-list-params';
import { useRequest } from '../../../shared/use-request';
import { fetchSchools, SCHOOL_FILTER_KEYS, schoolsExportUrl, type SchoolFilterKey } from '../api';
import { schoolColumns } from '../components/school-columns';

export function SchoolListPage() {
  const t = useT();
  const [locale] = useLocale();
  const user = useUser();
  const { counties } = useCounties();
  const list = useListParams(SCHOOL_FILTER_KEYS);
  const query = { ...list.filters, page: list.page, pageSize: list.pageSize, sort: list.sort };
  const schools = useRequest(`schools?${list.key}`, (signal) => fetchSchools(query, signal));

  const countyId = effectiveCountyId(list.filters.countyId, user, counties);
  const townships = useRequest(countyId ? `townships:${countyId}` : null, () =>
    fetchTownships(countyId ?? ''),
  );

  const columns = useMemo(() => schoolColumns(t, locale), [t, locale]);
  const fields: FilterField<SchoolFilterKey>[] = [
    {
      key: 'countyId',
      kind: 'select',
      label: t('common.county'),
      hidden: counties.length <= 1,
      options: counties.map((county) => ({ value: county.id, label: county.name })),
    },
    {
      key: 'township',
      kind: 'select',
      label: t('fields.school.township'),
      options: (townships.data?.items ?? []).map((township) => ({
        value: township.name,
        label: township.name,
      })),
    },
    {
      key: 'schoolType',
      kind: 'select',
      label: t('fields.school.schoolType'),
      options: enumOptions(t, 'schoolType', SCHOOL_TYPES),
      width: 160,
    },
    {
      key: 'urbanRural',
      kind: 'select',
      label: t('fields.school.urbanRural'),
      options: enumOptions(t, 'urbanRural', URBAN_RURALS),
    },
    {
      key: 'weak',
      kind: 'select',
      label: t('fields.school.weak'),
      options: [
        { value: 'true', label: t('common.yes') },
        { value: 'false', label: t('common.no') },
      ],
      width: 100,
    },
    {
      key: 'ownership',
      kind: 'select',
      label: t('fields.school.ownership'),
      options: enumOptions(t, 'ownership', OWNERSHIPS),
      width: 100,
    },
    {
      key: 'q',
      kind: 'search',
      label: t('common.search'),
      placeholder: t('pages.schools.list.searchPlaceholder'),
    },
  ];

  return (
    <PageCard title={t('pages.schools.list.title')}>
      <FilterBar
        testId="school-filters"
        fields={fields}
        values={list.filters}
        onChange={list.setFilters}
        onReset={list.resetFilters}
        onExport={() => download(schoolsExportUrl({ ...list.filters, sort: list.sort }))}
      />
      <ErrorAlert error={schools.error} onRetry={schools.reload} />
      <ServerTable
        testId="school-table"
        columns={columns}
        rows={schools.data?.items}
        total={schools.data?.total}
        loading={schools.loading}
        page={list.page}
        pageSize={list.pageSize}
        sort={list.sort}
        onChange={list.setPaging}
      />
    </PageCard>
  );
}
