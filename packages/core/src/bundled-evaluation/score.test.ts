import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schoolAssessmentShares } from './assessment';
import { DEFAULT_BUNDLED_SCHEME } from './default-scheme';
import { competitionRanks } from './rank';
import { evaluateCommunities } from './score';
import { A, B } from './test-fixtures';
import type { BundledEvaluationInput } from './types';

describe('evaluateCommunities (seed 002 default scheme)', () => {
  const [a, b] = evaluateCommunities(DEFAULT_BUNDLED_SCHEME, [B, A]);

  it('scores a community by hand-checked numbers', () => {
    // effort = 0.3·80 + 0.4·75 + 0.3·(0.5·100 + 0.5·50) = 76.5
    // improvement = 0.4·mean(100, 50) + 0.4·100 + 0.2·90 = 88
    expect(a?.communityId).toBe('A');
    expect(a?.effortScore).toBeCloseTo(76.5, 12);
    expect(a?.improvementScore).toBeCloseTo(88, 12);
    expect(a?.communityScore).toBeCloseTo(82.25, 12);
    expect(a?.nodeScores.resourceOutput).toBeCloseTo(75, 12);
    expect(a?.missing).toEqual([]);
  });

  it('splits the score into the schools’ contributions', () => {
    const points = Object.fromEntries(a?.contributions.map((c) => [c.schoolCode, c.points]) ?? []);
    expect(points.LA).toBeCloseTo(38.25, 12);
    expect(points.A1).toBeCloseTo(24.5, 12); // 0.2·100/2 + 0.2·100/2 + 0.1·90/2
    expect(points.A2).toBeCloseTo(19.5, 12);
    expect(a?.contributions.map((c) => c.role)).toEqual(['lead', 'member', 'member']);
  });

  it('gives the missing score to a leaf without input and lists it', () => {
    expect(b?.missing).toEqual(['satisfaction']);
    expect(b?.improvementScore).toBe(0); // lowest value-added, lowest CV narrowing, no survey
    expect(b?.effortScore).toBeCloseTo(80.5, 12);
    expect(b?.communityScore).toBeCloseTo(40.25, 12);
    expect([a?.rank, b?.rank]).toEqual([1, 2]);
  });

  it('lets equal scores share a rank', () => {
    const ranked = evaluateCommunities(DEFAULT_BUNDLED_SCHEME, [
      A,
      B,
      { ...B, communityId: 'C', leadSchoolCode: 'LC', memberSchoolCodes: ['C1'], valueAdded: { C1: 0 } },
    ]);
    expect(ranked.map((r) => `${r.communityId}:${r.rank}`)).toEqual(['A:1', 'B:2', 'C:2']);
    expect(competitionRanks([5, 9, 5, 7, 9])).toEqual([4, 1, 4, 3, 1]);
  });

  it('feeds each school’s annual assessment (seed 003)', () => {
    const shares = schoolAssessmentShares([a!]);
    expect(shares.map((s) => [s.schoolCode, s.basis, Number(s.points.toFixed(6))])).toEqual([
      ['LA', 'improvementScore', 17.6],
      ['A1', 'communityScore', 16.45],
      ['A2', 'communityScore', 16.45],
    ]);
    const heavier = schoolAssessmentShares([a!], {
      weight: 0.3,
      leadBasis: 'communityScore',
      memberBasis: 'communityScore',
    });
    expect(heavier[0]?.points).toBeCloseTo(24.675, 12);
  });

  it('keeps every score within 0–100 and the contributions adding up to it', () => {
    const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null });
    const input = (id: string): fc.Arbitrary<BundledEvaluationInput> =>
      fc.record({
        communityId: fc.constant(id),
        name: fc.constant(id),
        leadSchoolCode: fc.constant(`${id}L`),
        memberSchoolCodes: fc.subarray<string>([`${id}1`, `${id}2`, `${id}3`]),
        rotationsMade: fc.nat(10),
        rotationsExpected: fc.nat(10),
        activitiesHeld: fc.nat(40),
        complianceShare: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
        valueAdded: fc.record({
          [`${id}1`]: maybe(fc.double({ min: -20, max: 20, noNaN: true })),
          [`${id}2`]: maybe(fc.integer({ min: -5, max: 5 })),
        }),
        cvBefore: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
        cvAfter: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
        entered: fc.record({
          managementInnovation: maybe(fc.double({ min: -10, max: 120, noNaN: true })),
          satisfaction: maybe(fc.integer({ min: 0, max: 100 })),
        }),
      });
    fc.assert(
      fc.property(fc.tuple(input('X'), input('Y'), input('Z')), (inputs) => {
        for (const r of evaluateCommunities(DEFAULT_BUNDLED_SCHEME, inputs)) {
          expect(r.communityScore).toBeGreaterThanOrEqual(0);
          expect(r.communityScore).toBeLessThanOrEqual(100 + 1e-9);
          const sum = r.contributions.reduce((s, c) => s + c.points, 0);
          expect(Math.abs(sum - r.communityScore)).toBeLessThan(1e-9);
        }
      }),
    );
  });
});
