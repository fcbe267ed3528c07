// The server package's public surface: the app, the database, and the services the CLI calls.
export { buildApp, type BuildAppOptions } from './app';
export {
  openDatabase,
  DatabaseUnreachableError,
  MIGRATIONS_FOLDER,
  type Database,
  type Db,
} from './db/client';
export { systemClock, type Clock } from './shared/clock';
export { DomainError, type DomainErrorCode } from './shared/errors';
export { SYSTEM_ACTOR, ROLES, type Actor, type Role } from './auth/roles';
export { WHOLE_SCOPE, type Scope } from './auth/scope';
export { ensureAdmin, createUser, updateUser, listUsersFor, userIdByName } from './users/service';
export { loadCountyData, type LoadResult } from './demo/load-county';
export { loadDemo, hasSchools, type DemoLoad } from './demo/load-demo';
export type { DemoAccount } from './demo/demo-accounts';
export {
  readCountyWorkbook,
  readCountyWorkbookCompact,
  writeTemplate,
  writeCountyWorkbook,
  writeErrorsWorkbook,
  DEFAULT_LIMITS,
  type CountyWorkbookResult,
  type CompactWorkbookResult,
  type WorkbookInput,
  type ReadProgress,
} from './workbook/index';
export { writeEvaluationWorkbook } from './evaluation/report-workbook';
export { importCountyData, schoolYearsOf, type ImportOutcome } from './imports/service';
export { readCountyData } from './county-data/read';
export * from './rotation/index';
