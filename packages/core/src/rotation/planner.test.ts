import fc from 'fast-check';
import highs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { leadMemberCommunity } from './directions';
import { greedyRotation } from './greedy';
import { buildRotationModel } from './model';
import { planObjective, planViolations } from './objective';
import { buildPlanNetwork } from './plan-network';
import { planFromChoice, solveRotationModel } from './planner';
import { DIRECTIONS, type RotationPolicy } from './policy';
import { NATIONAL_POLICY, SEED_POLICY, SICHUAN_POLICY } from './presets';
import { smallCounty } from './test-county';
import { rotationMip } from './test-mip';

type Solver = Awaited<ReturnType<typeof highs>>;
let solver: Solver;
beforeAll(async () => {
  solver = await highs();
});

const arbPolicy: fc.Arbitrary<RotationPolicy> = fc
  .record({
    base: fc.constantFrom(NATIONAL_POLICY, SICHUAN_POLICY, SEED_POLICY),
    level: fc.constantFrom('school', 'county', 'both') as fc.Arbitrary<'school' | 'county' | 'both'>,
    extra: fc.constantFrom(0, 0.1, 0.3),
    maxRoadKm: fc.constantFrom(null, 30, 60),
    scope: fc.constantFrom('county', 'township') as fc.Arbitrary<'county' | 'township'>,
    leadMember: fc.boolean(),
  })
  .map(({ base, level, extra, maxRoadKm, scope, leadMember }) => ({
    ...base,
    directions: leadMember ? [...base.directions, DIRECTIONS.leadMember] : base.directions,
    scope,
    maxRoadKm,
    quota: { ...base.quota, level, maxShareOfEligible: base.quota.shareOfEligible + extra },
  }));

const arbCounty = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    policy: arbPolicy,
    locks: fc.integer({ min: 0, max: 3 }),
    communities: fc.boolean(),
  })
  .map(({ seed, policy, locks, communities }) => smallCounty(seed, { policy, locks, communities }));

describe('planRotation on random small counties', () => {
  it('never breaks a hard constraint, is integral, and is never worse than greedy', () => {
    fc.assert(
      fc.property(arbCounty, (input) => {
        const built = buildRotationModel(input);
        const { choice, networkCost, offset } = solveRotationModel(built.model);
        expect(planViolations(built.model, choice)).toEqual([]);
        const ours = planObjective(built.model, choice);
        expect(networkCost + offset).toBe(ours.total);
        const greedy = planObjective(built.model, greedyRotation(built.model));
        expect(ours.total).toBeLessThanOrEqual(greedy.total);
        const plan = planFromChoice(input, built, choice);
        const codes = plan.assignments.map((a) => a.teacherCode);
        expect(new Set(codes).size).toBe(codes.length);
        const locks = new Map((input.locks ?? []).map((l) => [l.teacherCode, l]));
        for (const a of plan.assignments) {
          const lock = locks.get(a.teacherCode);
          expect(lock?.kind).not.toBe('mustNotGo');
          if (lock?.kind === 'fixedDestination') expect(a.toSchool).toBe(lock.schoolCode);
          if (lock === undefined) {
            expect(plan.eligibility.find((e) => e.teacherCode === a.teacherCode)?.eligible).toBe(true);
            expect(a.reasons.some((r) => r.ruleId.startsWith('direction:'))).toBe(true);
          }
          expect(a.fromSchool).not.toBe(a.toSchool);
          if (a.reasons.some((r) => r.ruleId === 'direction:leadMember')) {
            expect(leadMemberCommunity(a.fromSchool, a.toSchool, input.communities)).not.toBeNull();
          }
          if (input.policy.maxRoadKm !== null && lock === undefined) {
            expect(a.roadKm ?? Infinity).toBeLessThanOrEqual(input.policy.maxRoadKm);
          }
        }
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('reaches the same optimum as HiGHS on the same model written as a MIP', () => {
    let compared = 0;
    let nonTrivial = 0;
    fc.assert(
      fc.property(arbCounty, (input) => {
        const built = buildRotationModel(input);
        const { choice } = solveRotationModel(built.model);
        const ours = planObjective(built.model, choice).total;
        const { lp, constant } = rotationMip(built.model);
        const r = solver.solve(lp, { mip_rel_gap: 0, mip_abs_gap: 1e-9 });
        expect(r.Status).toBe('Optimal');
        expect(Math.round(r.ObjectiveValue + constant)).toBe(ours);
        compared++;
        if (choice.some((j) => j >= 0)) nonTrivial++;
      }),
      { numRuns: 80, seed: 5 },
    );
    expect(compared).toBe(80);
    expect(nonTrivial).toBeGreaterThanOrEqual(50);
  });

  it('builds a network whose size follows the model', () => {
    const built = buildRotationModel(smallCounty(42, { schools: 5, teachersPerSchool: 10 }));
    const net = buildPlanNetwork(built.model);
    const options = built.model.candidates.reduce((n, c) => n + c.options.length, 0);
    expect(net.optionArcs.flat().length).toBe(options);
    expect(net.network.arcs.length).toBeGreaterThan(options);
  });
});
