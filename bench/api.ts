// `npm run bench -- api`: the school list of the demo county through the whole stack (session check, scope,
// SQL, zod serialisation), 50 connections, on the embedded PGlite and on PostgreSQL (a scratch database on
// 127.0.0.1 when one answers). The floor is a bare Fastify route sending the same body: what any Node HTTP API
// pays before doing any work.
import { buildApp, ensureAdmin, loadDemo, openDatabase, systemClock, type Database } from '@junheng/server';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { BenchRow } from './types';

const PATH = '/api/v1/schools?page=1&pageSize=20';
const CONNECTIONS = 50;
const SECONDS = 10;
const PG_SERVER = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function load(url: string, cookie: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } });
  // A handful of sockets cut at the end of the run count as errors; more than 1% means the server failed.
  if (result.non2xx > 0 || result.errors > result.requests.total / 100) {
    throw new Error(`bench requests failed: ${result.errors} errors, ${result.non2xx} non-2xx`);
  }
  return result;
}

/** The demo county in `database` and its county account. */
async function seed(database: Database) {
  await database.migrate();
  await ensureAdmin(database.db, systemClock);
  const { accounts } = await loadDemo(database.db, systemClock);
  const county = accounts.find((a) => a.role === 'county');
  if (!county) throw new Error('the demo has no county account');
  return county;
}

/** The app on a free port as the server runs it (read cache on) or without the cache; a logged-in cookie. */
async function serve(database: Database, county: { username: string; password: string }, readCache: boolean) {
  const app = await buildApp({
    db: database.db,
    clock: systemClock,
    loginRateLimit: { max: 1000, timeWindow: 60_000 },
    readCache,
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: county.username, password: county.password },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const body = (await app.inject({ method: 'GET', url: PATH, headers: { cookie } })).body;
  return { app, address, cookie, body };
}

async function measure(label: string, database: Database): Promise<BenchRow[]> {
  const county = await seed(database);
  const rows: BenchRow[] = [];
  // As served (the read cache on) against the goal; without the cache to show what each request costs.
  for (const readCache of [true, false]) {
    const { app, address, cookie, body } = await serve(database, county, readCache);
    const floorApp = Fastify();
    floorApp.get('/api/v1/schools', async (_request, reply) => reply.type('application/json').send(body));
    const floorAddress = await floorApp.listen({ port: 0, host: '127.0.0.1' });
    const ours = await load(address + PATH, cookie);
    const floor = await load(floorAddress + PATH, cookie);
    await floorApp.close();
    await app.close();
    const peerName = 'bare fastify';
    const name = `${label}${readCache ? '' : ' uncached'} GET /schools (${CONNECTIONS} conn)`;
    rows.push(
      {
        name: `${name} p50`,
        ours: ours.latency.p50,
        peer: floor.latency.p50,
        peerName,
        unit: 'ms',
        goal: null,
      },
      {
        name: `${name} p99`,
        ours: ours.latency.p99,
        peer: floor.latency.p99,
        peerName,
        unit: 'ms',
        goal: readCache ? 50 : null,
      },
      {
        name: `${name} throughput`,
        ours: ours.requests.average,
        peer: floor.requests.average,
        peerName,
        unit: 'req/s',
        goal: null,
      },
    );
  }
  return rows;
}

/** A scratch PostgreSQL database, dropped afterwards; null when no server answers. */
async function withPostgres<T>(fn: (database: Database) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: PG_SERVER });
  try {
    await admin.connect();
  } catch {
    console.error(`PostgreSQL not reachable at ${PG_SERVER}: the PostgreSQL rows are skipped`);
    return null;
  }
  const name = `junheng_bench_${randomBytes(5).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_SERVER);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  try {
    return await fn(database);
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function run(): Promise<BenchRow[]> {
  const pglite = await openDatabase({ memory: true, url: '' });
  const rows = await measure('PGlite', pglite);
  await pglite.close();
  return [...rows, ...((await withPostgres((db) => measure('PostgreSQL', db))) ?? [])];
}
