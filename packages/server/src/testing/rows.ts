// Raw SQL rows from either driver (PGlite and node-postgres both answer { rows }).
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/client';

export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
