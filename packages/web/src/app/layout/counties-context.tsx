import { createContext, useContext, type ReactNode } from 'react';
import { fetchCounties } from '../api/org-api';
import type { County } from '../api/types';
import { useRequest } from '../../shared/use-request';

interface CountiesValue {
  counties: County[];
  loading: boolean;
}

const CountiesContext = createContext<CountiesValue>({ counties: [], loading: true });

/** The counties in the user's scope, fetched once per signed-in user. */
export function CountiesProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const { data, loading } = useRequest(`counties:${userId}`, () => fetchCounties());
  return (
    <CountiesContext.Provider value={{ counties: data?.items ?? [], loading }}>
      {children}
    </CountiesContext.Provider>
  );
}

export function useCounties(): CountiesValue {
  return useContext(CountiesContext);
}
