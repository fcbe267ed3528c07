// After publication: a teacher's service record (months at rural or weak schools against the promotion
// requirement, who may read it), the shortages filled by the plan and by confirmed arrivals, and the lead ↔
// member direction fed by the county's stored communities.
import { rotationEligibility, SEED_POLICY, urbanRuralOf } from '@junheng/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communities, communityMemberships, teachers } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';
import { loadRotationCounty, MONTH, ROTATION_COUNTY, YEAR, type RotationWorld } from './test-county';

interface AssignmentItem {
  id: string;
  teacherCode: string;
  fromSchool: { code: string };
  toSchool: { id: string; code: string };
  fillsShortage: boolean;
  stintMonths: number;
}
interface Record {
  teacher: { teacherCode: string };
  asOf: string;
  totalMonths: number;
  ruralMonths: number;
  requiredMonths: number;
  meetsPromotion: boolean;
  reasons: { ruleId: string; zh: string }[];
  lines: { status: string; months: number; qualifying: boolean; toSchool: { code: string } | null }[];
}
interface Shortages {
  totals: { shortage: number; filled: number; filledByArrivals: number; remaining: number };
  lines: { schoolCode: string; schoolName: string; subject: string; shortage: number; filled: number }[];
}

const schoolOf = (code: string) => ROTATION_COUNTY.schools.find((s) => s.schoolCode === code)!;
const qualifies = (code: string) => {
  const s = schoolOf(code);
  return urbanRuralOf(s.urbanRuralCode) === 'rural' || s.weak;
};

