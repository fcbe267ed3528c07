import type { Executor } from '../../db/client';
import { countyInScope, type Scope } from '../../auth/scope';
import { DomainError } from '../../shared/errors';
import * as repo from './repository';

export function countiesInScope(db: Executor, scope: Scope) {
  return repo.listCounties(db, scope.countyIds);
}

function assertCounty(scope: Scope, countyId: string): void {
  if (!countyInScope(scope, countyId))
    throw new DomainError('COUNTY_NOT_FOUND', 'county not found / 县区不存在');
}

export async function townshipsOf(db: Executor, scope: Scope, countyId: string) {
  assertCounty(scope, countyId);
  return repo.listTownships(db, countyId);
}

export async function schoolYearsOf(db: Executor, scope: Scope, countyId: string) {
  assertCounty(scope, countyId);
  return repo.listSchoolYears(db, countyId);
}
