// `npm run bench [-- name ...]`: runs the named benchmarks (all when none is named) and prints, per line, our
// figure, the peer's or floor's figure on the same input, their ratio and whether the goal is met.
import type { Bench, BenchRow } from './types';

const benches: Record<string, () => Promise<Bench>> = {
  // Each entry loads its module lazily so one bench's heavy imports do not slow the others.
  balance: () => import('./balance'),
  rotation: () => import('./rotation'),
  api: () => import('./api'),
  import: () => import('./import'),
  communities: () => import('./communities'),
};

function format(n: number | null): string {
  if (n === null) return '—';
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4);
}

// Below 1 (we are faster) one decimal would print 0.0×: keep two significant digits there.
function ratioText(x: number): string {
  return x >= 1 ? x.toFixed(1) : x.toPrecision(2);
}

function meetsGoal(row: BenchRow): boolean | null {
  if (row.goal === null) return null;
  return row.unit === 'req/s' ? row.ours >= row.goal : row.ours <= row.goal;
}

export function renderRows(bench: string, rows: BenchRow[]): string {
  const lines = rows.map((r) => {
    // The ratio says how many times the peer's figure ours is: time over time, or the peer's rate over ours.
    const ratio =
      r.peer === null || r.ours === 0 || r.peer === 0
        ? '—'
        : `${ratioText(r.unit === 'req/s' ? r.peer / r.ours : r.ours / r.peer)}×`;
    const goal = meetsGoal(r);
    const verdict = goal === null ? '' : goal ? 'PASS' : 'MISS';
    return [
      r.name.padEnd(52),
      `${format(r.ours)} ${r.unit}`.padStart(14),
      `${r.peerName ?? 'peer'}: ${format(r.peer)} ${r.peer === null ? '' : r.unit}`.padStart(30),
      `ratio ${ratio}`.padStart(14),
      r.goal === null ? '' : `goal ${r.unit === 'req/s' ? '≥' : '≤'} ${r.goal} ${r.unit} ${verdict}`,
      r.note ?? '',
    ].join('  ');
  });
  return [`## ${bench}`, ...lines].join('\n');
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const names = asked.length > 0 ? asked : Object.keys(benches);
  const unknown = names.filter((n) => !(n in benches));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  for (const name of names) {
    const bench = await (benches[name] as () => Promise<Bench>)();
    console.log(renderRows(name, await bench.run()));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
