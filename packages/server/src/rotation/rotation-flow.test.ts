// The plan after generation: edits re-checked at once, locks kept by a new plan, the live check and what-if,
// the status moves (illegal ones 409, each audited), arrival at the receiving school, and the notice workbook.
import { urbanRuralOf } from '@junheng/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import { XLSX_TYPE, xlsxRows } from '../testing/xlsx';
import {
  expectedPlan,
  loadRotationCounty,
  MONTH,
  ROTATION_COUNTY,
  YEAR,
  type RotationWorld,
} from './test-county';

interface AssignmentItem {
  id: string;
  teacherCode: string;
  fromSchool: { id: string; code: string };
  toSchool: { id: string; code: string };
  locked: boolean;
  status: string;
  reasons: { ruleId: string }[];
}
interface Check {
  assignments: number;
  violations: { code: string; teacherCode: string | null }[];
  quotas: { schoolCode: string | null; planned: number; schoolName: string | null }[];
  effect: { stage: string; indicator: string; before: number | null; after: number | null }[];
  flows: { from: string; to: string; count: number }[];
}

describe.each(testDatabases())('rotation plan flow on $name', (testDb) => {
  let t: TestApp;
  let w: RotationWorld;
  let county: Session;
  let campaignId: string;
  let items: AssignmentItem[];
  const plan = expectedPlan();
  const api = (path: string) => `/api/v1/rotation${path}`;
  const urban = ROTATION_COUNTY.schools.find((s) => urbanRuralOf(s.urbanRuralCode) === 'urban')!;
  const status = (action: string, who: Session = county) =>
    call(t.app, who, 'POST', api(`/campaigns/${campaignId}/status`), { payload: { action } });
  const check = async () =>
    ((await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/check`))).json() as { check: Check })
      .check;
  const assignments = async () =>
    (
      (await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/assignments`))).json() as {
        items: AssignmentItem[];
      }
    ).items;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    w = await loadRotationCounty(t);
    county = await w.session('county-r', 'county');
    const res = await call(t.app, county, 'POST', api('/campaigns'), {
      payload: { countyId: w.countyId, schoolYear: YEAR, campaignMonth: MONTH, policy: { preset: 'seed' } },
    });
    campaignId = (res.json() as { campaign: { id: string } }).campaign.id;
    await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/plan`));
    items = await assignments();
  });
  afterAll(async () => t.close());

  it('the live check of an untouched plan is the core plan: no violations, same quotas and CVs, flows add up', async () => {
    const c = await check();
    expect(c.violations).toEqual([]);
    expect(c.assignments).toBe(plan.assignments.length);
    expect(c.quotas.map(({ schoolName: _n, ...q }) => q)).toEqual(plan.quotas);
    expect(c.effect).toEqual(JSON.parse(JSON.stringify(plan.effect)));
    expect(c.flows.reduce((n, f) => n + f.count, 0)).toBe(plan.assignments.length);
    expect(c.flows.every((f) => f.to !== 'urban')).toBe(true);
  });

  it('what-if without any move gives after = before; it stores nothing', async () => {
    const changes = items.map((a) => ({ teacherCode: a.teacherCode, toSchoolId: null }));
    const res = await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/what-if`), {
      payload: { changes },
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = (res.json() as { check: Check }).check;
    expect(c.assignments).toBe(0);
    for (const e of c.effect) expect(e.after).toBeCloseTo(e.before ?? 0, 12);
    expect((await assignments()).length).toBe(items.length);
  });

  it('moving a teacher to an urban school is a named violation, submit is refused (409), moving back clears it', async () => {
    // The list is ordered by sending school id (random per run): pick, by its reasons, a move that fills a
    // shortage and is not sent from the urban school itself (that would be a same-school move, not a direction one).
    const a = items.find(
      (x) => x.fromSchool.code !== urban.schoolCode && x.reasons.some((r) => r.ruleId === 'fillsShortage'),
    )!;
    expect(a, 'the plan fills at least one shortage').toBeDefined();
    const res = await call(t.app, county, 'PATCH', api(`/assignments/${a.id}`), {
      payload: { toSchoolId: w.schoolIds.get(urban.schoolCode) },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { assignment: AssignmentItem; check: Check };
    expect(body.assignment.toSchool.code).toBe(urban.schoolCode);
    expect(body.check.violations).toContainEqual(
      expect.objectContaining({ code: 'direction', teacherCode: a.teacherCode }),
    );
    const refused = await status('submit');
    expect(refused.statusCode).toBe(409);
    expect(errorCode(refused)).toBe('ROTATION_CONFLICT');
    const back = await call(t.app, county, 'PATCH', api(`/assignments/${a.id}`), {
      payload: { toSchoolId: a.toSchool.id },
    });
    expect((back.json() as { check: Check }).check.violations).toEqual([]);
    expect((back.json() as { assignment: AssignmentItem }).assignment.reasons).toEqual(a.reasons);
  });

  it('a locked assignment survives a new plan at its destination', async () => {
    const a = items[1]!;
    await call(t.app, county, 'PATCH', api(`/assignments/${a.id}`), { payload: { locked: true } });
    expect((await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/plan`))).statusCode).toBe(200);
    const again = await assignments();
    const kept = again.find((x) => x.teacherCode === a.teacherCode);
    expect(kept?.locked).toBe(true);
    expect(kept?.toSchool.code).toBe(a.toSchool.code);
    expect(kept?.reasons.map((r) => r.ruleId)).toContain('lock');
    items = again;
  });

  it('moves submit → approve (city) → publish, audited; illegal moves are 409; read-only roles are refused', async () => {
    expect(errorCode(await status('approve'))).toBe('ROTATION_CONFLICT');
    const viewer = await w.session('viewer-r', 'viewer');
    expect(errorCode(await status('submit', viewer))).toBe('FORBIDDEN');
    expect((await status('submit')).statusCode).toBe(200);
    const edit = await call(t.app, county, 'PATCH', api(`/assignments/${items[0]!.id}`), {
      payload: { locked: true },
    });
    expect(edit.statusCode).toBe(409);
    const city = await w.session('city-r', 'city');
    expect(errorCode(await status('submit', city))).toBe('FORBIDDEN');
    expect((await status('approve', city)).statusCode).toBe(200);
    expect((await status('publish', city)).statusCode).toBe(200);
    expect(errorCode(await status('publish'))).toBe('ROTATION_CONFLICT');
    expect((await assignments()).every((x) => x.status === 'confirmed')).toBe(true);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'rotation_campaign'), eq(auditLog.entityId, campaignId)));
    const moves = audits.map((x) => (x.after as { status: string }).status);
    expect(moves.slice(-3)).toEqual(['submitted', 'approved', 'published']);
  });

  it('the receiving school confirms arrival once; the sending school, another school and a teacher cannot', async () => {
    const a = items[0]!;
    const from = ROTATION_COUNTY.teachers.find((x) => x.teacherCode === a.teacherCode)!.schoolCode;
    const other = ROTATION_COUNTY.schools.find(
      (s) => s.schoolCode !== a.toSchool.code && s.schoolCode !== from,
    )!;
    const url = api(`/assignments/${a.id}/arrival`);
    const stranger = await w.session('school-other-flow', 'school', other.schoolCode);
    expect(errorCode(await call(t.app, stranger, 'POST', url))).toBe('NOT_FOUND');
    const sending = await w.session('school-send-flow', 'school', from);
    expect(errorCode(await call(t.app, sending, 'POST', url))).toBe('FORBIDDEN');
    // A teacher account of the receiving school does not even see another teacher's assignment.
    const teacherRole = await w.session('teacher-recv-flow', 'teacher', a.toSchool.code);
    expect(errorCode(await call(t.app, teacherRole, 'POST', url))).toBe('NOT_FOUND');
    const receiving = await w.session('school-recv-flow', 'school', a.toSchool.code);
    const res = await call(t.app, receiving, 'POST', url);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { assignment: AssignmentItem }).assignment.status).toBe('arrived');
    expect(errorCode(await call(t.app, receiving, 'POST', url))).toBe('ROTATION_CONFLICT');
    expect((await status('complete')).statusCode).toBe(200);
  });

  it('a teacher account reads its own assignment and eligible row only, and no export', async () => {
    const a = items[0]!;
    const from = ROTATION_COUNTY.teachers.find((x) => x.teacherCode === a.teacherCode)!.schoolCode;
    const self = await w.session(a.teacherCode, 'teacher', from);
    const mine = await call(t.app, self, 'GET', api(`/campaigns/${campaignId}/assignments`));
    expect(mine.statusCode, mine.body).toBe(200);
    expect((mine.json() as { items: AssignmentItem[] }).items.map((x) => x.id)).toEqual([a.id]);
    const eligible = await call(t.app, self, 'GET', api(`/campaigns/${campaignId}/eligible?all=true`));
    expect(eligible.statusCode, eligible.body).toBe(200);
    const rows = (eligible.json() as { items: { teacherCode: string }[] }).items;
    expect(rows.map((r) => r.teacherCode)).toEqual([a.teacherCode]);
    // Another teacher's assignment does not exist for this account.
    const other = items.find((x) => x.id !== a.id)!;
    expect(errorCode(await call(t.app, self, 'POST', api(`/assignments/${other.id}/arrival`)))).toBe(
      'NOT_FOUND',
    );
    // Its school's account sees more than this one teacher.
    const school = await w.session('school-self-flow', 'school', from);
    const all = (
      await call(t.app, school, 'GET', api(`/campaigns/${campaignId}/eligible?all=true`))
    ).json() as {
      items: unknown[];
    };
    expect(all.items.length).toBeGreaterThan(1);
    const exported = await call(t.app, self, 'GET', api(`/campaigns/${campaignId}/export`));
    expect([403, 404]).toContain(exported.statusCode);
  });

  it('exports the notice: one row per teacher with reasons, the quota sheet and the CV sheet', async () => {
    const res = await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/export`));
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const rows = await xlsxRows(res.rawPayload);
    expect(rows.length).toBe(3 + items.length);
    expect(rows.flat().join('')).toContain('交流轮岗');
  });
});
