// The eligible list (应交流名单) with every rule's reason and the exemptions recorded for each teacher. A school
// sees only its own teachers.
import { rotationEligibility, type Reason, type SchoolYear } from '@junheng/core';
import { seesTeacher, type Scope } from '../auth/scope';
import type { Db } from '../db/client';
import { campaignInScope, ownSchoolCode } from './access';
import { campaignContext, factsOf, type ExemptionRow } from './planning';

export const presentExemption = (e: ExemptionRow) => ({
  id: e.id,
  teacherCode: e.teacherCode,
  rule: e.rule,
  evidence: e.evidence,
  lastRotationEnd: e.lastRotationEnd,
  createdAt: e.createdAt,
  createdByName: e.createdByName,
});

/** An exemption the policy has no rule for ("other") is the bureau's own decision, shown as one more reason. */
function otherReason(e: ExemptionRow): Reason {
  return {
    ruleId: 'other',
    effect: 'exempt',
    zh: `认定免于交流：${e.evidence}`,
    en: `exempted: ${e.evidence}`,
    values: {},
  };
}

export async function eligibleList(db: Db, scope: Scope, id: string, options: { all: boolean }) {
  const campaign = await campaignInScope(db, scope, id);
  const ctx = await campaignContext(db, campaign);
  const own = await ownSchoolCode(db, scope, campaign.countyId);
  const roster = ctx.data.teachers.filter(
    (t) =>
      t.schoolYear === (campaign.schoolYear as SchoolYear) &&
      (own === null || t.schoolCode === own) &&
      seesTeacher(scope, t.teacherCode),
  );
  const results = rotationEligibility({
    teachers: roster,
    policy: ctx.policy,
    campaignMonth: campaign.campaignMonth,
    facts: factsOf(ctx.exemptions),
  });
  const byTeacher = new Map<string, ExemptionRow[]>();
  for (const e of ctx.exemptions) byTeacher.set(e.teacherCode, [...(byTeacher.get(e.teacherCode) ?? []), e]);
  const items = roster.flatMap((t, i) => {
    const r = results[i]!;
    const exemptions = byTeacher.get(t.teacherCode) ?? [];
    const others = exemptions.filter((e) => e.rule === 'other');
    if (!options.all && !r.due) return [];
    const school = ctx.byCode.get(t.schoolCode);
    return [
      {
        teacherCode: t.teacherCode,
        name: t.name,
        school: {
          id: school?.id ?? null,
          code: t.schoolCode,
          name: school?.name ?? t.schoolCode,
          urbanRural: school?.urbanRural ?? null,
        },
        stage: t.stage,
        subject: t.subject,
        post: t.post,
        backbone: t.backboneLevel !== null,
        atSchoolSince: t.atSchoolSince,
        due: r.due,
        eligible: r.eligible && others.length === 0,
        reasons: [...r.reasons, ...others.map(otherReason)],
        exemptions: exemptions.map(presentExemption),
      },
    ];
  });
  const eligible = items.filter((x) => x.eligible).length;
  return { items, totals: { due: items.filter((x) => x.due).length, eligible } };
}
