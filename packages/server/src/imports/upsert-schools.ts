// The school sheet of a re-import: townships and schools are upserted by name and code (a school missing from
// the file is kept: its earlier years still refer to it); changed schools are audited with before and after.
import { urbanRuralOf, type CountyData, type School } from '@junheng/core';
import { and, eq } from 'drizzle-orm';
import { schools, townships } from '../db/schema';
import { recordAudit } from '../audit/service';
import type { WriteContext } from '../county-data/write';

type SchoolRow = typeof schools.$inferSelect;

function schoolFields(s: School, townshipId: string | null) {
  return {
    name: s.name,
    townshipId,
    schoolType: s.schoolType,
    ownership: s.ownership,
    runBy: s.runBy,
    urbanRuralCode: s.urbanRuralCode,
    urbanRural: urbanRuralOf(s.urbanRuralCode),
    weak: s.weak,
    lng: s.lng,
    lat: s.lat,
  };
}

const changed = (row: SchoolRow, fields: ReturnType<typeof schoolFields>) =>
  (Object.keys(fields) as (keyof typeof fields)[]).some((k) => row[k] !== fields[k]);

/** Returns school code → id for every school of the county after the upsert. */
export async function upsertSchools(
  w: WriteContext,
  data: Pick<CountyData, 'townships' | 'schools'>,
): Promise<Map<string, string>> {
  const { tx, countyId } = w;
  const names = new Set([
    ...data.townships,
    ...data.schools.flatMap((s) => (s.township ? [s.township] : [])),
  ]);
  if (names.size > 0) {
    await tx
      .insert(townships)
      .values([...names].map((name) => ({ countyId, name })))
      .onConflictDoNothing();
  }
  const townshipIds = new Map(
    (await tx.select().from(townships).where(eq(townships.countyId, countyId))).map((t) => [t.name, t.id]),
  );
  const existing = new Map(
    (await tx.select().from(schools).where(eq(schools.countyId, countyId))).map((s) => [s.schoolCode, s]),
  );
  const ids = new Map([...existing].map(([code, row]) => [code, row.id]));
  for (const s of data.schools) {
    const fields = schoolFields(s, s.township ? (townshipIds.get(s.township) ?? null) : null);
    const row = existing.get(s.schoolCode);
    if (!row) {
      const [created] = await tx
        .insert(schools)
        .values({ countyId, schoolCode: s.schoolCode, ...fields })
        .returning({ id: schools.id });
      if (!created) throw new Error('school insert returned no row');
      ids.set(s.schoolCode, created.id);
      await recordAudit(tx, w.clock, {
        actor: w.actor,
        countyId,
        entity: 'school',
        entityId: created.id,
        action: 'import',
        after: { schoolCode: s.schoolCode, ...fields },
      });
    } else if (changed(row, fields)) {
      await tx
        .update(schools)
        .set(fields)
        .where(and(eq(schools.countyId, countyId), eq(schools.id, row.id)));
      await recordAudit(tx, w.clock, {
        actor: w.actor,
        countyId,
        entity: 'school',
        entityId: row.id,
        action: 'import',
        before: row,
        after: { ...row, ...fields },
      });
    }
  }
  // Parents second: a teaching point may come before its central school in the sheet.
  for (const s of data.schools) {
    const parentId = s.parentSchoolCode ? (ids.get(s.parentSchoolCode) ?? null) : null;
    const row = existing.get(s.schoolCode);
    if (row && row.parentSchoolId === parentId) continue;
    await tx
      .update(schools)
      .set({ parentSchoolId: parentId })
      .where(and(eq(schools.countyId, countyId), eq(schools.id, ids.get(s.schoolCode) as string)));
  }
  return ids;
}
