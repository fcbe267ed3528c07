import { useMemo } from 'react';
import { ApiError } from '../../app/api/errors';
import { fetchSchoolYears } from '../../app/api/org-api';
import { useRequest } from '../../shared/use-request';
import { fetchCurrentEvaluation, fetchStandards } from '../evaluation/api';
import { fetchAssignments, fetchCampaigns } from '../rotation/api';
import { fetchActivities, fetchCommunity, fetchCompliance, fetchResults } from './api';
import type { ResultsAnswer } from './types';

/** The quality-balance standard: its per-school rule names the 7 resource indicators a member is compared on. */
export const COCKPIT_STANDARD = 'quality-2017';

/** The bundled results of the first of these years that has them (the newest first); null when none has. */
async function firstResults(
  countyId: string,
  years: readonly string[],
  signal: AbortSignal,
): Promise<ResultsAnswer | null> {
  for (const schoolYear of years) {
    try {
      return await fetchResults({ countyId, schoolYear }, signal);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 404) continue;
      throw cause;
    }
  }
  return null;
}

/** Everything the community cockpit shows; the county-level parts only for county-level users. */
export function useCockpit(id: string, countyLevel: boolean) {
  const community = useRequest(`community:${id}`, (signal) => fetchCommunity(id, signal));
  const countyId = community.data?.community.countyId;
  const compliance = useRequest(`community-compliance:${id}`, (signal) =>
    fetchCompliance({ communityId: id, countyId }, signal),
  );
  const term = compliance.data?.term;
  const activities = useRequest(countyId && term ? `community-activities:${id}:${term.id}` : null, (signal) =>
    fetchActivities({ countyId, communityId: id, termId: term?.id, pageSize: 100 }, signal),
  );
  // Every user: the years also tell a school user which year's bundled result to show.
  const years = useRequest(countyId ? `school-years:${countyId}` : null, () =>
    fetchSchoolYears(countyId ?? ''),
  );
  const statsYear = [...(years.data?.items ?? [])].sort().at(-1);
  const standards = useRequest(countyLevel ? 'evaluation-standards' : null, (signal) =>
    fetchStandards(signal),
  );
  const evaluation = useRequest(
    countyLevel && countyId && statsYear ? `cockpit-evaluation:${countyId}:${statsYear}` : null,
    (signal) =>
      fetchCurrentEvaluation(
        { countyId: countyId ?? '', schoolYear: statsYear ?? '', standard: COCKPIT_STANDARD },
        signal,
      ),
  );
  const rotations = useRequest(countyId ? `cockpit-rotations:${countyId}` : null, async (signal) => {
    const { items } = await fetchCampaigns(countyId ?? '', signal);
    return Promise.all(
      items.map(async (c) => ({ name: c.name, rows: (await fetchAssignments(c.id, signal)).items })),
    );
  });
  const resultYears = useMemo(
    () =>
      [...new Set([term?.schoolYear, ...[...(years.data?.items ?? [])].sort().reverse()])].filter(
        (y): y is string => y !== undefined,
      ),
    [term, years.data],
  );
  const results = useRequest(
    countyLevel && countyId && term && years.data
      ? `cockpit-results:${countyId}:${resultYears.join(',')}`
      : null,
    (signal) => firstResults(countyId ?? '', resultYears, signal),
  );
  const standard = standards.data?.items.find((s) => s.id === COCKPIT_STANDARD);
  return {
    community,
    compliance,
    activities,
    evaluation,
    standard,
    statsYear,
    rotations,
    results,
    resultYears,
  };
}
