// A fresh database per test file: in-memory PGlite always, and a real PostgreSQL too when TEST_DATABASE_URL is
// set (CI). The PostgreSQL database gets a random name and is dropped afterwards; nothing else is touched.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client';
import { pgliteTemplate } from './pglite-template';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: openPgliteTest }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: () => openPostgresTest(url) });
  return list;
}

async function openPgliteTest(): Promise<Database> {
  const database = await openDatabase({ memory: true, url: '', loadDataDir: await pgliteTemplate() });
  // A no-op on the migrated template; it still proves the template matches the migrations.
  await database.migrate();
  return database;
}

async function openPostgresTest(serverUrl: string): Promise<Database> {
  const dbName = `junheng_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ url: url.toString() });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
