// COM-3 with the leads to choose: k leads from the candidates (or the fewest that cover every must school),
// by greedy addition then pairwise swaps (a capacitated k-median local search). Every trial set is scored by
// the exact assignment (assign.ts), so only the choice of leads is heuristic; a Lagrangian lower bound
// (lower-bound.ts) says how far from optimal the choice can be.
import { UNCOVERED, solveAssignment, type AssignmentSolution } from './assign';
import { lagrangianBound } from './lower-bound';
import { COST_UNITS } from './model';
import { DEFAULT_PROPOSAL_PARAMS } from './params';
import { proposalFromSolution } from './result';
import { buildLeadUniverse, modelForLeads, type LeadUniverse } from './universe';
import type { Proposal, ProposalParams, ProposalSchool } from './types';

export interface ChooseLeadsOptions {
  /** Codes of the schools that may lead (see leadCandidates for the rule-based default list). */
  candidates: readonly string[];
  /** How many leads, or the fewest for which the heuristic covers every must school. */
  count: number | 'fewest';
  /** Swap passes over all (chosen, unchosen) pairs; each pass takes every improving swap it meets. */
  maxSwapPasses?: number;
  boundIterations?: number;
}

export interface LeadChoice {
  proposal: Proposal;
  leads: string[];
  count: number;
  /** The heuristic's objective, points (= proposal.objective). */
  objective: number;
  /** No proposal with `count` leads costs less (points); null when the heuristic left must schools out. */
  lowerBound: number | null;
  /** (objective − lowerBound) ÷ objective; 0 when both are 0; null with no bound. */
  gap: number | null;
  /** Lead sets scored, for the record. */
  evaluations: number;
}

interface Scored {
  chosen: number[];
  solution: AssignmentSolution;
  uncovered: number;
}

function better(a: Scored, b: Scored | null): boolean {
  if (b === null) return true;
  if (a.uncovered !== b.uncovered) return a.uncovered < b.uncovered;
  return a.solution.objectiveUnits < b.solution.objectiveUnits;
}

class Search {
  evaluations = 0;
  constructor(private readonly u: LeadUniverse) {}

  score(chosen: number[]): Scored {
    this.evaluations++;
    const solution = solveAssignment(modelForLeads(this.u, chosen));
    const uncovered = solution.choice.filter((c) => c === UNCOVERED).length;
    return { chosen, solution, uncovered };
  }

  greedy(k: number): Scored {
    let current = this.score([]);
    while (current.chosen.length < k) {
      let next: Scored | null = null;
      for (let j = 0; j < this.u.candidates.length; j++) {
        if (current.chosen.includes(j)) continue;
        const trial = this.score([...current.chosen, j]);
        if (better(trial, next)) next = trial;
      }
      if (next === null) break;
      current = next;
    }
    return current;
  }

  swaps(start: Scored, passes: number): Scored {
    let current = start;
    for (let pass = 0; pass < passes; pass++) {
      let improved = false;
      for (let out = 0; out < current.chosen.length; out++) {
        for (let j = 0; j < this.u.candidates.length; j++) {
          if (current.chosen.includes(j)) continue;
          const chosen = current.chosen.map((c, i) => (i === out ? j : c));
          const trial = this.score(chosen);
          if (better(trial, current)) {
            current = trial;
            improved = true;
          }
        }
      }
      if (!improved) break;
    }
    return current;
  }
}

function mustCount(u: LeadUniverse): number {
  return u.members.filter((m) => m.need === 'must').length;
}

export function chooseLeads(
  schools: readonly ProposalSchool[],
  options: ChooseLeadsOptions,
  params: ProposalParams = DEFAULT_PROPOSAL_PARAMS,
): LeadChoice {
  const u = buildLeadUniverse(schools, options.candidates, params);
  const search = new Search(u);
  const passes = options.maxSwapPasses ?? 10;
  const run = (k: number): Scored => search.swaps(search.greedy(k), passes);
  let best: Scored;
  if (options.count === 'fewest') {
    // No fewer than the places need: each lead takes capacity members and covers itself.
    let k = Math.min(u.candidates.length, Math.ceil(mustCount(u) / (u.capacity + 1)));
    best = run(k);
    while (best.uncovered > 0 && k < u.candidates.length) best = run(++k);
  } else {
    best = run(Math.min(options.count, u.candidates.length));
  }
  // Order the leads as the candidates were given, so the same input gives the same proposal.
  const chosen = [...best.chosen].sort((a, b) => a - b);
  const model = modelForLeads(u, chosen);
  const solution = solveAssignment(model);
  const proposal = proposalFromSolution(model, solution);
  const feasible = best.uncovered === 0;
  const bound = feasible
    ? lagrangianBound(u, chosen.length, {
        upperUnits: solution.objectiveUnits,
        ...(options.boundIterations === undefined ? {} : { iterations: options.boundIterations }),
      })
    : null;
  const lowerBound = bound === null ? null : bound / COST_UNITS;
  const objective = proposal.objective;
  return {
    proposal,
    leads: chosen.map((j) => u.candidates[j]!.schoolCode),
    count: chosen.length,
    objective,
    lowerBound,
    gap: lowerBound === null ? null : objective === 0 ? 0 : (objective - lowerBound) / objective,
    evaluations: search.evaluations,
  };
}
