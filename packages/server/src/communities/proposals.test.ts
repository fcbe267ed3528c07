// COM-3 through the API: the core planner runs on the stored county, the proposal is kept as shown, and
// accepting it stores its groups as communities under the community rules, audited, once only. The bureau may
// accept its own edit of the groups instead: the edits go to the audit, and an edit against the rules (a school
// in two groups, a group over the cap, a second community of the kind, a rural lead) writes nothing.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, communities } from '../db/schema';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { openTestApp, type TestApp } from '../testing/test-app';

interface ProposalOut {
  id: string;
  proposal: {
    status: string;
    communities: { leadSchoolCode: string; members: { schoolCode: string }[] }[];
  };
  acceptedAt: string | null;
}

describe.each(testDatabases())('community proposals on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  let countyId: string;
  let proposalId: string;
  const api = (path = '') => `/api/v1/communities${path}`;

  beforeAll(async () => {
    t = await openTestApp(testDb);
    county = await login(t.app, 'county-a1');
    countyId = t.world.counties.a1.id;
  });
  afterAll(async () => t.close());

  it('runs the planner with the leads the bureau names and stores the proposal, audited', async () => {
    const a1 = t.world.counties.a1;
    // School 3 is the county's urban school; school 2 the rural one that must be covered.
    const res = await call(t.app, county, 'POST', api('/proposals'), {
      payload: { countyId, schoolYear: '2024-2025', leadSchoolIds: [a1.schoolIds[2]] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = (res.json() as { proposal: ProposalOut }).proposal;
    proposalId = out.id;
    expect(out.proposal.status).toBe('proposed');
    const group = out.proposal.communities[0];
    expect(group?.leadSchoolCode).toBe(a1.data.schools[2]?.schoolCode);
    expect(group?.members.map((m) => m.schoolCode)).toContain(a1.data.schools[1]?.schoolCode);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'community_proposal'), eq(auditLog.entityId, proposalId)));
    expect(entries.map((e) => e.action)).toEqual(['create']);

    const other = await login(t.app, 'county-b1');
    expect((await call(t.app, other, 'GET', api(`/proposals/${proposalId}`))).statusCode).toBe(404);
    const school = await login(t.app, 'school-a1-1');
    expect((await call(t.app, school, 'GET', api(`/proposals?countyId=${countyId}`))).statusCode).toBe(404);
  });

  it('lets the planner choose the leads', async () => {
    const res = await call(t.app, county, 'POST', api('/proposals'), {
      payload: { countyId, schoolYear: '2024-2025', leadCount: 'fewest' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = (res.json() as { proposal: ProposalOut & { proposal: { leadChoice: { leads: string[] } } } })
      .proposal;
    expect(out.proposal.leadChoice.leads.length).toBeGreaterThan(0);
  });

  it('accepts a proposal as communities once, audited', async () => {
    const viewer = await login(t.app, 'viewer-a1');
    const denied = await call(t.app, viewer, 'POST', api(`/proposals/${proposalId}/accept`), {
      payload: { startOn: '2025-09-01' },
    });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const res = await call(t.app, county, 'POST', api(`/proposals/${proposalId}/accept`), {
      payload: { startOn: '2025-09-01' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { proposal: ProposalOut; communities: { id: string; origin: string }[] };
    expect(body.proposal.acceptedAt).not.toBeNull();
    expect(body.communities.length).toBeGreaterThan(0);
    expect(body.communities.every((c) => c.origin === 'proposal')).toBe(true);
    for (const c of body.communities) {
      const entries = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'community'), eq(auditLog.entityId, c.id)));
      expect(entries.map((e) => e.action)).toEqual(['create']);
    }
    const again = await call(t.app, county, 'POST', api(`/proposals/${proposalId}/accept`), {
      payload: { startOn: '2025-09-01' },
    });
    expect(errorCode(again)).toBe('COMMUNITY_CONFLICT');
    const list = (await call(t.app, county, 'GET', api(`?countyId=${countyId}`))).json() as {
      items: unknown[];
    };
    expect(list.items.length).toBe(body.communities.length);
  });

  describe("with the bureau's edits", () => {
    const kind = 'urban_rural_community';
    const code = (i: number) => t.world.counties.a1.data.schools[i]?.schoolCode as string;
    const id = (i: number) => t.world.counties.a1.schoolIds[i] as string;
    const propose = async () => {
      const res = await call(t.app, county, 'POST', api('/proposals'), {
        payload: { countyId, schoolYear: '2024-2025', leadSchoolIds: [id(2), id(0)], params: { kind } },
      });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { proposal: ProposalOut }).proposal.id;
    };
    const accept = (pid: string, payload: unknown) =>
      call(t.app, county, 'POST', api(`/proposals/${pid}/accept`), { payload });
    const state = async () => ({
      communities: (await t.database.db.select({ n: count() }).from(communities))[0]?.n,
      audits: (await t.database.db.select({ n: count() }).from(auditLog))[0]?.n,
    });

    it('stores the edited groups as communities from the proposal and audits the edits', async () => {
      const pid = await propose();
      // School 4 (a town school) leads schools 2 and 1 instead of the planner's leads 3 and 1.
      const res = await accept(pid, {
        startOn: '2026-09-01',
        groups: [{ leadSchoolId: id(3), memberSchoolIds: [id(1), id(0), id(3)] }],
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as {
        proposal: ProposalOut;
        communities: {
          name: string;
          origin: string;
          leadSchool: { code: string };
          members: { school: { code: string } }[];
        }[];
        edits: {
          leadsAdded: string[];
          leadsRemoved: string[];
          moved: { school: string; to: string | null }[];
        };
      };
      expect(body.proposal.acceptedAt).not.toBeNull();
      expect(body.communities).toHaveLength(1);
      const made = body.communities[0];
      expect(made?.origin).toBe('proposal');
      expect(made?.leadSchool.code).toBe(code(3));
      expect(made?.name).toBe(`${t.world.counties.a1.data.schools[3]?.name}城乡发展共同体`);
      expect(made?.members.map((m) => m.school.code).sort()).toEqual([code(0), code(1), code(3)].sort());
      expect(body.edits.leadsAdded).toEqual([code(3)]);
      expect(body.edits.moved.find((m) => m.school === code(1))?.to).toBe(code(3));

      const [entry] = await t.database.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entity, 'community_proposal'),
            eq(auditLog.entityId, pid),
            eq(auditLog.action, 'update'),
          ),
        );
      expect(entry?.after).toMatchObject({
        accepted: true,
        edited: true,
        edits: { leadsAdded: [code(3)] },
        groups: [{ lead: code(3), members: [code(1), code(0)] }],
      });
    });

    it('refuses edits against the rules and writes nothing', async () => {
      const pid = await propose();
      const before = await state();
      const twice = await accept(pid, {
        startOn: '2027-09-01',
        groups: [
          { leadSchoolId: id(2), memberSchoolIds: [id(1)] },
          { leadSchoolId: id(0), memberSchoolIds: [id(1)] },
        ],
      });
      expect(twice.statusCode).toBe(400);
      expect((twice.json() as { error: { details: { schools: string[] } } }).error.details.schools).toEqual([
        code(1),
      ]);

      // School 2 is already in the urban–rural community accepted above (open-ended).
      const secondOfKind = await accept(pid, {
        startOn: '2027-09-01',
        groups: [{ leadSchoolId: id(2), memberSchoolIds: [id(1)] }],
      });
      expect(errorCode(secondOfKind)).toBe('COMMUNITY_CONFLICT');
      const violations = (secondOfKind.json() as { error: { details: { violations: { code: string }[] } } })
        .error.details.violations;
      expect(violations.map((v) => v.code)).toContain('multipleCommunitiesOfKind');

      const ruralLead = await accept(pid, {
        startOn: '2027-09-01',
        groups: [{ leadSchoolId: id(1), memberSchoolIds: [id(2)] }],
      });
      expect(errorCode(ruralLead)).toBe('COMMUNITY_CONFLICT');

      const capped = await call(t.app, county, 'PUT', api('/settings'), {
        payload: { countyId, rules: { maxSchools: { education_group: 4, [kind]: 2 } } },
      });
      expect(capped.statusCode, capped.body).toBe(200);
      const tooBig = await accept(pid, {
        startOn: '2020-09-01',
        groups: [{ leadSchoolId: id(2), memberSchoolIds: [id(0), id(1)], name: '超员共同体' }],
      });
      expect(errorCode(tooBig)).toBe('COMMUNITY_CONFLICT');
      expect(
        (
          tooBig.json() as { error: { details: { violations: { code: string }[] } } }
        ).error.details.violations.map((v) => v.code),
      ).toContain('tooManySchools');
      await call(t.app, county, 'PUT', api('/settings'), { payload: { countyId, rules: null } });

      const school = await login(t.app, 'school-a1-1');
      const payload = { startOn: '2020-09-01', groups: [{ leadSchoolId: id(2), memberSchoolIds: [id(1)] }] };
      expect(
        (await call(t.app, school, 'POST', api(`/proposals/${pid}/accept`), { payload })).statusCode,
      ).toBe(404);
      const viewer = await login(t.app, 'viewer-a1');
      expect(errorCode(await call(t.app, viewer, 'POST', api(`/proposals/${pid}/accept`), { payload }))).toBe(
        'FORBIDDEN',
      );

      const after = await state();
      // Only the settings changes were written (and audited); no community, no accept.
      expect(after.communities).toBe(before.communities);
      const got = (await call(t.app, county, 'GET', api(`/proposals/${pid}`))).json() as {
        proposal: ProposalOut;
      };
      expect(got.proposal.acceptedAt).toBeNull();
      const accepts = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'community_proposal'), eq(auditLog.entityId, pid)));
      expect(accepts.map((a) => a.action)).toEqual(['create']);

      // Nothing was written, so the proposal can still be accepted — here as a lead alone, which is only a
      // warning (every other school is in the community accepted above).
      const ok = await accept(pid, {
        startOn: '2020-09-01',
        groups: [{ leadSchoolId: id(2), memberSchoolIds: [], name: '第三小学城乡共同体' }],
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect((ok.json() as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toContain(
        'tooFewSchools',
      );
    });
  });
});
