// CLI exit codes (one mapper from errors, style.md §7): 0 ok, 1 user error, 2 usage, 3 database unreachable,
// 4 internal error.
import { DatabaseUnreachableError, DomainError } from '@junheng/server';

export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_USAGE = 2;
export const EXIT_DATABASE = 3;
export const EXIT_INTERNAL = 4;

export function exitCodeOf(error: unknown): number {
  if (error instanceof DatabaseUnreachableError) return EXIT_DATABASE;
  if (error instanceof DomainError) return EXIT_USER;
  return EXIT_INTERNAL;
}

export function describeError(error: unknown): string {
  if (error instanceof DomainError) return `${error.code}: ${error.message}`;
  if (error instanceof DatabaseUnreachableError)
    return `数据库无法连接 / database unreachable: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
