import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useUser } from '../../app/auth/auth-context';
import { useCounties } from '../../app/layout/counties-context';
import { effectiveCountyId } from '../../app/layout/scope';
import { useLocale, useT } from '../../i18n/i18n-context';
import { withParams } from '../../shared/query-string';
import { useCommunityT } from './use-community-t';

/**
 * What every community page starts from: both translators, the locale, the signed-in user, the counties in
 * scope, the URL's search params, the county the page is about (chosen in the URL, else the user's own or the
 * only one) and a setter that changes some params in place.
 */
export function usePageContext() {
  const t = useT();
  const ct = useCommunityT();
  const [locale] = useLocale();
  const user = useUser();
  const { counties } = useCounties();
  const [search, setSearch] = useSearchParams();
  const countyId = effectiveCountyId(search.get('countyId') ?? undefined, user, counties);
  const setParams = useCallback(
    (changes: Record<string, string | undefined>) =>
      setSearch(withParams(search, changes), { replace: true }),
    [search, setSearch],
  );
  return { t, ct, locale, user, counties, search, countyId, setParams };
}
