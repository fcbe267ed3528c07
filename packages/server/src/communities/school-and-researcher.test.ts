// What a school and a researcher get of communities beyond their own records: a school reads its own part of the
// bundled evaluation (EVA-2, seed 003: it enters the school's annual assessment) and the map of its own
// community; a researcher logs his guidance visits and lesson observations under his own patch at its schools,
// and nowhere else.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { multipartFile, SAMPLE_PDF } from '../testing/multipart';
import { createGroup } from '../testing/communities';
import { openTestApp, type TestApp } from '../testing/test-app';
import { xlsxRows } from '../testing/xlsx';

interface SchoolResult {
  school: { id: string; code: string };
  communityCount: number;
  items: {
    community: { id: string; name: string };
    role: 'lead' | 'member';
    communityScore: number;
    rank: number;
    contribution: number;
    assessmentShare: { points: number } | null;
  }[];
}

interface FullResults {
  items: { communityId: string; rank: number; contributions: { schoolCode: string; points: number }[] }[];
  assessmentShares: { schoolCode: string; communityId: string; points: number }[];
}

describe.each(testDatabases())('schools and researchers on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  let ids: string[];
  let codes: string[];
  let countyId: string;
  let groupA: string;
  let groupB: string;
  const api = (path = '') => `/api/v1/communities${path}`;
  const YEAR = '2024-2025';

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
    ids = t.world.counties.a1.schoolIds;
    codes = t.world.counties.a1.data.schools.map((s) => s.schoolCode);
    countyId = t.world.counties.a1.id;
    const make = (name: string, lead: string, members: string[]) =>
      createGroup(t, county, countyId, { name, lead, members });
    // Group A: school 3 leads school 2; group B: school 1 leads school 4.
    groupA = await make('东山县第三小学教育集团', ids[2] as string, [ids[1] as string]);
    groupB = await make('东山县第一小学教育集团', ids[0] as string, [ids[3] as string]);
  });
  afterAll(async () => t.close());

  describe('a school reads its own part of the bundled evaluation', () => {
    let full: FullResults;
    beforeAll(async () => {
      const res = await call(t.app, county, 'POST', api('/evaluation/results'), {
        payload: { countyId, schoolYear: YEAR },
      });
      expect(res.statusCode, res.body).toBe(200);
      full = res.json() as FullResults;
    });

    it('gives the school its community score, rank and its own contribution only', async () => {
      const school = await login(t.app, 'school-a1-2');
      const res = await call(t.app, school, 'GET', api(`/evaluation/results/school?schoolYear=${YEAR}`));
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as SchoolResult;
      expect(out.school.id).toBe(ids[1]);
      expect(out.communityCount).toBe(2);
      expect(out.items).toHaveLength(1);
      const item = out.items[0];
      const fromFull = full.items.find((r) => r.communityId === groupA);
      expect(item?.community.id).toBe(groupA);
      expect(item?.role).toBe('member');
      expect(item?.rank).toBe(fromFull?.rank);
      expect(item?.contribution).toBe(fromFull?.contributions.find((c) => c.schoolCode === codes[1])?.points);
      expect(item?.assessmentShare?.points).toBe(
        full.assessmentShares.find((x) => x.schoolCode === codes[1])?.points,
      );
      // Nothing of the other community, nor of the other schools' parts.
      for (const marker of [groupB, '第一小学教育集团', codes[0], codes[2], codes[3]])
        expect(res.body).not.toContain(marker);
    });

    it('refuses another school, another county and a year not computed', async () => {
      const school = await login(t.app, 'school-a1-2');
      const other = await call(
        t.app,
        school,
        'GET',
        api(`/evaluation/results/school?schoolYear=${YEAR}&schoolId=${ids[0]}`),
      );
      expect(errorCode(other)).toBe('SCHOOL_NOT_FOUND');
      expect(
        (await call(t.app, school, 'GET', api(`/evaluation/results/school?schoolYear=2023-2024`))).statusCode,
      ).toBe(404);
      // The whole county's results stay with the bureau.
      expect(
        (await call(t.app, school, 'GET', api(`/evaluation/results?countyId=${countyId}&schoolYear=${YEAR}`)))
          .statusCode,
      ).toBe(404);
      const a2 = await login(t.app, 'county-a2');
      const url = `/evaluation/results/school?countyId=${countyId}&schoolYear=${YEAR}&schoolId=${ids[1]}`;
      expect((await call(t.app, a2, 'GET', api(url))).statusCode).toBe(404);
    });

    it('lets the bureau read any school of its county, the lead with its own share', async () => {
      const url = `/evaluation/results/school?countyId=${countyId}&schoolYear=${YEAR}`;
      expect(errorCode(await call(t.app, county, 'GET', api(url)))).toBe('VALIDATION_FAILED');
      const res = await call(t.app, county, 'GET', api(`${url}&schoolId=${ids[0]}`));
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as SchoolResult;
      expect(out.items.map((i) => [i.community.id, i.role])).toEqual([[groupB, 'lead']]);
    });
  });

  describe('a school sees the map of its own community', () => {
    interface MapOut {
      items: { id: string; role: string; lng: number | null; lat: number | null; current: boolean }[];
    }

    it('gives the coordinates of its community schools, lead first', async () => {
      const school = await login(t.app, 'school-a1-2');
      const res = await call(t.app, school, 'GET', api(`/${groupA}/schools?onDate=2024-10-01`));
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as MapOut;
      expect(out.items.map((i) => [i.id, i.role])).toEqual([
        [ids[2], 'lead'],
        [ids[1], 'member'],
      ]);
      expect(out.items.every((i) => typeof i.lng === 'number' && typeof i.lat === 'number')).toBe(true);
      for (const marker of [ids[0], ids[3], codes[0], codes[3]]) expect(res.body).not.toContain(marker);
    });

    it('refuses a community the school is not in, and another county', async () => {
      const school = await login(t.app, 'school-a1-2');
      expect((await call(t.app, school, 'GET', api(`/${groupB}/schools`))).statusCode).toBe(404);
      const b1 = await login(t.app, 'county-b1');
      expect((await call(t.app, b1, 'GET', api(`/${groupA}/schools`))).statusCode).toBe(404);
    });
  });

  describe('a researcher logs visits under his own patch', () => {
    let researcher: Session;
    let patchId: string;
    let othersPatchId: string;
    const visit = (extra: Record<string, unknown> = {}) => ({
      countyId,
      kind: 'researcherVisit',
      date: '2024-10-10',
      title: '教研指导',
      hostSchoolId: ids[0],
      researcherPatchId: patchId,
      lessonsObserved: 3,
      ...extra,
    });
    const post = (payload: unknown) => call(t.app, researcher, 'POST', api('/activities'), { payload });

    beforeAll(async () => {
      researcher = await login(t.app, 'researcher-a1');
      const mine = await call(t.app, county, 'POST', api('/researcher-patches'), {
        payload: {
          countyId,
          name: '语文教研员包片',
          userId: t.world.users.researcherA1.id,
          schoolIds: [ids[0], ids[1]],
        },
      });
      expect(mine.statusCode, mine.body).toBe(200);
      patchId = (mine.json() as { patch: { id: string } }).patch.id;
      const others = await call(t.app, county, 'POST', api('/researcher-patches'), {
        payload: { countyId, name: '数学教研员包片', schoolIds: [ids[2], ids[3]] },
      });
      othersPatchId = (others.json() as { patch: { id: string } }).patch.id;
    });

    it('exports the patches (a row per patch and school) and the studios to Excel, in Chinese', async () => {
      const patches = await call(
        t.app,
        county,
        'GET',
        api(`/researcher-patches/export?countyId=${countyId}`),
      );
      expect(patches.statusCode, patches.body.slice(0, 200)).toBe(200);
      const rows = await xlsxRows(patches.rawPayload);
      expect(rows[0]).toEqual(['包片', '学校代码', '学校', '关联账号']);
      expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(
        [
          ['数学教研员包片', codes[2]],
          ['数学教研员包片', codes[3]],
          ['语文教研员包片', codes[0]],
          ['语文教研员包片', codes[1]],
        ].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`)),
      );
      const studio = await call(t.app, county, 'POST', api('/studios'), {
        payload: {
          countyId,
          name: '语文名师工作室',
          leaderId: 'T-STUDIO-1',
          leaderName: '王老师',
          schoolId: ids[0],
          subject: 'chinese',
          startOn: '2024-09-01',
        },
      });
      expect(studio.statusCode, studio.body).toBe(200);
      const studios = await call(t.app, county, 'GET', api(`/studios/export?countyId=${countyId}`));
      expect(studios.statusCode).toBe(200);
      const studioRows = await xlsxRows(studios.rawPayload);
      expect(studioRows[0]?.slice(0, 3)).toEqual(['工作室', '领衔人工号', '领衔人']);
      // No group: an empty cell.
      expect(studioRows[1]?.slice(0, 6)).toEqual([
        '语文名师工作室',
        'T-STUDIO-1',
        '王老师',
        expect.any(String),
        undefined,
        '语文',
      ]);
      // A school sees its own patch with its own school only, in the export as in the list.
      const school = await login(t.app, 'school-a1-1');
      const own = await xlsxRows(
        (await call(t.app, school, 'GET', api(`/researcher-patches/export?countyId=${countyId}`))).rawPayload,
      );
      expect(own.slice(1).map((r) => [r[0], r[1]])).toEqual([['语文教研员包片', codes[0]]]);
    });

    it('logs a guidance visit and a lesson observation at the patch schools, audited and counted', async () => {
      const res = await post(visit());
      expect(res.statusCode, res.body).toBe(200);
      const id = (res.json() as { activity: { id: string } }).activity.id;
      const [entry] = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'activity'), eq(auditLog.entityId, id)));
      expect(entry?.actorId).toBe(t.world.users.researcherA1.id);
      const observed = await post(
        visit({ kind: 'lessonObservation', hostSchoolId: ids[1], participantSchoolIds: [ids[0]] }),
      );
      expect(observed.statusCode, observed.body).toBe(200);

      const compliance = await call(
        t.app,
        county,
        'GET',
        api(`/compliance?countyId=${countyId}&termId=2024-2025-1&asOf=2024-12-01`),
      );
      const rows = (
        compliance.json() as { items: { ruleId: string; subjectId: string; done: number }[] }
      ).items.filter((r) => r.subjectId === patchId);
      expect(rows.find((r) => r.ruleId === 'researcherGuidance')?.done).toBe(1);
      expect(rows.find((r) => r.ruleId === 'researcherLessons')?.done).toBe(6);
    });

    it('refuses other kinds, other schools and other patches', async () => {
      const refused = [
        visit({ kind: 'jointResearch' }),
        visit({ hostSchoolId: ids[2] }),
        visit({ participantSchoolIds: [ids[3]] }),
        visit({ researcherPatchId: othersPatchId, hostSchoolId: ids[2] }),
        visit({ researcherPatchId: null }),
      ];
      for (const payload of refused) expect(errorCode(await post(payload))).toBe('FORBIDDEN');
    });

    it('edits, files and deletes his own visits, and leaves the schools\u2019 records alone', async () => {
      const res = await post(visit({ date: '2024-11-05' }));
      const id = (res.json() as { activity: { id: string } }).activity.id;
      const patched = await call(t.app, researcher, 'PATCH', api(`/activities/${id}`), {
        payload: { title: '教研指导（修改）' },
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const moved = await call(t.app, researcher, 'PATCH', api(`/activities/${id}`), {
        payload: { hostSchoolId: ids[2] },
      });
      expect(errorCode(moved)).toBe('FORBIDDEN');
      const body = multipartFile('听课记录.pdf', SAMPLE_PDF);
      const up = await call(t.app, researcher, 'POST', api(`/activities/${id}/files`), {
        payload: body.payload,
        contentType: body.contentType,
      });
      expect(up.statusCode, up.body).toBe(200);
      expect((await call(t.app, researcher, 'DELETE', api(`/activities/${id}`))).statusCode).toBe(200);

      const schoolLogged = await call(t.app, county, 'POST', api('/activities'), {
        payload: { countyId, kind: 'jointResearch', date: '2024-10-12', hostSchoolId: ids[0] },
      });
      const other = (schoolLogged.json() as { activity: { id: string } }).activity.id;
      expect(
        errorCode(
          await call(t.app, researcher, 'PATCH', api(`/activities/${other}`), { payload: { title: 'x' } }),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await call(t.app, researcher, 'DELETE', api(`/activities/${other}`)))).toBe(
        'FORBIDDEN',
      );
      // Another read-only role still cannot log a visit, even under the researcher's patch.
      const inspector = await login(t.app, 'inspector-a1');
      expect(errorCode(await call(t.app, inspector, 'POST', api('/activities'), { payload: visit() }))).toBe(
        'FORBIDDEN',
      );
    });
  });
});
