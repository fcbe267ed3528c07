// One app per test file over one database (PGlite start-up costs seconds, so files share it across tests),
// with a fake clock, the seeded world, and every /api/v1 route as registered.
import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildApp, type BuildAppOptions } from '../app';
import type { Database } from '../db/client';
import type { TestDatabase } from './databases';
import { fakeClock, type FakeClock } from './clock';
import { seedWorld, type World } from './world';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: FakeClock;
  world: World;
  routes: RouteOptions[];
  close(): Promise<void>;
}

export async function openTestApp(
  testDb: TestDatabase,
  options: Partial<BuildAppOptions> & { seed?: boolean } = {},
): Promise<TestApp> {
  const { seed = true, ...appOptions } = options;
  const database = await testDb.open();
  const clock = fakeClock();
  const world = seed ? await seedWorld(database.db, clock.now) : ({} as World);
  const routes: RouteOptions[] = [];
  const app = await buildApp({
    db: database.db,
    clock: clock.now,
    // Generous by default so tests that log in many users do not trip it; the rate-limit test sets its own.
    loginRateLimit: { max: 10_000, timeWindow: 60_000 },
    onApiRoute: (route) => routes.push(route),
    ...appOptions,
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    world,
    routes,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
