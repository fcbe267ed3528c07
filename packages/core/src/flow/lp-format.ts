// A FlowProblem as a CPLEX LP-format model: one variable per arc, one equality per node. Used to check the
// solver against HiGHS in tests and to time HiGHS on the same model in the benchmark; core never solves LPs.
import type { FlowProblem } from './types';

/** LP readers cap line length; continuation lines are allowed anywhere between terms. */
export function wrap(terms: readonly string[], perLine = 12): string {
  const chunks: string[] = [];
  for (let i = 0; i < terms.length; i += perLine) chunks.push(terms.slice(i, i + perLine).join(' '));
  return chunks.join('\n   ');
}

export function flowProblemToLp(problem: FlowProblem, options: { integer?: boolean } = {}): string {
  const obj: string[] = [];
  const rows: string[][] = Array.from({ length: problem.nodeCount }, () => []);
  const bounds: string[] = [];
  problem.arcs.forEach((a, i) => {
    const x = `x${i}`;
    if (a.cost !== 0) obj.push(`${a.cost >= 0 ? '+' : '-'} ${Math.abs(a.cost)} ${x}`);
    rows[a.from]!.push(`+ ${x}`);
    rows[a.to]!.push(`- ${x}`);
    bounds.push(` ${a.lower ?? 0} <= ${x} <= ${a.capacity}`);
  });
  const lines = ['Minimize', ` obj: ${obj.length > 0 ? wrap(obj) : '0 x0'}`, 'Subject To'];
  rows.forEach((terms, v) => {
    // A node with supply and no arcs makes the model infeasible; an empty row cannot say so, so it is left out
    // and callers (the tests) only hand in problems where every supplied node has an arc.
    if (terms.length === 0) return;
    lines.push(` n${v}: ${wrap(terms)} = ${problem.supplies[v] as number}`);
  });
  lines.push('Bounds', ...bounds);
  if (options.integer === true && problem.arcs.length > 0) {
    lines.push('General', ` ${problem.arcs.map((_, i) => `x${i}`).join(' ')}`);
  }
  lines.push('End');
  return lines.join('\n');
}
