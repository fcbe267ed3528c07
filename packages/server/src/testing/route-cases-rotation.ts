// Sweep cases for the rotation routes (see route-cases.ts). Each case makes its own campaign in the target
// county, in the status the route needs, directly through the service and the tables as the system. A stored
// assignment sends the target teacher from the target school to the county's last school — never the other
// scenario schools — so a school user of another school has nothing of it to see.
import { WHOLE_SCOPE } from '../auth/scope';
import { and, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../auth/roles';
import { rotationAssignments, rotationCampaigns, rotationExemptions, teachers } from '../db/schema';
import { createCampaign } from '../rotation/campaign-service';
import { TEST_START } from './clock';
import type { CaseContext, CaseRequest, RouteCase } from './route-cases';

const API = '/api/v1/rotation';
const ALL = WHOLE_SCOPE;

const scoped = (build: (c: CaseContext) => CaseRequest | Promise<CaseRequest>): RouteCase => ({
  kind: 'scoped',
  build,
});

async function campaign(c: CaseContext, status = 'draft'): Promise<string> {
  const made = await createCampaign(c.db, () => TEST_START, SYSTEM_ACTOR, ALL, {
    countyId: c.target.county.id,
    schoolYear: '2024-2025',
    policy: { preset: 'national' },
  });
  if (status !== 'draft') {
    await c.db
      .update(rotationCampaigns)
      .set({ status })
      .where(and(eq(rotationCampaigns.countyId, c.target.county.id), eq(rotationCampaigns.id, made.id)));
  }
  return made.id;
}

async function assignment(c: CaseContext, status: string): Promise<{ campaignId: string; id: string }> {
  const campaignId = await campaign(c, status);
  const [t] = await c.db.select().from(teachers).where(eq(teachers.id, c.target.teacherId));
  if (!t) throw new Error('target teacher missing');
  const ids = c.target.county.schoolIds;
  const to = ids[ids.length - 1] === c.target.schoolId ? ids[0] : ids[ids.length - 1];
  const [row] = await c.db
    .insert(rotationAssignments)
    .values({
      countyId: c.target.county.id,
      campaignId,
      teacherCode: t.teacherCode,
      teacherName: t.name,
      stage: t.stage,
      subject: t.subject,
      backbone: t.backboneLevel !== null,
      fromSchoolId: c.target.schoolId,
      toSchoolId: to as string,
      kind: 'rotation',
      stintMonths: 12,
      roadKm: null,
      fillsShortage: false,
      reasons: [],
      status: status === 'published' ? 'confirmed' : 'planned',
    })
    .returning({ id: rotationAssignments.id });
  return { campaignId, id: row?.id ?? '' };
}

async function targetTeacherCode(c: CaseContext): Promise<string> {
  const [t] = await c.db
    .select({ code: teachers.teacherCode })
    .from(teachers)
    .where(eq(teachers.id, c.target.teacherId));
  return t?.code ?? '';
}

async function exemption(c: CaseContext): Promise<string> {
  const campaignId = await campaign(c);
  const [row] = await c.db
    .insert(rotationExemptions)
    .values({
      countyId: c.target.county.id,
      campaignId,
      teacherCode: await targetTeacherCode(c),
      rule: 'certifiedIllness',
      evidence: '医院证明',
      createdAt: TEST_START,
      createdByName: 'system',
    })
    .returning({ id: rotationExemptions.id });
  return row?.id ?? '';
}

export const ROTATION_CASES: Record<string, RouteCase> = {
  'GET /rotation/policies': scoped(() => ({ url: `${API}/policies` })),
  'POST /rotation/campaigns': scoped((c) => ({
    url: `${API}/campaigns`,
    payload: { countyId: c.target.county.id, schoolYear: '2024-2025', policy: { preset: 'seed' } },
  })),
  'GET /rotation/campaigns': scoped((c) => ({ url: `${API}/campaigns?countyId=${c.target.county.id}` })),
  'GET /rotation/campaigns/:id': scoped(async (c) => ({
    url: `${API}/campaigns/${(await assignment(c, 'planned')).campaignId}`,
  })),
  'GET /rotation/campaigns/:id/eligible': scoped(async (c) => ({
    url: `${API}/campaigns/${await campaign(c)}/eligible?all=true`,
  })),
  'POST /rotation/campaigns/:id/exemptions': scoped(async (c) => ({
    url: `${API}/campaigns/${await campaign(c)}/exemptions`,
    payload: { teacherCode: await targetTeacherCode(c), rule: 'pregnancyOrNursing', evidence: '孕期证明' },
  })),
  'DELETE /rotation/exemptions/:id': scoped(async (c) => ({
    url: `${API}/exemptions/${await exemption(c)}`,
  })),
  'POST /rotation/campaigns/:id/plan': scoped(async (c) => ({
    url: `${API}/campaigns/${await campaign(c)}/plan`,
  })),
  'GET /rotation/campaigns/:id/assignments': scoped(async (c) => ({
    url: `${API}/campaigns/${(await assignment(c, 'planned')).campaignId}/assignments`,
  })),
  'PATCH /rotation/assignments/:id': scoped(async (c) => ({
    url: `${API}/assignments/${(await assignment(c, 'planned')).id}`,
    payload: { locked: true },
  })),
  'POST /rotation/assignments/:id/arrival': scoped(async (c) => ({
    url: `${API}/assignments/${(await assignment(c, 'published')).id}/arrival`,
  })),
  'GET /rotation/campaigns/:id/check': scoped(async (c) => ({
    url: `${API}/campaigns/${(await assignment(c, 'planned')).campaignId}/check`,
  })),
  'POST /rotation/campaigns/:id/what-if': {
    kind: 'scoped',
    reads: true,
    build: async (c) => ({
      url: `${API}/campaigns/${(await assignment(c, 'planned')).campaignId}/what-if`,
      payload: { changes: [{ teacherCode: await targetTeacherCode(c), toSchoolId: null }] },
    }),
  },
  'POST /rotation/campaigns/:id/status': scoped(async (c) => ({
    url: `${API}/campaigns/${await campaign(c, 'submitted')}/status`,
    payload: { action: 'approve' },
  })),
  'GET /rotation/teachers/:id/service-record': scoped(async (c) => {
    await assignment(c, 'published');
    return { url: `${API}/teachers/${c.target.teacherId}/service-record` };
  }),
  'GET /rotation/campaigns/:id/export': scoped(async (c) => ({
    url: `${API}/campaigns/${(await assignment(c, 'planned')).campaignId}/export`,
  })),
};
