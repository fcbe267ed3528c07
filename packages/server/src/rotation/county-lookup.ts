// The CLI names a county by its division code (行政区划代码); the services take its id.
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { counties } from '../db/schema';
import { DomainError } from '../shared/errors';

export async function countyIdByCode(db: Executor, divisionCode: string): Promise<string> {
  const [row] = await db
    .select({ id: counties.id })
    .from(counties)
    .where(eq(counties.divisionCode, divisionCode));
  if (!row) throw new DomainError('COUNTY_NOT_FOUND', `county not found / 县区不存在: ${divisionCode}`);
  return row.id;
}
