// The demo county's schools settled: weak flags (薄弱学校), 10-digit codes, coordinates and growth, on top of the
// drafted network (school-drafts.ts).
import type { School } from '../org/types';
import { urbanRuralOf } from '../org/types';
import type { Random } from '../shared/random';
import { pointNear } from './geography';
import { NO_SHORTFALL, type SchoolPlan } from './plan';
import { townshipDrafts, urbanDrafts, type CountyContext, type Draft } from './school-drafts';
import { sampleDistinct, shuffled, uniform } from './sampling';

export type { CountyContext } from './school-drafts';

/** Scale every section (teaching points and special education aside) so the county totals `target` students. */
export function rescaleEnrollment(plans: SchoolPlan[], target: number): void {
  const fixed = (p: SchoolPlan): boolean =>
    p.school.schoolType === 'teachingPoint' || p.school.schoolType === 'specialEducation';
  const sum = (f: (p: SchoolPlan) => boolean): number =>
    plans.filter(f).reduce((n, p) => n + p.base.primary + p.base.junior, 0);
  const factor = (target - sum(fixed)) / sum((p) => !fixed(p));
  for (const p of plans) {
    if (fixed(p)) continue;
    p.base = {
      primary: Math.round(p.base.primary * factor),
      junior: Math.round(p.base.junior * factor),
      senior: Math.round(p.base.senior * factor),
    };
  }
}

/** ~15% of schools are flagged weak (薄弱学校), about four in five of them rural; the built-in shortfalls are weak. */
function markWeak(rng: Random, drafts: Draft[]): void {
  const rural = (d: Draft): boolean => urbanRuralOf(d.urbanRuralCode) === 'rural';
  const town = (d: Draft): boolean => urbanRuralOf(d.urbanRuralCode) === 'town';
  const villagePrimaries = drafts.filter((d) => rural(d) && d.schoolType === 'primary');
  for (const d of sampleDistinct(rng, villagePrimaries, Math.min(2, villagePrimaries.length))) {
    d.shortfall = { ...d.shortfall, equipment: true };
    d.weak = true;
  }
  const towns = drafts.filter((d) => town(d) && !d.central);
  const townWeak = rng.pick(towns.length > 0 ? towns : drafts.filter(town));
  townWeak.shortfall = { ...townWeak.shortfall, multimedia: true };
  townWeak.weak = true;
  const target = Math.round(drafts.length * 0.15);
  const candidates = shuffled(
    rng,
    drafts.filter((d) => !d.weak && (rural(d) || town(d))),
  );
  for (const d of candidates) {
    const weakCount = drafts.filter((x) => x.weak).length;
    if (weakCount >= target) break;
    if (rural(d) || rng.chance(0.2)) d.weak = true;
  }
}

function place(rng: Random, d: Draft): { lng: number; lat: number } {
  if (d.township.seat) return pointNear(rng, d.township, 0.3, 3.5);
  if (d.schoolType === 'nineYear') return pointNear(rng, d.township, 4, 10);
  if (d.urbanRuralCode === '220') return pointNear(rng, d.township, 2, 9);
  return pointNear(rng, d.township, 0, 1);
}

/** 学校标识码: '2' + the county's division code + a 3-digit serial, so codes are unique across a province. */
function schoolCodes(rng: Random, countyCode: string, n: number): string[] {
  const serials = Array.from({ length: 999 }, (_, i) => i + 1);
  return sampleDistinct(rng, serials, n)
    .sort((a, b) => a - b)
    .map((k) => `2${countyCode}${String(k).padStart(3, '0')}`);
}

export function planSchools(rng: Random, ctx: CountyContext): SchoolPlan[] {
  const [seat, ...rest] = ctx.townships;
  if (!seat) throw new Error('a county needs at least its seat township');
  const drafts = [...urbanDrafts(rng, ctx, seat), ...townshipDrafts(rng, ctx, rest)];
  // One town secondary school sits in a 特殊区域 (123: an industrial park or state farm), so every town code occurs.
  const townSecondary = drafts.filter(
    (d) => d.urbanRuralCode === '121' && !d.central && d.schoolType !== 'nineYear',
  );
  if (townSecondary.length > 0) rng.pick(townSecondary).urbanRuralCode = '123';
  markWeak(rng, drafts);
  const codes = schoolCodes(rng, ctx.countyCode, drafts.length);
  const codeOf = new Map(drafts.map((d, i) => [d, codes[i] as string]));
  return drafts.map((d): SchoolPlan => {
    const area = urbanRuralOf(d.urbanRuralCode);
    const { lng, lat } = place(rng, d);
    const school: School = {
      schoolCode: codeOf.get(d) as string,
      name: d.name,
      countyCode: ctx.countyCode,
      township: d.township.name,
      schoolType: d.schoolType,
      ownership: d.ownership ?? 'public',
      runBy: d.runBy ?? 'county',
      urbanRuralCode: d.urbanRuralCode,
      parentSchoolCode: d.parent ? (codeOf.get(d.parent) ?? null) : null,
      weak: d.weak ?? false,
      lng,
      lat,
    };
    return {
      school,
      area,
      base: d.base,
      growth: area === 'rural' ? -uniform(rng, 0.05, 0.12) : uniform(rng, 0.03, 0.08),
      classSize: d.classSize,
      primaryGrades: d.primaryGrades ?? 6,
      shortfall: { ...NO_SHORTFALL, ...d.shortfall },
      superOversizedClasses: d.superOversizedClasses ?? 0,
      central: d.central ?? false,
    };
  });
}
