// `npm run bench -- balance`: the evaluation engine's hot paths on generated data, each beside the floor —
// one plain pass over the same arrays — so the ratio shows how close to memory speed we are.
import {
  BASIC_2012,
  buildEvaluationInput,
  equityReport,
  evaluateCountyStages,
  generateProvince,
  QUALITY_2017,
  seededRandom,
  weightedCv,
  type EvaluationInput,
} from '@junheng/core';
import { performance } from 'node:perf_hooks';
import { medianMs } from './timing';
import type { BenchRow } from './types';

const SCHOOLS = 240_000;

function generate(n: number) {
  const rnd = seededRandom(42);
  const weights = new Float64Array(n);
  const values = new Float64Array(n);
  const groups: string[] = new Array(n);
  const labels = ['urban', 'town', 'rural'];
  for (let i = 0; i < n; i++) {
    weights[i] = rnd.int(20, 2500);
    values[i] = rnd.int(100, 90_000) / (weights[i] as number);
    groups[i] = labels[i % 3] as string;
  }
  return { weights, values, groups };
}

/** The floor: one pass summing products over the same arrays (what any CV must at least read). */
function plainPass(w: Float64Array, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += (w[i] as number) * (x[i] as number);
  return s;
}

const PROVINCE_YEAR = '2024-2025';
const BOTH = [BASIC_2012, QUALITY_2017] as const;

/** The floor over prepared inputs: one pass over every section's students and one resource. */
function plainSectionPass(inputs: readonly EvaluationInput[]): number {
  let s = 0;
  for (const input of inputs) for (const x of input.sections) s += x.students * x.facilities.books;
  return s;
}

/**
 * The province (generateProvince: 183 counties) under both standards. Building the inputs (split, teacher
 * counting over the roster) is what an import does once; it is timed on its own row. The goal row times the
 * evaluation of every county under both standards from the prepared inputs, the median of 11 runs.
 */
function provinceEvaluation() {
  const inputs: EvaluationInput[] = [];
  let build = 0;
  let schools = 0;
  for (const county of generateProvince({ schoolYear: PROVINCE_YEAR })) {
    const t0 = performance.now();
    for (const standard of BOTH) inputs.push(buildEvaluationInput(county, PROVINCE_YEAR, standard));
    build += performance.now() - t0;
    schools += county.schools.length;
  }
  let sink = 0;
  const evaluateAll = () => {
    for (const input of inputs) {
      sink += evaluateCountyStages(input, input.standardId === BASIC_2012.id ? BASIC_2012 : QUALITY_2017)
        .schools.length;
    }
  };
  // The first run (code not yet optimised by the JIT) is reported beside the steady-state median.
  const t0 = performance.now();
  evaluateAll();
  const firstRun = performance.now() - t0;
  const evaluate = medianMs(evaluateAll, 11, 2);
  const floor = medianMs(() => (sink += plainSectionPass(inputs)), 5, 1);
  if (sink === 42) console.log('');
  const sections = inputs.reduce((n, i) => n + i.sections.length, 0) / BOTH.length;
  return { evaluate, firstRun, build, floor, counties: inputs.length / BOTH.length, schools, sections };
}

export async function run(): Promise<BenchRow[]> {
  const data = generate(SCHOOLS);
  let sink = 0;
  const floor = medianMs(() => (sink += plainPass(data.weights, data.values)), 31);
  const cv = medianMs(() => {
    const r = weightedCv(data.weights, data.values);
    sink += r.defined ? r.cv : 0;
  }, 31);
  const equity = medianMs(
    () => {
      sink += equityReport(data).lorenz.length;
    },
    7,
    2,
  );
  if (sink === 42) console.log(''); // keeps the work observable so it is not optimised away
  const province = provinceEvaluation();
  return [
    {
      name: `weighted CV, ${SCHOOLS.toLocaleString('en')} schools`,
      ours: cv,
      peer: floor,
      peerName: 'one plain pass',
      unit: 'ms',
      goal: 2,
    },
    {
      name: `full equity report, ${SCHOOLS.toLocaleString('en')} schools`,
      ours: equity,
      peer: floor,
      peerName: 'one plain pass',
      unit: 'ms',
      goal: 100,
    },
    {
      name: `province, ${province.counties} counties, both standards`,
      ours: province.evaluate,
      peer: province.floor,
      peerName: 'one plain pass',
      unit: 'ms',
      goal: 50,
      note: `${Math.round(province.sections).toLocaleString('en')} sections per standard; evaluation from prepared inputs; median of 11 (first run ${province.firstRun.toFixed(1)} ms)`,
    },
    {
      name: `province inputs built (split, roster counted)`,
      ours: province.build,
      peer: null,
      peerName: null,
      unit: 'ms',
      goal: null,
      note: `${province.schools.toLocaleString('en')} schools × 2 standards; done once per import`,
    },
  ];
}
