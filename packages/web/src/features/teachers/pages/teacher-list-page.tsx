import { useMemo, useState } from 'react';
import { download } from '../../../app/api/client';
import { fetchSchoolYears } from '../../../app/api/org-api';
import {
  BACKBONE_LEVELS,
  EDUCATIONS,
  STAGES,
  SUBJECTS,
  TITLES,
  type TeacherRow,
} from '../../../app/api/types';
import { useUser } from '../../../app/auth/auth-context';
import { useCounties } from '../../../app/layout/counties-context';
import { effectiveCountyId } from '../../../app/layout/scope';
import { enumOptions } from '../../../i18n/enum-label';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { FilterBar, type FilterField } from '../../../shared/components/filter-bar';
import { PageCard } from '../../../shared/components/page-card';
import { ServerTable } from '../../../shared/components/server-table';
import { formatSchoolYear } from '../../../shared/format';
import { MAX_PAGE_SIZE, useListParams } from '../../../shared/use-list-params';
import { useRequest } from '../../../shared/use-request';
import { fetchSchools } from '../../schools/api';
import { fetchTeachers, TEACHER_FILTER_KEYS, teachersExportUrl, type TeacherFilterKey } from '../api';
import { teacherColumns } from '../components/teacher-columns';
import { TeacherDrawer } from '../components/teacher-drawer';

export function TeacherListPage() {
  const t = useT();
  const [locale] = useLocale();
  const user = useUser();
  const { counties } = useCounties();
  const list = useListParams(TEACHER_FILTER_KEYS);
  const countyId = effectiveCountyId(list.filters.countyId, user, counties);
  const years = useRequest(countyId ? `years:${countyId}` : null, () => fetchSchoolYears(countyId ?? ''));
  // The roster has one row per teacher and school year: without a chosen year the list shows the latest one.
  const latestYear = [...(years.data?.items ?? [])].sort().at(-1);
  const filters = { ...list.filters, schoolYear: list.filters.schoolYear ?? latestYear };
  const query = { ...filters, page: list.page, pageSize: list.pageSize, sort: list.sort };
  const waitForYears =
    countyId !== undefined && countyId !== null && years.data === undefined && !years.error;
  const teachers = useRequest(
    waitForYears ? null : `teachers?${list.key}&year=${filters.schoolYear ?? ''}`,
    (signal) => fetchTeachers(query, signal),
  );
  const schools = useRequest(`school-options:${countyId ?? ''}`, (signal) =>
    fetchSchools({ countyId, pageSize: MAX_PAGE_SIZE, sort: 'name' }, signal),
  );

  const [opened, setOpened] = useState<TeacherRow | null>(null);
  const columns = useMemo(() => teacherColumns(t, locale, [], setOpened), [t, locale]);
  const fields: FilterField<TeacherFilterKey>[] = [
    {
      key: 'countyId',
      kind: 'select',
      label: t('common.county'),
      hidden: counties.length <= 1,
      options: counties.map((county) => ({ value: county.id, label: county.name })),
    },
    {
      key: 'schoolYear',
      kind: 'select',
      label: t('fields.teacher.schoolYear'),
      width: 170,
      options: (years.data?.items ?? []).map((year) => ({ value: year, label: formatSchoolYear(t, year) })),
    },
    {
      key: 'schoolId',
      kind: 'select',
      label: t('pages.teachers.list.school'),
      width: 200,
      options: (schools.data?.items ?? []).map((school) => ({ value: school.id, label: school.name })),
    },
    {
      key: 'stage',
      kind: 'select',
      label: t('fields.teacher.stage'),
      options: enumOptions(t, 'stage', STAGES),
      width: 100,
    },
    {
      key: 'subject',
      kind: 'select',
      label: t('fields.teacher.subject'),
      options: enumOptions(t, 'subject', SUBJECTS),
    },
    {
      key: 'title',
      kind: 'select',
      label: t('fields.teacher.title'),
      options: enumOptions(t, 'title', TITLES),
      width: 110,
    },
    {
      key: 'backboneLevel',
      kind: 'select',
      label: t('fields.teacher.backboneLevel'),
      options: enumOptions(t, 'backboneLevel', BACKBONE_LEVELS),
    },
    {
      key: 'education',
      kind: 'select',
      label: t('fields.teacher.education'),
      options: enumOptions(t, 'education', EDUCATIONS),
      width: 120,
    },
    {
      key: 'q',
      kind: 'search',
      label: t('common.search'),
      placeholder: t('pages.teachers.list.searchPlaceholder'),
    },
  ];

  return (
    <PageCard title={t('pages.teachers.list.title')}>
      <FilterBar
        testId="teacher-filters"
        fields={fields}
        values={filters}
        onChange={list.setFilters}
        onReset={list.resetFilters}
        onExport={() => download(teachersExportUrl({ ...filters, sort: list.sort }))}
      />
      <ErrorAlert error={teachers.error} onRetry={teachers.reload} />
      <ServerTable
        testId="teacher-table"
        columns={columns}
        rows={teachers.data?.items}
        total={teachers.data?.total}
        loading={teachers.loading || (teachers.data === undefined && !teachers.error)}
        page={list.page}
        pageSize={list.pageSize}
        sort={list.sort}
        onChange={list.setPaging}
      />
      <TeacherDrawer teacher={opened} onClose={() => setOpened(null)} />
    </PageCard>
  );
}
