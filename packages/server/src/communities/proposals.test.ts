// COM-3 through the API: the core planner runs on the stored county, the proposal is kept as shown, and
// accepting it stores its groups as communities under the community rules, audited, once only.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
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
});
