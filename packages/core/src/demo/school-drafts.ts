// The demo county's school network, drafted: city schools at the seat, a central school and a secondary school
// per township, village schools and teaching points under the central schools (glossary: 中心校, 村小, 教学点).
// Codes, weak flags and places are settled afterwards in schools.ts.
import type { RunBy, SchoolType, UrbanRuralCode } from '../org/types';
import type { Random } from '../shared/random';
import type { Township } from './geography';
import { FORMER_TOWNSHIP_NAMES, PRIVATE_SCHOOL_NAMES, VILLAGE_NAMES } from './names';
import type { Enrollment, Shortfall } from './plan';
import { sampleDistinct, shuffled, uniform, weightedPick } from './sampling';

export interface CountyContext {
  countyCode: string;
  countyName: string;
  cityName: string;
  townships: Township[];
  /** Multiplies every school's enrollment: larger for the big counties of a province. */
  scale: number;
}

export interface Draft {
  name: string;
  township: Township;
  schoolType: SchoolType;
  urbanRuralCode: UrbanRuralCode;
  ownership?: 'private';
  runBy?: RunBy;
  base: Enrollment;
  classSize: { primary: number; junior: number };
  primaryGrades?: number;
  shortfall?: Partial<Shortfall>;
  superOversizedClasses?: number;
  central?: boolean;
  parent?: Draft;
  weak?: boolean;
}

type Range = readonly [number, number];

function enrollment(
  rng: Random,
  scale: number,
  primary: Range | null,
  junior: Range | null,
  senior?: Range,
): Enrollment {
  const draw = (r: Range | null | undefined): number =>
    r ? Math.round(uniform(rng, r[0], r[1]) * scale) : 0;
  return { primary: draw(primary), junior: draw(junior), senior: draw(senior) };
}

function size(rng: Random, primary: Range, junior: Range = primary): { primary: number; junior: number } {
  return { primary: uniform(rng, primary[0], primary[1]), junior: uniform(rng, junior[0], junior[1]) };
}

export function urbanDrafts(rng: Random, ctx: CountyContext, seat: Township): Draft[] {
  const c = ctx.countyName;
  const s = ctx.scale;
  const d = (
    name: string,
    schoolType: SchoolType,
    code: UrbanRuralCode,
    rest: Omit<Draft, 'name' | 'schoolType' | 'urbanRuralCode' | 'township'>,
  ): Draft => ({
    name,
    schoolType,
    urbanRuralCode: code,
    township: seat,
    ...rest,
  });
  return [
    // The flagship primary: crowded, the county's oversized classes and a sports-ground shortfall (seed 004
    // names 大班额 in city schools as the problem to solve).
    d(`${c}实验小学`, 'primary', '111', {
      base: enrollment(rng, s, [2300, 2800], null),
      classSize: { primary: uniform(rng, 54.6, 55.6), junior: 0 },
      shortfall: { sports: true, teachingAux: true },
      superOversizedClasses: rng.int(1, 2),
    }),
    d(`${c}第二实验小学`, 'primary', '111', {
      base: enrollment(rng, s, [1600, 2200], null),
      classSize: size(rng, [50, 54]),
    }),
    d(`${c}城南小学`, 'primary', '112', {
      base: enrollment(rng, s, [1200, 1800], null),
      classSize: size(rng, [46, 52]),
    }),
    d(`${c}城北小学`, 'primary', '111', {
      base: enrollment(rng, s, [1300, 1900], null),
      classSize: size(rng, [48, 54]),
    }),
    d(`${c}东城小学`, 'primary', '112', {
      base: enrollment(rng, s, [900, 1400], null),
      classSize: size(rng, [45, 50]),
    }),
    d(`${c}实验初级中学`, 'junior', '111', {
      base: enrollment(rng, s, null, [1500, 2000]),
      classSize: size(rng, [52, 55]),
    }),
    d(`${c}城南初级中学`, 'junior', '112', {
      base: enrollment(rng, s, null, [900, 1300]),
      classSize: size(rng, [48, 52]),
      shortfall: { sports: true },
    }),
    d(`${c}中学`, 'completeSecondary', '111', {
      base: enrollment(rng, s, null, [1000, 1400], [1800, 2400]),
      classSize: size(rng, [50, 54]),
    }),
    d(`${c}第二中学`, 'completeSecondary', '112', {
      base: enrollment(rng, s, null, [800, 1200], [1200, 1800]),
      classSize: size(rng, [48, 53]),
    }),
    d(`${c}实验学校`, 'nineYear', '111', {
      base: enrollment(rng, s, [900, 1300], [500, 800]),
      classSize: size(rng, [46, 52]),
    }),
    d(`${c}${rng.pick(PRIVATE_SCHOOL_NAMES)}`, 'nineYear', '111', {
      ownership: 'private',
      base: enrollment(rng, s, [600, 900], [400, 700]),
      classSize: size(rng, [40, 45]),
    }),
    d(`${c}特殊教育学校`, 'specialEducation', '111', {
      base: enrollment(rng, s, [60, 100], [25, 50]),
      classSize: size(rng, [8, 12]),
    }),
    // A city-run school sitting in the county: in the workbook, outside the county's evaluation (standards.md §2).
    d(`${ctx.cityName}第七中学`, 'completeSecondary', '112', {
      runBy: 'city',
      base: enrollment(rng, s, null, [800, 1100], [1500, 2000]),
      classSize: size(rng, [50, 54]),
    }),
  ];
}

