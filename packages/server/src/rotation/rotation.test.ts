// Campaigns, the eligible list, exemptions and the generated plan over the stored county: the same plan as the
// core on the same data, audited, and scoped (other counties see nothing, schools see their own teachers).
import { rotationEligibility, SEED_POLICY, urbanRuralOf, type Reason } from '@junheng/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import {
  expectedPlan,
  loadRotationCounty,
  MONTH,
  ROTATION_COUNTY,
  YEAR,
  type RotationWorld,
} from './test-county';

interface EligibleItem {
  teacherCode: string;
  school: { code: string };
  due: boolean;
  eligible: boolean;
  reasons: Reason[];
  exemptions: { id: string; rule: string }[];
}
interface AssignmentItem {
  id: string;
  teacherCode: string;
  fromSchool: { code: string };
  toSchool: { code: string };
  reasons: Reason[];
  locked: boolean;
}

describe.each(testDatabases())('rotation campaigns on $name', (testDb) => {
  let t: TestApp;
  let w: RotationWorld;
  let county: Session;
  let campaignId: string;
  const plan = expectedPlan();
  const first = plan.assignments[0]!;
  const sender = first.fromSchool;
  const receiver = first.toSchool;
  const api = (path: string) => `/api/v1/rotation${path}`;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    w = await loadRotationCounty(t);
    county = await w.session('county-r', 'county');
  });
  afterAll(async () => t.close());

  it('creates a campaign with the seed policy, audited; other counties and schools cannot', async () => {
    const res = await call(t.app, county, 'POST', api('/campaigns'), {
      payload: { countyId: w.countyId, schoolYear: YEAR, campaignMonth: MONTH, policy: { preset: 'seed' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const campaign = (res.json() as { campaign: { id: string; status: string; policy: { quota: unknown } } })
      .campaign;
    expect(campaign.status).toBe('draft');
    expect(campaign.policy.quota).toEqual(SEED_POLICY.quota);
    campaignId = campaign.id;
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'rotation_campaign'), eq(auditLog.entityId, campaignId)));
    expect(audits.map((a) => a.action)).toEqual(['create']);

    const other = await login(t.app, 'county-a1');
    const payload = { countyId: w.countyId, schoolYear: YEAR, policy: { preset: 'seed' } };
    expect(errorCode(await call(t.app, other, 'POST', api('/campaigns'), { payload }))).toBe(
      'COUNTY_NOT_FOUND',
    );
    expect((await call(t.app, other, 'GET', api(`/campaigns/${campaignId}`))).statusCode).toBe(404);
    const school = await w.session('school-send', 'school', sender);
    expect((await call(t.app, school, 'POST', api('/campaigns'), { payload })).statusCode).toBe(404);
    const viewer = await w.session('viewer-r', 'viewer');
    expect(errorCode(await call(t.app, viewer, 'POST', api('/campaigns'), { payload }))).toBe('FORBIDDEN');
    const bad = { ...payload, policy: { preset: 'seed', overrides: { quota: { shareOfEligible: 2 } } } };
    expect((await call(t.app, county, 'POST', api('/campaigns'), { payload: bad })).statusCode).toBe(400);
  });

  it('lists the due teachers with the rules that made them due, as the core decides', async () => {
    const res = await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/eligible`));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: EligibleItem[]; totals: { due: number; eligible: number } };
    const core = rotationEligibility({
      teachers: ROTATION_COUNTY.teachers,
      policy: SEED_POLICY,
      campaignMonth: MONTH,
    });
    expect(body.totals.due).toBe(core.filter((r) => r.due).length);
    expect(body.totals.eligible).toBe(core.filter((r) => r.eligible).length);
    expect(body.totals.eligible).toBe(plan.eligibility.filter((e) => e.eligible).length);
    const one = body.items.find((i) => i.teacherCode === first.teacherCode);
    expect(one?.eligible).toBe(true);
    expect(one?.reasons.find((r) => r.effect === 'due')?.ruleId).toMatch(/yearsAtSchool|principalTerms/);
  });

  it('a school sees and exempts only its own teachers; the exemption removes the teacher from the pool', async () => {
    const school = await w.session('school-send', 'school', sender);
    const own = (await call(t.app, school, 'GET', api(`/campaigns/${campaignId}/eligible`))).json() as {
      items: EligibleItem[];
    };
    expect(own.items.length).toBeGreaterThan(0);
    expect(new Set(own.items.map((i) => i.school.code))).toEqual(new Set([sender]));

    const stranger = ROTATION_COUNTY.teachers.find((x) => x.schoolCode !== sender)!;
    const foreign = { teacherCode: stranger.teacherCode, rule: 'certifiedIllness', evidence: '证明' };
    const refused = await call(t.app, school, 'POST', api(`/campaigns/${campaignId}/exemptions`), {
      payload: foreign,
    });
    expect(errorCode(refused)).toBe('TEACHER_NOT_FOUND');

    const mine = {
      teacherCode: first.teacherCode,
      rule: 'pregnancyOrNursing',
      evidence: '孕期证明（县妇幼保健院）',
    };
    const res = await call(t.app, school, 'POST', api(`/campaigns/${campaignId}/exemptions`), {
      payload: mine,
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/eligible`))).json() as {
      items: EligibleItem[];
    };
    const exempted = list.items.find((i) => i.teacherCode === first.teacherCode);
    expect(exempted?.eligible).toBe(false);
    expect(exempted?.reasons.some((r) => r.ruleId === 'pregnancyOrNursing' && r.effect === 'exempt')).toBe(
      true,
    );
    expect(exempted?.exemptions.map((e) => e.rule)).toEqual(['pregnancyOrNursing']);

    const recent = { teacherCode: first.teacherCode, rule: 'rotatedRecently', evidence: '2023 年已交流' };
    const missing = await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/exemptions`), {
      payload: recent,
    });
    expect(missing.statusCode).toBe(400);

    const id = exempted?.exemptions[0]?.id ?? '';
    expect((await call(t.app, school, 'DELETE', api(`/exemptions/${id}`))).statusCode).toBe(200);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'rotation_exemption'));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('generates the same plan as the core on the same data, stores it, audits it', async () => {
    const res = await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/plan`));
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { campaign: { status: string } }).campaign.status).toBe('planned');
    const stored = (await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/assignments`))).json() as {
      items: AssignmentItem[];
    };
    const key = (a: { teacherCode: string; from: string; to: string }) =>
      `${a.teacherCode}:${a.from}>${a.to}`;
    expect(
      stored.items.map((a) => key({ ...a, from: a.fromSchool.code, to: a.toSchool.code })).sort(),
    ).toEqual(plan.assignments.map((a) => key({ ...a, from: a.fromSchool, to: a.toSchool })).sort());
    const detail = (await call(t.app, county, 'GET', api(`/campaigns/${campaignId}`))).json() as {
      campaign: { assignmentCount: number; plan: { quotas: unknown; effect: unknown; status: string } };
    };
    expect(detail.campaign.assignmentCount).toBe(plan.assignments.length);
    expect(detail.campaign.plan.quotas).toEqual(plan.quotas);
    expect(detail.campaign.plan.effect).toEqual(JSON.parse(JSON.stringify(plan.effect)));
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'rotation_campaign'), eq(auditLog.entityId, campaignId)));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect((audits[1]?.after as { assignments: number }).assignments).toBe(plan.assignments.length);
  });

  it('a school sees only the assignments from or to it, and no plan summary', async () => {
    const school = await w.session('school-recv', 'school', receiver);
    const seen = (await call(t.app, school, 'GET', api(`/campaigns/${campaignId}/assignments`))).json() as {
      items: AssignmentItem[];
    };
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.items.every((a) => a.fromSchool.code === receiver || a.toSchool.code === receiver)).toBe(
      true,
    );
    expect(seen.items.length).toBe(
      plan.assignments.filter((a) => a.toSchool === receiver || a.fromSchool === receiver).length,
    );
    const campaign = (await call(t.app, school, 'GET', api(`/campaigns/${campaignId}`))).json() as {
      campaign: { plan: unknown };
    };
    expect(campaign.campaign.plan).toBeNull();
    expect((await call(t.app, school, 'GET', api(`/campaigns/${campaignId}/check`))).statusCode).toBe(404);
    expect((await call(t.app, school, 'GET', api(`/campaigns/${campaignId}/export`))).statusCode).toBe(404);
    expect(
      urbanRuralOf(ROTATION_COUNTY.schools.find((s) => s.schoolCode === receiver)!.urbanRuralCode),
    ).not.toBe('urban');
  });
});
