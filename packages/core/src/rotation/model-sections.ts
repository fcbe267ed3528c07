// The receiving side of the model: sections that may take teachers, one slot per (section, subject) with its
// rewarded shortage places and its surplus places, and the convex indicator costs of arrivals.
import { convexSegments } from '../flow/convex';
import type { Subject } from '../org/types';
import { sectionKey } from './indicators';
import { indicatorCost, receives, type ModelContext } from './model-context';
import type { ModelSection, ModelSlot } from './model-types';
import type { SectionNeeds } from './needs';
import type { NeedsParams } from './needs-params';
import type { RotationPolicy } from './policy';

export interface ReceivingSide {
  sections: ModelSection[];
  slots: ModelSlot[];
  /** sectionKey → section index; `${sectionKey}|${subject}` → slot index. */
  sectionIndex: Map<string, number>;
  slotIndex: Map<string, number>;
}

export function receivingSide(
  ctx: ModelContext,
  needs: readonly SectionNeeds[],
  policy: RotationPolicy,
  params: NeedsParams,
  fixedSchools: ReadonlySet<string>,
): ReceivingSide {
  const out: ReceivingSide = { sections: [], slots: [], sectionIndex: new Map(), slotIndex: new Map() };
  const { weights } = ctx;
  for (const need of needs) {
    const school = ctx.schools.get(need.schoolCode);
    const key = sectionKey(need.schoolCode, need.stage);
    const section = ctx.sections.get(key);
    if (school === undefined || section === undefined) continue;
    if (!receives(school, policy, ctx.communities) && !fixedSchools.has(need.schoolCode)) continue;
    const index = out.sections.length;
    const shortages = new Map(need.subjects.map((s) => [s.subject, s]));
    const subjects = Object.keys(params.lessonsPerClassPerWeek[need.stage]) as Subject[];
    let shortageTotal = 0;
    let peArtsPlaces = 0;
    for (const subject of subjects) {
      const n = shortages.get(subject);
      const shortage = n?.total ?? 0;
      const peArts = params.indicators.peArtsSubjects.includes(subject);
      const reward = Math.round(weights.shortageReward * (params.subjectPriority[subject] ?? 1));
      out.slotIndex.set(`${key}|${subject}`, out.slots.length);
      out.slots.push({
        section: index,
        subject,
        peArts,
        shortage,
        reward,
        surplus: weights.surplusPerSubject,
      });
      shortageTotal += shortage;
      if (peArts) peArtsPlaces += shortage + weights.surplusPerSubject;
    }
    const capacity = shortageTotal + weights.surplusPerSection;
    const c0 = section.counts;
    out.sectionIndex.set(key, index);
    out.sections.push({
      schoolCode: need.schoolCode,
      stage: need.stage,
      capacity,
      ratioSegments: convexSegments(
        (a) => indicatorCost(ctx, section, 'fullTime', c0.fullTime + a),
        capacity,
      ),
      peArtsSegments: convexSegments(
        (a) => indicatorCost(ctx, section, 'peArts', c0.peArts + a),
        Math.min(peArtsPlaces, capacity),
      ),
    });
  }
  return out;
}
