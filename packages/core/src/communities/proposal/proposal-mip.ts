// The proposal model as a mixed-integer program in CPLEX LP format, written from the model — not from the flow
// network — so HiGHS checks the network construction as well as the flow solver. Tests and the bench only: core
// never solves MIPs itself.
import { wrap } from '../../flow/lp-format';
import type { ProposalModel } from './model';

/** Binary x per member–lead pair, binary z per "may" member left out; must members with no pair are skipped. */
export function proposalMip(model: ProposalModel): string {
  const obj: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const term = (cost: number, v: string): void => {
    binaries.push(v);
    if (cost !== 0) obj.push(`+ ${cost} ${v}`);
  };
  model.pairs.forEach((p, k) => term(p.units, `x${k}`));
  const perLead: string[][] = model.leads.map(() => []);
  model.pairs.forEach((p, k) => perLead[p.lead]!.push(`+ x${k}`));
  model.members.forEach((m, i) => {
    const terms = m.pairs.map((k) => `+ x${k}`);
    if (m.need === 'may') {
      term(model.leaveOutUnits, `z${i}`);
      terms.push(`+ z${i}`);
    }
    if (terms.length > 0) rows.push(` a${i}: ${wrap(terms)} = 1`);
  });
  perLead.forEach((terms, l) => {
    if (terms.length > 0) rows.push(` c${l}: ${wrap(terms)} <= ${model.leads[l]!.capacity}`);
  });
  return [
    'Minimize',
    ` obj: ${obj.length > 0 ? wrap(obj) : '0 w0'}`,
    'Subject To',
    ...(rows.length > 0 ? rows : [' r0: w0 = 0']),
    'Bounds',
    ' 0 <= w0 <= 0',
    ...(binaries.length > 0 ? ['Binary', ` ${wrap(binaries)}`] : []),
    'End',
  ].join('\n');
}
