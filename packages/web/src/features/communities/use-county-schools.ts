import type { SchoolRow } from '../../app/api/types';
import { useRequest } from '../../shared/use-request';
import { fetchSchools } from '../schools/api';

/** Every school of the county in the caller's scope (one page of at most 500: a county has fewer). */
export function useCountySchools(countyId: string | undefined) {
  const answer = useRequest(countyId ? `community-schools:${countyId}` : null, (signal) =>
    fetchSchools({ countyId, pageSize: 500, sort: 'schoolCode' }, signal),
  );
  const schools: SchoolRow[] = answer.data?.items ?? [];
  return { schools, loading: answer.loading, error: answer.error };
}
