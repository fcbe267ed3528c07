// A scratch PostgreSQL database for the import bench (random name junheng_bench_*, dropped at the end; no other
// database is touched) and psql as a child process for the COPY peer.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDb {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function urlFor(name: string): string {
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDb(): Promise<ScratchDb> {
  const name = `junheng_bench_${randomBytes(6).toString('hex')}`;
  // The name is ours and only [a-z0-9_], so quoting it is enough.
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs one psql command against `db`; resolves with its wall time in ms. */
export function psql(db: string, command: string): Promise<number> {
  const server = new URL(PG_SERVER);
  const args = ['-h', server.hostname, '-p', server.port || '5432', '-U', server.username || 'postgres'];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [...args, '-d', db, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - t0);
      else reject(new Error(`psql failed (${code}): ${stderr.trim()}`));
    });
  });
}
