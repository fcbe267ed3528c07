// EVA-1: score every community on the scheme, split each score into the schools' contributions, and rank.
import { metricValue, type RawValue } from './metrics';
import { normalise, rangeOf, type Range } from './normalise';
import { competitionRanks } from './rank';
import { branchScores, schemeLeaves, type SchemeLeaf } from './tree';
import type { BundledEvaluationInput, BundledEvaluationResult, BundledScheme } from './types';

export interface BundledEvaluationOptions {
  /** Scores closer than this share a rank (choice: 1e-9, i.e. equal up to floating-point noise). */
  tieTolerance?: number;
}

function rawOf(leaf: SchemeLeaf, input: BundledEvaluationInput): RawValue {
  const source = leaf.node.source;
  if (source === undefined || source.kind === 'entered')
    return { value: input.entered[leaf.node.id] ?? null };
  return metricValue(source.metric, input);
}

/** The min–max range of a leaf: over school values when it is measured per school, else over communities. */
function leafRange(raws: readonly RawValue[]): Range | null {
  return rangeOf(raws.flatMap((r) => (r.perSchool === undefined ? [r.value] : Object.values(r.perSchool))));
}

export function evaluateCommunities(
  scheme: BundledScheme,
  inputs: readonly BundledEvaluationInput[],
  options: BundledEvaluationOptions = {},
): BundledEvaluationResult[] {
  const leaves = schemeLeaves(scheme);
  const raws = leaves.map((leaf) => inputs.map((input) => rawOf(leaf, input)));
  const ranges = raws.map(leafRange);
  const results = inputs.map((input, c) => {
    const members = input.memberSchoolCodes.filter((code) => code !== input.leadSchoolCode);
    const points = new Map<string, number>([input.leadSchoolCode, ...members].map((code) => [code, 0]));
    const add = (code: string, p: number) => points.set(code, (points.get(code) ?? 0) + p);
    const leafScores = new Map<string, number>();
    const missing: string[] = [];
    const share = { lead: { w: 0, s: 0 }, members: { w: 0, s: 0 } };
    leaves.forEach((leaf, l) => {
      const raw = raws[l]?.[c] as RawValue;
      const rule = leaf.node.normalisation ?? { kind: 'score' };
      const range = ranges[l] ?? null;
      const scoreOf = (v: number | null): number => normalise(v, rule, range) ?? scheme.missingScore;
      const perSchool =
        raw.perSchool !== undefined && members.length > 0
          ? members.map((code) => raw.perSchool?.[code] ?? null)
          : null;
      const schoolScores = perSchool?.map(scoreOf) ?? null;
      const score =
        schoolScores === null
          ? scoreOf(raw.value)
          : schoolScores.reduce((s, v) => s + v, 0) / schoolScores.length;
      if (
        perSchool === null ? normalise(raw.value, rule, range) === null : perSchool.some((v) => v === null)
      ) {
        missing.push(leaf.node.id);
      }
      leafScores.set(leaf.node.id, score);
      const who = leaf.attribution ?? 'lead';
      share[who].w += leaf.globalWeight;
      share[who].s += leaf.globalWeight * score;
      // Members' leaves go to the members (school by school when measured so); a lead alone keeps them.
      if (who === 'lead' || members.length === 0) add(input.leadSchoolCode, leaf.globalWeight * score);
      else
        members.forEach((code, i) =>
          add(code, (leaf.globalWeight * (schoolScores?.[i] ?? score)) / members.length),
        );
    });
    const nodeScores = branchScores(scheme, leafScores);
    const communityScore = scheme.indicators.reduce((s, n) => s + n.weight * (nodeScores[n.id] ?? 0), 0);
    return {
      communityId: input.communityId,
      name: input.name,
      communityScore,
      effortScore: share.lead.w > 0 ? share.lead.s / share.lead.w : null,
      improvementScore: share.members.w > 0 ? share.members.s / share.members.w : null,
      nodeScores,
      missing,
      contributions: [...points].map(([schoolCode, p]) => ({
        schoolCode,
        role: schoolCode === input.leadSchoolCode ? ('lead' as const) : ('member' as const),
        points: p,
      })),
      rank: 0,
    };
  });
  const ranks = competitionRanks(
    results.map((r) => r.communityScore),
    options.tieTolerance ?? 1e-9,
  );
  results.forEach((r, i) => (r.rank = ranks[i] as number));
  return results.sort(
    (a, b) => a.rank - b.rank || (a.communityId < b.communityId ? -1 : a.communityId > b.communityId ? 1 : 0),
  );
}
