// Bench instrumentation: wall time spent inside node-postgres queries, grouped by statement (`insert into
// "teachers"`, `update "schools"` …), so the import's write time splits into PostgreSQL time per table and the
// JavaScript in between (building statements and parameters, drizzle mapping).
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export interface QueryStat {
  statement: string;
  calls: number;
  ms: number;
}

const stats = new Map<string, QueryStat>();

function statementOf(arg: unknown): string {
  const text = typeof arg === 'string' ? arg : ((arg as { text?: string } | null)?.text ?? '?');
  const m =
    /^\s*(insert into|update|delete from|select .*? from|begin|commit|rollback)\s*("?[\w_]+"?)?/i.exec(text);
  return m ? `${m[1]?.startsWith('select') ? 'select from' : m[1]} ${m[2] ?? ''}`.trim() : text.slice(0, 30);
}

/** Wraps pg.Client#query once; every later query is timed. */
export function timeQueries(): () => QueryStat[] {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now();
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).finally === 'function') {
      const key = statementOf(args[0]);
      const s = stats.get(key) ?? { statement: key, calls: 0, ms: 0 };
      stats.set(key, s);
      void (result as Promise<unknown>)
        .finally(() => {
          s.calls += 1;
          s.ms += performance.now() - t0;
        })
        .catch(() => undefined);
    }
    return result;
  };
  return () => [...stats.values()].sort((a, b) => b.ms - a.ms);
}
