// Evaluation runs over the stored data: the same numbers as the core on the same county, stored with their
// fingerprint and audited, readable only within scope, exported as the self-assessment workbook.
import { analyseCounty, QUALITY_2017, type EvaluationAnalysis } from '@junheng/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import { XLSX_TYPE, xlsxRows } from '../testing/xlsx';
import { TEST_YEARS } from '../testing/world-data';

describe.each(testDatabases())('evaluation on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  const year = TEST_YEARS[TEST_YEARS.length - 1] as string;
  const query = () => `countyId=${t.world.counties.a1.id}&schoolYear=${year}&standard=quality-2017`;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
  });
  afterAll(async () => t.close());

  it('evaluates the stored county exactly as the core evaluates its workbook data', async () => {
    const res = await call(t.app, county, 'GET', `/api/v1/evaluation/current?${query()}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { evaluation: { fingerprint: string; result: EvaluationAnalysis } };
    const expected = analyseCounty(t.world.counties.a1.data, year as '2024-2025', QUALITY_2017);
    expect(body.evaluation.result.report).toEqual(JSON.parse(JSON.stringify(expected.report)));
    expect(body.evaluation.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores a run with its fingerprint, audits it, lists it and exports the self-assessment workbook', async () => {
    const current = (await call(t.app, county, 'GET', `/api/v1/evaluation/current?${query()}`)).json() as {
      evaluation: { fingerprint: string };
    };
    const res = await call(t.app, county, 'POST', '/api/v1/evaluation/runs', {
      payload: { countyId: t.world.counties.a1.id, schoolYear: year, standard: 'quality-2017' },
    });
    expect(res.statusCode).toBe(200);
    const run = (res.json() as { run: { id: string; fingerprint: string; actorName: string } }).run;
    expect(run.fingerprint).toBe(current.evaluation.fingerprint);
    expect(run.actorName).toBe('county-a1');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'evaluation_run'), eq(auditLog.entityId, run.id)));
    expect(audits).toHaveLength(1);

    const list = (await call(t.app, county, 'GET', '/api/v1/evaluation/runs')).json() as {
      items: { id: string }[];
      total: number;
    };
    expect(list.items.map((r) => r.id)).toContain(run.id);

    const xlsx = await call(t.app, county, 'GET', `/api/v1/evaluation/runs/${run.id}/export`);
    expect(xlsx.statusCode, xlsx.body.slice(0, 300)).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const sheet = await xlsxRows(xlsx.rawPayload);
    expect(sheet.flat()).toContain('生均体育运动场馆面积');
  });

  it('keeps other counties and schools out, and read-only roles cannot run', async () => {
    const other = await login(t.app, 'county-b1');
    expect(errorCode(await call(t.app, other, 'GET', `/api/v1/evaluation/current?${query()}`))).toBe(
      'COUNTY_NOT_FOUND',
    );
    const school = await login(t.app, 'school-a1-1');
    expect(errorCode(await call(t.app, school, 'GET', `/api/v1/evaluation/current?${query()}`))).toBe(
      'COUNTY_NOT_FOUND',
    );
    const runs = (await call(t.app, other, 'GET', '/api/v1/evaluation/runs')).json() as { total: number };
    expect(runs.total).toBe(0);
  });

  it('trend covers every stored school year; the city view compares its counties', async () => {
    const trend = (
      await call(
        t.app,
        county,
        'GET',
        `/api/v1/evaluation/trend?countyId=${t.world.counties.a1.id}&standard=basic-2012`,
      )
    ).json() as { items: { schoolYear: string }[] };
    expect(trend.items.map((i) => i.schoolYear)).toEqual([...TEST_YEARS]);
    const city = await login(t.app, 'city-a');
    const compare = (
      await call(t.app, city, 'GET', `/api/v1/evaluation/compare?schoolYear=${year}&standard=quality-2017`)
    ).json() as { items: { countyCode: string }[] };
    expect(compare.items.map((c) => c.countyCode).sort()).toEqual(
      [t.world.counties.a1.spec.code, t.world.counties.a2.spec.code].sort(),
    );
  });
});
