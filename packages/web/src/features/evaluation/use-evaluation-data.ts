import { useMemo } from 'react';
import { fetchSchoolYears } from '../../app/api/org-api';
import { useUser } from '../../app/auth/auth-context';
import { useCounties } from '../../app/layout/counties-context';
import { useRequest } from '../../shared/use-request';
import { fetchAllSchools } from '../dashboard/api';
import { fetchCurrentEvaluation, fetchStandards } from './api';
import { DEFAULT_STANDARD, defaultCountyId, defaultSchoolYear } from './defaults';
import type { EvaluationParams } from './use-evaluation-params';

/**
 * What the evaluation pages read for the chosen county, year and standard: the years the county has data for,
 * the standards, the evaluation computed now, and every school's name (excluded schools are not in the report).
 */
export function useEvaluationData(params: EvaluationParams) {
  const user = useUser();
  const { counties, loading: countiesLoading } = useCounties();
  const countyId = defaultCountyId(params.countyId, user, counties);
  const years = useRequest(countyId ? `evaluation-years:${countyId}` : null, () =>
    fetchSchoolYears(countyId ?? ''),
  );
  const yearList = useMemo(() => years.data?.items ?? [], [years.data]);
  const schoolYear = defaultSchoolYear(params.schoolYear, yearList);
  const standardId = params.standard ?? DEFAULT_STANDARD;
  const standards = useRequest('evaluation-standards', (signal) => fetchStandards(signal));
  const standardList = useMemo(() => standards.data?.items ?? [], [standards.data]);
  const standard = standardList.find((s) => s.id === standardId);
  const query = countyId && schoolYear ? { countyId, schoolYear, standard: standardId } : null;
  const current = useRequest(
    query ? `evaluation:${query.countyId}:${query.schoolYear}:${query.standard}` : null,
    (signal) => fetchCurrentEvaluation(query ?? { countyId: '', schoolYear: '', standard: '' }, signal),
  );
  const schools = useRequest(countyId ? `evaluation-schools:${countyId}` : null, (signal) =>
    fetchAllSchools(countyId, signal),
  );
  const names = useMemo(
    () => new Map((schools.data ?? []).map((s) => [s.schoolCode, s.name])),
    [schools.data],
  );
  const county = counties.find((c) => c.id === countyId);
  // The evaluation shown must be the one asked for: while a new choice loads, the old answer is not reused.
  const evaluation =
    current.data &&
    query &&
    current.data.evaluation.schoolYear === query.schoolYear &&
    current.data.evaluation.standard === query.standard &&
    current.data.evaluation.countyId === query.countyId
      ? current.data.evaluation
      : undefined;
  return {
    counties,
    countiesLoading,
    county,
    countyId,
    years: yearList,
    yearsLoading: years.loading,
    schoolYear,
    standardId,
    standards: standardList,
    standard,
    current,
    evaluation,
    names,
  };
}
