import { useCallback, useState } from 'react';
import { useRequest } from '../../shared/use-request';
import { fetchAssignments, fetchCampaign, fetchCheck, fetchEligible } from './api';

/** Everything the campaign page shows, reloaded together after each write (`version` keys every request). */
export function useCampaign(id: string, countyLevel: boolean) {
  const [version, setVersion] = useState(0);
  const campaign = useRequest(`rotation-campaign:${id}:${version}`, (signal) => fetchCampaign(id, signal));
  const assignments = useRequest(`rotation-assignments:${id}:${version}`, (signal) =>
    fetchAssignments(id, signal),
  );
  const eligible = useRequest(`rotation-eligible:${id}:${version}`, (signal) => fetchEligible(id, signal));
  const check = useRequest(countyLevel ? `rotation-check:${id}:${version}` : null, (signal) =>
    fetchCheck(id, signal),
  );
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { campaign, assignments, eligible, check, refresh };
}
