// The real server for the browser tests: the same app `junheng serve` starts (packages/cli serve.ts), on an
// in-memory PGlite with the demo county, listening on a free port of 127.0.0.1.
import {
  buildApp,
  ensureAdmin,
  loadDemo,
  openDatabase,
  systemClock,
  type Clock,
  type DemoAccount,
  type Database,
} from '@junheng/server';
import type { AddressInfo } from 'node:net';
import { ensureWebBuilt, WEB_DIST } from './web-build';

export interface TestServer {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** The one-time admin password (the admin must change it at first login). */
  adminPassword: string;
  /** The demo accounts with their passwords (no forced change). */
  accounts: DemoAccount[];
  /** Ids of the demo county and its schools, by school code. */
  countyId: string;
  schoolIds: Map<string, string>;
  app: Awaited<ReturnType<typeof buildApp>>;
  database: Database;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Run the server as if started at this instant (its clock then runs on from it); the real time by default. */
  now?: Date;
}

/** A clock that starts at `start` and advances with real time, so expiries and durations still behave. */
export function clockFrom(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  await ensureWebBuilt();
  const clock = options.now === undefined ? systemClock : clockFrom(options.now);
  const database = await openDatabase({ memory: true, url: '' });
  await database.migrate();
  const adminPassword = await ensureAdmin(database.db, clock);
  if (!adminPassword) throw new Error('a fresh database must create the admin');
  const { load, accounts } = await loadDemo(database.db, clock);
  const app = await buildApp({ db: database.db, clock, webDist: WEB_DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    adminPassword,
    accounts,
    countyId: load.countyId,
    schoolIds: load.schoolIds,
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The demo account of a given username; throws when the demo changed and the test needs updating. */
export function account(server: TestServer, username: string): DemoAccount {
  const found = server.accounts.find((a) => a.username === username);
  if (!found) throw new Error(`no demo account ${username}`);
  return found;
}
