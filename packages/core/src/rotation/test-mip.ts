// The rotation model as a mixed-integer program in CPLEX LP format, written straight from the model — not from
// the flow network — so HiGHS checks the network construction as well as the solver (test-only helper).
import { wrap } from '../flow/lp-format';
import type { Segment } from '../flow/convex';
import type { RotationModel } from './model-types';

class Lp {
  obj: string[] = [];
  rows: string[] = [];
  bounds: string[] = [];
  binaries: string[] = [];
  private n = 0;

  variable(prefix: string, lo: number, hi: number, cost: number): string {
    const name = `${prefix}${this.n++}`;
    this.bounds.push(` ${lo} <= ${name} <= ${hi}`);
    if (cost !== 0) this.obj.push(`${cost >= 0 ? '+' : '-'} ${Math.abs(cost)} ${name}`);
    return name;
  }

  row(terms: string[], sense: '<=' | '>=' | '=', rhs: number): void {
    if (terms.length === 0) terms = ['0 z0'];
    this.rows.push(` r${this.rows.length}: ${wrap(terms)} ${sense} ${rhs}`);
  }

  text(): string {
    return [
      'Minimize',
      ` obj: ${this.obj.length > 0 ? wrap(this.obj) : '0 z0'}`,
      'Subject To',
      ...this.rows,
      'Bounds',
      ' 0 <= z0 <= 0',
      ...this.bounds,
      ...(this.binaries.length > 0 ? ['Binary', ` ${wrap(this.binaries)}`] : []),
      'End',
    ].join('\n');
  }
}

/** Σ segment variables = the count in `terms`; the LP fills the cheap (convex) segments first. */
function convex(lp: Lp, segments: readonly Segment[], terms: string[]): void {
  const ys = segments.map((s) => lp.variable('y', 0, s.capacity, s.cost));
  lp.row([...ys.map((y) => `+ ${y}`), ...terms.map((t) => `- ${t}`)], '=', 0);
}

/** A floor with a penalised missing part: m ≥ floor − Σ terms. */
function floor(lp: Lp, value: number, penalty: number, terms: string[]): void {
  if (value <= 0) return;
  const m = lp.variable('m', 0, value, penalty);
  lp.row([`+ ${m}`, ...terms.map((t) => `+ ${t}`)], '>=', value);
}

/** The LP text and the constant to add to HiGHS's objective to get planObjective(...).total. */
export function rotationMip(model: RotationModel): { lp: string; constant: number } {
  const lp = new Lp();
  const w = model.weights;
  let constant = 0;
  const x = model.candidates.map((c) => {
    const lock = c.lock === null ? 0 : w.lockPenalty;
    constant += lock;
    const vars = c.options.map((o) => {
      const name = lp.variable('x', 0, 1, c.sendCost + o.cost - lock);
      lp.binaries.push(name);
      return name;
    });
    lp.row(
      vars.map((v) => `+ ${v}`),
      '<=',
      1,
    );
    return vars;
  });
  const all = x.flat();
  const into = (pick: (slot: number) => boolean): string[] =>
    model.candidates.flatMap((c, i) => c.options.flatMap((o, j) => (pick(o.slot) ? [x[i]![j]!] : [])));
  model.slots.forEach((s, k) => {
    const arrivals = into((slot) => slot === k);
    lp.row(
      arrivals.map((v) => `+ ${v}`),
      '<=',
      s.shortage + s.surplus,
    );
    const u = lp.variable('u', 0, s.shortage, -s.reward);
    lp.row([`+ ${u}`, ...arrivals.map((v) => `- ${v}`)], '<=', 0);
  });
  model.sections.forEach((sec, r) => {
    const arrivals = into((slot) => model.slots[slot]!.section === r);
    lp.row(
      arrivals.map((v) => `+ ${v}`),
      '<=',
      sec.capacity,
    );
    convex(lp, sec.ratioSegments, arrivals);
    convex(
      lp,
      sec.peArtsSegments,
      into((slot) => model.slots[slot]!.section === r && model.slots[slot]!.peArts),
    );
  });
  const from = (pick: (i: number) => boolean): string[] =>
    model.candidates.flatMap((_, i) => (pick(i) ? x[i]! : []));
  model.senders.forEach((s, si) => {
    const sent = from((i) => model.candidates[i]!.sender === si);
    const backbone = from((i) => model.candidates[i]!.sender === si && model.candidates[i]!.backbone);
    if (model.level !== 'county') {
      lp.row(
        sent.map((v) => `+ ${v}`),
        '<=',
        s.cap,
      );
      floor(lp, s.floor, w.quotaPenalty, sent);
      floor(lp, s.backboneFloor, w.quotaPenalty, backbone);
    }
    for (const st of s.stages) {
      const c = model.candidates;
      convex(
        lp,
        st.backboneSegments,
        from((i) => c[i]!.sender === si && c[i]!.backbone && c[i]!.teacher.stage === st.stage),
      );
    }
  });
  lp.row(
    all.map((v) => `+ ${v}`),
    '<=',
    model.county.cap,
  );
  floor(lp, model.county.floor, w.quotaPenalty, all);
  if (model.level === 'county') {
    floor(
      lp,
      model.county.backboneFloor,
      w.quotaPenalty,
      from((i) => model.candidates[i]!.backbone),
    );
  }
  return { lp: lp.text(), constant };
}
