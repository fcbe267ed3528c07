// `npm run bench -- rotation`: the rotation planner on the demo county and on one large generated county. The
// peer is HiGHS (simplex, WebAssembly) solving the very same flow network as an LP — parsing included, since that
// is how it gets the model — so the ratio shows what the specialised min-cost-flow solver buys.
import highs from 'highs';
import {
  buildDemoCounty,
  buildPlanNetwork,
  buildRotationModel,
  flowProblemToLp,
  generateDemoCounty,
  greedyRotation,
  planObjective,
  planRotation,
  seededRandom,
  SEED_POLICY,
  type CountyData,
  type PlanInput,
} from '@junheng/core';
import { medianMs } from './timing';
import type { BenchRow } from './types';

function largeCounty(): CountyData {
  // About 150,000 pupils and 9,000 teachers: the size of a big county or a city district.
  return buildDemoCounty(seededRandom(7), {
    county: { divisionCode: '510799', name: '大县', cityDivisionCode: '510700', cityName: '示例市' },
    schoolYears: ['2024-2025'],
    seat: { lng: 104.7, lat: 31.8 },
    townshipCount: 13,
    scale: 1,
    targetStudents: 150_000,
  });
}

function inputOf(county: CountyData): PlanInput {
  return {
    schools: county.schools,
    stats: county.stats,
    teachers: county.teachers,
    schoolYear: '2024-2025',
    campaignMonth: '2025-09',
    policy: SEED_POLICY,
  };
}

async function rows(label: string, county: CountyData, runs: number): Promise<BenchRow[]> {
  const input = inputOf(county);
  const solver = await highs();
  const built = buildRotationModel(input);
  const problem = buildPlanNetwork(built.model).network.problem();
  const lp = flowProblemToLp(problem);
  const size = `${built.model.candidates.length} candidates, ${problem.arcs.length.toLocaleString('en')} arcs`;
  const solveOnly = medianMs(() => buildPlanNetwork(built.model).network.solve(), runs, 1);
  const full = medianMs(() => planRotation(input), runs, 1);
  let theirs = NaN;
  const peer = medianMs(
    () => {
      const r = solver.solve(lp, { solver: 'simplex' });
      theirs = r.Status === 'Optimal' ? r.ObjectiveValue : NaN;
    },
    runs,
    1,
  );
  const ours = buildPlanNetwork(built.model).network.solve().totalCost;
  const plan = planRotation(input);
  const greedy = planObjective(built.model, greedyRotation(built.model));
  const same =
    Math.abs(ours - theirs) <= 1e-6 * Math.max(1, Math.abs(ours)) ? 'same optimum' : 'OPTIMA DIFFER';
  const note = `${plan.assignments.length} sent, ${plan.shortfalls.length} shortfalls (greedy: ${greedy.quotas / built.model.weights.quotaPenalty}); ${same} as HiGHS`;
  return [
    {
      name: `min-cost flow, ${label} (${size})`,
      ours: solveOnly,
      peer,
      peerName: 'HiGHS LP',
      unit: 'ms',
      goal: null,
      note,
    },
    {
      name: `full plan with reasons, ${label}`,
      ours: full,
      peer,
      peerName: 'HiGHS LP',
      unit: 'ms',
      goal: null,
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const demo = await rows('demo county', generateDemoCounty({ schoolYears: ['2024-2025'] }), 5);
  const large = await rows('large county', largeCounty(), 3);
  return [...demo, ...large];
}
