import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../../i18n/i18n-context';
import { ErrorAlert } from '../../../shared/components/error-alert';
import { ServerTable } from '../../../shared/components/server-table';
import { buildQuery } from '../../../shared/query-string';
import { DEFAULT_PAGE_SIZE } from '../../../shared/use-list-params';
import { useRequest } from '../../../shared/use-request';
import { fetchTeachers } from '../../teachers/api';
import { teacherColumns } from '../../teachers/components/teacher-columns';

/** The school's teachers in one school year (the latest with data unless the server is told otherwise). */
export function SchoolTeachers({ schoolId, schoolYear }: { schoolId: string; schoolYear: string | null }) {
  const t = useT();
  const [locale] = useLocale();
  const [paging, setPaging] = useState({
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: undefined as string | undefined,
  });
  const query = { schoolId, schoolYear: schoolYear ?? undefined, ...paging };
  const teachers = useRequest(`school-teachers?${buildQuery(query)}`, (signal) =>
    fetchTeachers(query, signal),
  );
  const columns = useMemo(() => teacherColumns(t, locale, ['schoolName', 'schoolYear']), [t, locale]);
  return (
    <>
      <ErrorAlert error={teachers.error} onRetry={teachers.reload} />
      <ServerTable
        testId="school-teacher-table"
        columns={columns}
        rows={teachers.data?.items}
        total={teachers.data?.total}
        loading={teachers.loading}
        page={paging.page}
        pageSize={paging.pageSize}
        sort={paging.sort}
        onChange={(page, pageSize, sort) => setPaging({ page, pageSize, sort })}
      />
    </>
  );
}
