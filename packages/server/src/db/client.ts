// One database handle for both deployments (architecture.md, Data): embedded PGlite by default, a node-postgres
// pool when DATABASE_URL is set. Both are Drizzle pg databases over the same schema and migrations.
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database or a transaction: repositories accept either, services decide where the transaction starts. */
export type Executor = Db | Tx;

export interface OpenDatabaseOptions {
  /** postgres://… — a real PostgreSQL. Defaults to process.env.DATABASE_URL. */
  url?: string;
  /** PGlite data directory; `memory://` (or omitted with memory: true) for an in-memory database. */
  dataDir?: string;
  memory?: boolean;
  /** A PGlite data directory dump to start from (tests: a migrated template, which skips initdb). */
  loadDataDir?: Blob;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) return openPostgres(url);
  const dataDir = options.memory ? undefined : (options.dataDir ?? './data');
  if (dataDir && !dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const loadDataDir = options.loadDataDir;
  const client = dataDir
    ? new PGlite(dataDir, loadDataDir ? { loadDataDir } : {})
    : new PGlite(loadDataDir ? { loadDataDir } : {});
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle connection the server drops (restart, failover, pg_terminate_backend) must not take the process down:
  // the pool discards it and opens a new one on the next query.
  pool.on('error', () => undefined);
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (cause) {
    await pool.end();
    throw new DatabaseUnreachableError(`cannot connect to PostgreSQL: ${(cause as Error).message}`);
  }
  const db = drizzlePg(pool, { schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => pool.end(),
  };
}
