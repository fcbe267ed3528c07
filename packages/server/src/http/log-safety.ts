// What the logger may write (architecture.md, Data: no personal data in logs). Query strings carry searches
// for people's names, so requests are logged by path only; database errors carry the statement's parameters
// (names, birth months) in their message and in their driver error, so only the statement text with its
// placeholders, the SQLSTATE and the identifiers of the failing constraint are kept.
import type { FastifyRequest } from 'fastify';

function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?…`;
}

export function safeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: pathOnly(request.url),
    route: request.routeOptions.url,
    remoteAddress: request.ip,
  };
}

const PARAMS = /\nparams:[\s\S]*$/;

interface DbErrorFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

function dbFields(error: unknown): Record<string, unknown> {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const f = e as DbErrorFields;
    if (typeof f.code === 'string' && /^[0-9A-Z]{5}$/.test(f.code)) {
      return { sqlState: f.code, constraint: f.constraint, table: f.table, column: f.column };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return {};
}

export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

export function safeError(error: Error): SafeError {
  const fromDb = dbFields(error);
  // Drizzle's message is the statement (placeholders only) plus its parameters; a driver's own message may
  // quote the offending value, so it is dropped and the SQLSTATE stands in for it.
  const message =
    error.name === 'DrizzleQueryError'
      ? error.message.replace(PARAMS, '')
      : 'sqlState' in fromDb
        ? '(database error)'
        : error.message;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return {
    type: error.name,
    message,
    ...fromDb,
    ...(statusCode === undefined ? {} : { statusCode }),
    stack: frames.join('\n'),
  };
}

export const logSerializers = { req: safeRequest, err: safeError };
