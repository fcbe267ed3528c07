import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

// The page's choices live in the URL, so a view (county, year, standard, tab, indicator) can be bookmarked and
// the print report opened with the same query.
export const EVALUATION_PARAM_KEYS = [
  'countyId',
  'schoolYear',
  'standard',
  'tab',
  'stage',
  'indicator',
  'cStage',
  'cPass',
] as const;
export type EvaluationParamKey = (typeof EVALUATION_PARAM_KEYS)[number];
export type EvaluationParams = Partial<Record<EvaluationParamKey, string>>;

export function useEvaluationParams(): [EvaluationParams, (changes: EvaluationParams) => void] {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  const params = useMemo(() => {
    const current = new URLSearchParams(key);
    const out: EvaluationParams = {};
    for (const name of EVALUATION_PARAM_KEYS) {
      const value = current.get(name);
      if (value) out[name] = value;
    }
    return out;
  }, [key]);
  const update = useCallback(
    (changes: EvaluationParams) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [params, update];
}
