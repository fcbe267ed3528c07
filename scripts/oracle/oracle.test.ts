import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { equityReport, seededRandom, type Measure } from '@junheng/core';

// The TypeScript measures against an independent high-precision reference (standards.md §9: agree to 1e-12).
const script = fileURLToPath(new URL('./equity_oracle.py', import.meta.url));
const python = spawnSync('python3', ['--version']).status === 0;

function dataset(seed: number, n: number) {
  const rnd = seededRandom(seed);
  const weights: number[] = [];
  const values: number[] = [];
  const groups: string[] = [];
  for (let i = 0; i < n; i++) {
    const students = rnd.int(8, 2500);
    weights.push(students);
    values.push(rnd.int(1, 90_000) / students); // e.g. books per student, a ratio as stored
    groups.push(rnd.pick(['urban', 'town', 'rural']));
  }
  return { weights, values, groups };
}

const close = (ours: number, ref: number) =>
  expect(Math.abs(ours - ref) / Math.max(Math.abs(ref), 1e-300)).toBeLessThanOrEqual(1e-12);
const num = (m: Measure): number => (m.defined ? m.value : Number.NaN);

describe('equity measures against the Python oracle', () => {
  it('agree to 1e-12 relative on generated counties', () => {
    if (!python) {
      console.warn('SKIPPED: python3 not found — the oracle comparison did not run');
      // On CI the oracle must run: a missing python3 is a failure there, not a pass.
      expect(process.env.CI).toBeFalsy();
      return;
    }
    const datasets = [dataset(1, 5), dataset(2, 40), dataset(3, 300), dataset(4, 1)];
    const run = spawnSync('python3', [script], { input: JSON.stringify({ datasets }), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { results } = JSON.parse(run.stdout) as { results: Array<Record<string, number>> };
    expect(results).toHaveLength(datasets.length);
    datasets.forEach((d, i) => {
      const ref = results[i] as Record<string, number>;
      const ours = equityReport(d);
      if (!ours.cv.defined) throw new Error('CV undefined');
      close(ours.cv.cv, ref.cv as number);
      close(ours.cv.mean, ref.mean as number);
      if (d.weights.length > 1) {
        close(num(ours.gini), ref.gini as number);
        close(num(ours.theil.theilT), ref.theilT as number);
        close(num(ours.theil.theilL), ref.theilL as number);
        close(num(ours.theil.withinT), ref.withinT as number);
        close(num(ours.theil.betweenT), ref.betweenT as number);
        close(num(ours.theil.withinL), ref.withinL as number);
        close(num(ours.theil.betweenL), ref.betweenL as number);
      }
      close(ours.median as number, ref.median as number);
      close(num(ours.mcLoone), ref.mcLoone as number);
      close(num(ours.verstegen), ref.verstegen as number);
    });
  });
});
