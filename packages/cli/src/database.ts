import { openDatabase, type Database } from '@junheng/server';

export interface DataOptions {
  data?: string;
}

/** Opens the configured database (DATABASE_URL, else PGlite in --data) and applies migrations. */
export async function openMigrated(options: DataOptions): Promise<Database> {
  const database = await openDatabase({ dataDir: options.data ?? './data' });
  await database.migrate();
  return database;
}
