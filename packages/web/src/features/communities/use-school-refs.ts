import { useMemo } from 'react';
import type { SchoolRow } from '../../app/api/types';
import type { CommunityItem, SchoolRef } from './types';
import { useCountySchools } from './use-county-schools';

/**
 * The schools a user may name in a form: the county's for the bureau, the schools of its own communities for a
 * school: its own and those of its communities (the server checks again). `rows`: the full rows in scope.
 */
export function useSchoolRefs(
  countyId: string | undefined,
  countyLevel: boolean,
  communities: readonly CommunityItem[] | undefined,
): { refs: SchoolRef[]; rows: SchoolRow[] } {
  // A school-level caller gets its own school here (the server's scope).
  const { schools } = useCountySchools(countyId);
  const refs = useMemo(() => {
    const own = schools.map((s) => ({ id: s.id, code: s.schoolCode, name: s.name }));
    if (countyLevel) return own;
    const byId = new Map<string, SchoolRef>(own.map((s) => [s.id, s]));
    for (const c of communities ?? [])
      for (const m of c.members) if (m.school) byId.set(m.school.id, m.school);
    return [...byId.values()].sort((a, b) => a.code.localeCompare(b.code));
  }, [countyLevel, schools, communities]);
  return { refs, rows: schools };
}