describe.each(testDatabases())('rotation service records and shortages filled on $name', (testDb) => {
  let t: TestApp;
  let w: RotationWorld;
  let county: Session;
  let campaignId: string;
  let items: AssignmentItem[];
  let rural: AssignmentItem;
  let other: AssignmentItem;
  const api = (path: string) => `/api/v1/rotation${path}`;
  const teacherId = async (code: string) => {
    const [row] = await t.database.db
      .select({ id: teachers.id })
      .from(teachers)
      .where(
        and(eq(teachers.countyId, w.countyId), eq(teachers.teacherCode, code), eq(teachers.schoolYear, YEAR)),
      );
    return row!.id;
  };
  const record = async (who: Session, code: string) =>
    call(t.app, who, 'GET', api(`/teachers/${await teacherId(code)}/service-record`));
  const shortages = async () =>
    (
      (await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/check`))).json() as {
        check: { shortages: Shortages };
      }
    ).check.shortages;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    w = await loadRotationCounty(t);
    county = await w.session('county-r', 'county');
    const res = await call(t.app, county, 'POST', api('/campaigns'), {
      payload: { countyId: w.countyId, schoolYear: YEAR, campaignMonth: MONTH, policy: { preset: 'seed' } },
    });
    campaignId = (res.json() as { campaign: { id: string } }).campaign.id;
    await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/plan`));
    items = (
      (await call(t.app, county, 'GET', api(`/campaigns/${campaignId}/assignments`))).json() as {
        items: AssignmentItem[];
      }
    ).items;
    rural = items.find((a) => qualifies(a.toSchool.code) && a.fillsShortage)!;
    other = items.find((a) => a.teacherCode !== rural.teacherCode)!;
  });
  afterAll(async () => t.close());

  it('the check lists each receiving shortage and what the plan fills of it', async () => {
    const s = await shortages();
    expect(s.totals.filled).toBe(items.filter((a) => a.fillsShortage).length);
    expect(s.totals.filledByArrivals).toBe(0);
    expect(s.totals.shortage).toBe(s.totals.filled + s.totals.remaining);
    expect(s.lines.length).toBeGreaterThan(0);
    for (const l of s.lines) {
      expect(
        urbanRuralOf(schoolOf(l.schoolCode).urbanRuralCode) !== 'urban' || schoolOf(l.schoolCode).weak,
      ).toBe(true);
      expect(l.schoolName).toBe(schoolOf(l.schoolCode).name);
      expect(l.filled).toBeLessThanOrEqual(l.shortage);
    }
  });

  it('a planned stint is no service yet: no record lines before publication', async () => {
    const res = await record(county, rural.teacherCode);
    expect(res.statusCode, res.body).toBe(200);
    const r = (res.json() as { record: Record }).record;
    expect(r).toMatchObject({ totalMonths: 0, ruralMonths: 0, requiredMonths: 12, meetsPromotion: false });
    expect(r.lines).toEqual([]);
    expect(r.reasons[0]?.zh).toBe('农村或薄弱学校任教 0 个月，职称晋升须满 12 个月，尚差 12 个月');
  });

  it('after publication and arrival, months count from the campaign month; arrivals fill shortages', async () => {
    for (const action of ['submit', 'approve', 'publish']) {
      const res = await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/status`), {
        payload: { action },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const receiving = await w.session('school-recv-sr', 'school', rural.toSchool.code);
    expect((await call(t.app, receiving, 'POST', api(`/assignments/${rural.id}/arrival`))).statusCode).toBe(
      200,
    );
    t.clock.set(new Date('2026-03-15T00:00:00Z'));
    // Sessions expire: six months later the bureau signs in again.
    county = await login(t.app, 'county-r');
    const r = ((await record(county, rural.teacherCode)).json() as { record: Record }).record;
    expect(r.asOf).toBe('2026-03');
    expect(r.lines).toEqual([
      expect.objectContaining({
        status: 'arrived',
        months: 6,
        qualifying: true,
        toSchool: expect.anything(),
      }),
    ]);
    expect(r).toMatchObject({ ruralMonths: 6, meetsPromotion: false });
    const confirmed = ((await record(county, other.teacherCode)).json() as { record: Record }).record;
    expect(confirmed.lines[0]).toMatchObject({ status: 'confirmed', months: 0 });
    const s = await shortages();
    expect(s.totals.filledByArrivals).toBe(1);
  });

  it('a completed campaign counts the whole stint: the promotion requirement is met', async () => {
    const res = await call(t.app, county, 'POST', api(`/campaigns/${campaignId}/status`), {
      payload: { action: 'complete' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = ((await record(county, rural.teacherCode)).json() as { record: Record }).record;
    expect(r.ruralMonths).toBe(rural.stintMonths);
    expect(r.meetsPromotion).toBe(true);
    expect(r.reasons[0]?.zh).toBe(
      `农村或薄弱学校任教 ${rural.stintMonths} 个月，满足职称晋升须满 12 个月的要求`,
    );
  });

  it('scoped: the own school and the own teacher account read it; other schools, teachers and counties do not', async () => {
    const home = rural.fromSchool.code;
    const own = await w.session('school-home-sr', 'school', home);
    expect((await record(own, rural.teacherCode)).statusCode).toBe(200);
    const stranger = ROTATION_COUNTY.schools.find((s) => s.schoolCode !== home)!;
    const strangerSession = await w.session('school-stranger-sr', 'school', stranger.schoolCode);
    expect(errorCode(await record(strangerSession, rural.teacherCode))).toBe('TEACHER_NOT_FOUND');
    const self = await w.session(rural.teacherCode, 'teacher', home);
    const mine = await record(self, rural.teacherCode);
    expect(mine.statusCode, mine.body).toBe(200);
    expect((mine.json() as { record: Record }).record.teacher.teacherCode).toBe(rural.teacherCode);
    const colleague = ROTATION_COUNTY.teachers.find(
      (x) => x.schoolCode === home && x.teacherCode !== rural.teacherCode,
    )!;
    expect(errorCode(await record(self, colleague.teacherCode))).toBe('TEACHER_NOT_FOUND');
    const anotherTeacher = await w.session('teacher-home-sr', 'teacher', home);
    expect(errorCode(await record(anotherTeacher, rural.teacherCode))).toBe('TEACHER_NOT_FOUND');
    const viewer = await w.session('viewer-sr', 'viewer');
    expect((await record(viewer, rural.teacherCode)).statusCode).toBe(200);
    const otherCounty = await login(t.app, 'county-a1');
    expect(errorCode(await record(otherCounty, rural.teacherCode))).toBe('TEACHER_NOT_FOUND');
  });
});

describe.each(testDatabases())('the lead ↔ member direction from stored communities on $name', (testDb) => {
  let t: TestApp;
  let w: RotationWorld;
  let county: Session;
  const api = (path: string) => `/api/v1/rotation${path}`;
  // A due, eligible teacher at a rural school R, and an urban school U: R → U is no direction of the seed
  // policy with lead ↔ member turned on unless R and U share a community, one its lead and the other a member.
  const roster = ROTATION_COUNTY.teachers.filter((x) => x.schoolYear === YEAR);
  const eligibility = rotationEligibility({ teachers: roster, policy: SEED_POLICY, campaignMonth: MONTH });
  const mover = roster.find(
    (x, i) =>
      eligibility[i]?.eligible === true &&
      urbanRuralOf(schoolOf(x.schoolCode).urbanRuralCode) === 'rural' &&
      !schoolOf(x.schoolCode).weak,
  )!;
  const urban = ROTATION_COUNTY.schools.find(
    (s) =>
      urbanRuralOf(s.urbanRuralCode) === 'urban' && s.schoolType === schoolOf(mover.schoolCode).schoolType,
  )!;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    w = await loadRotationCounty(t);
    county = await w.session('county-lm', 'county');
  });
  afterAll(async () => t.close());

  const whatIf = async () => {
    const directions = ['urbanToRural', 'townToVillage', 'strongToWeak', 'leadMember'];
    const policy = { preset: 'seed', overrides: { directions } };
    const res = await call(t.app, county, 'POST', api('/campaigns'), {
      payload: { countyId: w.countyId, schoolYear: YEAR, campaignMonth: MONTH, policy },
    });
    const id = (res.json() as { campaign: { id: string } }).campaign.id;
    const answer = await call(t.app, county, 'POST', api(`/campaigns/${id}/what-if`), {
      payload: {
        changes: [{ teacherCode: mover.teacherCode, toSchoolId: w.schoolIds.get(urban.schoolCode) }],
      },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    return (answer.json() as { check: { violations: { code: string; teacherCode: string | null }[] } }).check;
  };

  it('refuses a rural → urban move without a community, and allows it from the lead school to a member', async () => {
    expect(mover, 'an eligible teacher at a rural school').toBeDefined();
    const before = await whatIf();
    expect(
      before.violations.filter((v) => v.teacherCode === mover.teacherCode).map((v) => v.code),
    ).not.toEqual([]);
    const now = t.clock.now();
    const [community] = await t.database.db
      .insert(communities)
      .values({
        countyId: w.countyId,
        kind: 'urban_rural_community',
        name: '测试共同体',
        leadSchoolId: w.schoolIds.get(mover.schoolCode)!,
        startOn: '2024-09-01',
        createdAt: now,
        createdByName: 'test',
        updatedAt: now,
        updatedByName: 'test',
      })
      .returning();
    await t.database.db.insert(communityMemberships).values(
      [mover.schoolCode, urban.schoolCode].map((code) => ({
        countyId: w.countyId,
        communityId: community!.id,
        schoolId: w.schoolIds.get(code)!,
        joinedOn: '2024-09-01',
        createdAt: now,
        createdByName: 'test',
      })),
    );
    const after = await whatIf();
    expect(after.violations.filter((v) => v.teacherCode === mover.teacherCode)).toEqual([]);
  });
});