type SecondaryKind = 'junior' | 'completeSecondary' | 'nineYear';

function secondaryKinds(rng: Random, townships: Township[]): Map<Township, SecondaryKind> {
  const n = townships.length;
  const complete = Math.max(1, Math.round(n * 0.18));
  const nine = Math.max(1, Math.round(n * 0.27));
  const kinds = new Map<Township, SecondaryKind>();
  // Complete secondary schools stand in the larger 镇, never in a 乡.
  const towns = shuffled(
    rng,
    townships.filter((t) => !t.xiang),
  );
  towns.slice(0, complete).forEach((t) => kinds.set(t, 'completeSecondary'));
  const rest = shuffled(
    rng,
    townships.filter((t) => !kinds.has(t)),
  );
  rest.forEach((t, i) => kinds.set(t, i < nine ? 'nineYear' : 'junior'));
  return kinds;
}

export function townshipDrafts(rng: Random, ctx: CountyContext, townships: Township[]): Draft[] {
  const s = ctx.scale;
  const drafts: Draft[] = [];
  const kinds = secondaryKinds(rng, townships);
  const formerNames = sampleDistinct(rng, FORMER_TOWNSHIP_NAMES, townships.length);
  const centrals = new Map<Township, Draft>();
  townships.forEach((t, i) => {
    const code: UrbanRuralCode = t.xiang ? '210' : '121';
    const central: Draft = {
      name: `${t.name}中心小学`,
      township: t,
      schoolType: 'primary',
      urbanRuralCode: code,
      base: enrollment(rng, s, t.xiang ? [250, 550] : [500, 1200], null),
      classSize: t.xiang ? size(rng, [28, 36]) : size(rng, [40, 48]),
      central: true,
    };
    centrals.set(t, central);
    drafts.push(central);
    const kind = kinds.get(t) ?? 'junior';
    if (kind === 'completeSecondary') {
      drafts.push({
        name: `${t.name}中学`,
        township: t,
        schoolType: 'completeSecondary',
        urbanRuralCode: code,
        base: enrollment(rng, s, null, [600, 1100], [500, 1000]),
        classSize: size(rng, [44, 50]),
      });
    } else if (kind === 'junior') {
      drafts.push({
        name: `${t.name}初级中学`,
        township: t,
        schoolType: 'junior',
        urbanRuralCode: t.xiang ? '210' : rng.pick(['121', '122'] as const),
        base: enrollment(rng, s, null, t.xiang ? [200, 400] : [350, 900]),
        classSize: t.xiang ? size(rng, [32, 40]) : size(rng, [42, 50]),
      });
    } else {
      drafts.push({
        name: `${ctx.countyName}${formerNames[i] ?? t.name}九年一贯制学校`,
        township: t,
        schoolType: 'nineYear',
        urbanRuralCode: rng.pick(['210', '220'] as const),
        base: enrollment(rng, s, [180, 450], [120, 300]),
        classSize: size(rng, [25, 35], [30, 40]),
      });
    }
  });
  // Far townships keep more village schools: the reason the villages are small and hard to staff.
  const weights = townships.map((t) => [t, t.distanceKm] as const);
  const villagesUsed = new Map<Township, Set<string>>();
  const village = (t: Township): string => {
    const used = villagesUsed.get(t) ?? new Set<string>();
    villagesUsed.set(t, used);
    const free = VILLAGE_NAMES.filter((v) => !used.has(v));
    const name = rng.pick(free);
    used.add(name);
    return name;
  };
  const n = townships.length;
  const villageSchools = rng.int(Math.round(n * 0.75), Math.round(n * 1.25));
  for (let i = 0; i < villageSchools; i++) {
    const t = weightedPick(rng, weights);
    drafts.push({
      name: `${t.name}${village(t)}小学`,
      township: t,
      schoolType: 'primary',
      urbanRuralCode: '220',
      base: enrollment(rng, s, [80, 260], null),
      classSize: size(rng, [20, 32]),
    });
  }
  const teachingPoints = rng.int(Math.round(n * 0.45), Math.round(n * 0.8));
  for (let i = 0; i < teachingPoints; i++) {
    const t = weightedPick(rng, weights);
    // The first two are under 50 students: the quality-2017 exclusion line (standards.md §2) must bite.
    const students = Math.round(i < 2 ? uniform(rng, 12, 45) : uniform(rng, 15, 90) * Math.min(s, 1.5));
    drafts.push({
      name: `${t.name}${village(t)}教学点`,
      township: t,
      schoolType: 'teachingPoint',
      urbanRuralCode: '220',
      base: { primary: students, junior: 0, senior: 0 },
      classSize: size(rng, [6, 15]),
      primaryGrades: rng.int(3, 4),
      parent: centrals.get(t),
    });
  }
  return drafts;
}
