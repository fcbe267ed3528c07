// A lower bound on the best proposal with exactly k leads chosen from the candidates, so the heuristic can say
// how far from optimal it may be. Lagrangian relaxation of "each school is covered once" (multiplier λᵢ): what
// remains splits by candidate — a chosen lead j is worth vⱼ = −λⱼ (it covers itself) plus its `capacity` most
// negative reduced costs cᵢⱼ − λᵢ — so L(λ) = Σλᵢ + Σ_may min(0, leaveOut − λᵢ) + (the k smallest vⱼ) is a
// valid bound for every λ (weak duality). Subgradient steps (Polyak, towards the heuristic's value) raise it.
import type { LeadUniverse } from './universe';

interface Incidence {
  member: number;
  units: number;
}

export interface LowerBoundOptions {
  /** The heuristic's objective (units): the Polyak target, and a stop once the bound reaches it. */
  upperUnits: number | null;
  iterations?: number;
}

/** Must schools nobody can cover (no candidate in reach, not a candidate) are uncovered in every proposal. */
export function coverable(u: LeadUniverse, i: number): boolean {
  const m = u.members[i]!;
  return m.need === 'may' || m.pairs.length > 0 || m.candidate >= 0;
}

export function lagrangianBound(u: LeadUniverse, k: number, options: LowerBoundOptions): number {
  const n = u.members.length;
  const count = Math.min(k, u.candidates.length);
  const active = u.members.map((_, i) => coverable(u, i));
  const byLead: Incidence[][] = u.candidates.map(() => []);
  u.members.forEach((m, i) => {
    if (active[i]) for (const p of m.pairs) byLead[p.lead]!.push({ member: i, units: p.units });
  });
  const lambda = new Float64Array(n);
  u.members.forEach((m, i) => {
    if (!active[i]) return;
    const cheapest = m.pairs.length > 0 ? m.pairs[0]!.units : Infinity;
    const best = Math.min(cheapest, m.need === 'may' ? u.leaveOutUnits : Infinity);
    lambda[i] = Number.isFinite(best) ? best : 0;
  });
  const g = new Float64Array(n);
  const v = new Float64Array(u.candidates.length);
  const picks: Incidence[][] = u.candidates.map(() => []);
  const order = u.candidates.map((_, j) => j);
  let best = -Infinity;
  let theta = 2;
  let stale = 0;
  const iterations = options.iterations ?? 200;
  for (let it = 0; it < iterations; it++) {
    let value = 0;
    g.fill(0);
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      const l = lambda[i] as number;
      value += l;
      g[i] = 1;
      if (u.members[i]!.need === 'may' && u.leaveOutUnits - l < 0) {
        value += u.leaveOutUnits - l;
        g[i] = 0;
      }
    }
    for (let j = 0; j < u.candidates.length; j++) {
      const self = u.memberOf[j] as number;
      const reduced = byLead[j]!.map((x) => ({
        member: x.member,
        units: x.units - (lambda[x.member] as number),
      }))
        .filter((x) => x.units < 0)
        .sort((a, b) => a.units - b.units)
        .slice(0, u.capacity);
      picks[j] = reduced;
      v[j] =
        (self >= 0 && active[self] ? -(lambda[self] as number) : 0) +
        reduced.reduce((s, x) => s + x.units, 0);
    }
    order.sort((a, b) => (v[a] as number) - (v[b] as number) || a - b);
    for (let c = 0; c < count; c++) {
      const j = order[c]!;
      value += v[j] as number;
      const self = u.memberOf[j] as number;
      if (self >= 0 && active[self]) g[self] = (g[self] as number) - 1;
      for (const x of picks[j]!) g[x.member] = (g[x.member] as number) - 1;
    }
    if (value > best + 1e-9) {
      best = value;
      stale = 0;
    } else if (++stale >= 15) {
      theta /= 2;
      stale = 0;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (g[i] as number) ** 2;
    const target = options.upperUnits ?? Math.abs(best) * 1.05 + 1000;
    // A zero subgradient means the relaxed answer is a proposal: the bound is then the optimum itself.
    if (norm === 0 || theta < 1e-4 || best >= target) break;
    const step = (theta * Math.max(target - value, 1)) / norm;
    for (let i = 0; i < n; i++) lambda[i] = (lambda[i] as number) + step * (g[i] as number);
  }
  // Every proposal costs a whole number of units, so the bound rounds up — after allowing for float error.
  return Math.ceil(best - 1e-7 * Math.max(1, Math.abs(best)));
}
