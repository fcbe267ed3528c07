// Draws for one teacher's attributes. The shapes follow what county statistics and the seeds report: city
// teachers younger and better qualified, village teachers older with more 专科 diplomas, PE/music/art
// teachers scarce in villages (seed 000: 农村小学全科教师 as the remedy), backbone teachers clustered in town.
import type { BackboneLevel, Education, Gender, Stage, Subject, Title, UrbanRural } from '../org/types';
import type { Random } from '../shared/random';
import { clippedNormal, weightedPick, type Weighted } from './sampling';

/** Share of women by stage and place: about 70% in primary schools overall. */
const FEMALE_SHARE: Record<Stage, Record<UrbanRural, number>> = {
  primary: { urban: 0.8, town: 0.72, rural: 0.58 },
  junior: { urban: 0.62, town: 0.55, rural: 0.45 },
};

export function drawGender(rng: Random, stage: Stage, area: UrbanRural): Gender {
  return rng.chance(FEMALE_SHARE[stage][area]) ? 'female' : 'male';
}

/** Retirement: men at 60, women at 55 unless they hold a senior title (then 60). */
export function retirementAge(gender: Gender, title: Title): number {
  return gender === 'male' || title === 'senior' || title === 'senior_professor' ? 60 : 55;
}

export function drawAge(rng: Random, area: UrbanRural, gender: Gender): number {
  const mean = area === 'urban' ? 39 : area === 'town' ? 42 : 46;
  return Math.floor(clippedNormal(rng, mean, 9, 22, gender === 'female' ? 54.99 : 59.99));
}

export function drawEducation(rng: Random, area: UrbanRural, stage: Stage, age: number): Education {
  const [pg, ba, as, sec, hs] =
    area === 'urban' ? [6, 80, 13, 1, 0] : area === 'town' ? [1.5, 66, 30, 2.5, 0] : [0.3, 46, 48, 5, 0.7];
  // Junior posts have required 本科 since the 2000s; the oldest cohorts trained at 中师 (secondary normal schools).
  const j = stage === 'junior' ? [1.5, 1.3, 0.35, 0.2, 0.2] : [1, 1, 1, 1, 1];
  const a = age >= 50 ? [0.5, 0.7, 1.6, 3, 3] : age < 30 ? [1.3, 1.25, 0.5, 0, 0] : [1, 1, 1, 1, 1];
  const w = (i: number, base: number): number => base * (j[i] as number) * (a[i] as number);
  return weightedPick<Education>(rng, [
    ['postgraduate', w(0, pg)],
    ['bachelor', w(1, ba)],
    ['associate', w(2, as)],
    ['secondary', w(3, sec)],
    ['highSchoolOrBelow', w(4, hs)],
  ]);
}

export function drawTitle(rng: Random, age: number, area: UrbanRural): Title {
  const seniorBoost = area === 'urban' ? 1.4 : area === 'rural' ? 0.6 : 1;
  const table: Weighted<Title> =
    age < 24
      ? [
          ['none', 6],
          ['third', 4],
        ]
      : age < 28
        ? [
            ['none', 1],
            ['third', 3],
            ['second', 6],
          ]
        : age < 35
          ? [
              ['third', 0.5],
              ['second', 6],
              ['first', 3.5],
            ]
          : age < 45
            ? [
                ['second', 3.5],
                ['first', 5.5],
                ['senior', 0.35 * seniorBoost],
              ]
            : [
                ['second', 2],
                ['first', 5.5],
                ['senior', 1.2 * seniorBoost],
                ['senior_professor', area === 'urban' ? 0.04 : 0],
              ];
  return weightedPick(rng, table);
}

const BACKBONE_SHARE: Record<UrbanRural, number> = { urban: 0.22, town: 0.13, rural: 0.05 };

/** About 10% county-level, 3% city, under 1% province, next to no national backbone teachers. */
export function drawBackbone(rng: Random, area: UrbanRural, age: number, title: Title): BackboneLevel | null {
  if (age < 28 || title === 'none' || title === 'third') return null;
  const titleFactor = title === 'second' ? 0.7 : 1.3;
  if (!rng.chance(BACKBONE_SHARE[area] * titleFactor)) return null;
  return weightedPick<BackboneLevel>(rng, [
    ['county', 0.72],
    ['city', 0.22],
    ['province', 0.055],
    ['national', 0.002],
  ]);
}

type SubjectWeights = Record<Subject, number>;

const PRIMARY_SUBJECTS: SubjectWeights = {
  chinese: 34,
  math: 27,
  english: 8,
  science: 5,
  morality_law: 4,
  music: 5,
  fine_arts: 4.5,
  pe: 6,
  it: 2,
  labour: 1,
  mental_health: 1,
  other: 2.5,
};
// History, geography and the like have no code of their own in the template: they are 其他.
const JUNIOR_SUBJECTS: SubjectWeights = {
  chinese: 16,
  math: 16,
  english: 14,
  science: 15,
  morality_law: 6,
  music: 3,
  fine_arts: 2.5,
  pe: 7,
  it: 3,
  labour: 1,
  mental_health: 1.2,
  other: 11,
};
const SCARCE_IN_VILLAGES: Partial<Record<Subject, number>> = {
  music: 0.3,
  fine_arts: 0.28,
  pe: 0.4,
  english: 0.65,
  it: 0.4,
  mental_health: 0.3,
};
const SCARCE_IN_TOWNS: Partial<Record<Subject, number>> = { music: 0.7, fine_arts: 0.7, pe: 0.75 };

const subjectTables = new Map<string, Weighted<Subject>>();

function subjectTable(stage: Stage, area: UrbanRural): Weighted<Subject> {
  const key = `${stage}:${area}`;
  const cached = subjectTables.get(key);
  if (cached) return cached;
  const base = stage === 'primary' ? PRIMARY_SUBJECTS : JUNIOR_SUBJECTS;
  const factors = area === 'rural' ? SCARCE_IN_VILLAGES : area === 'town' ? SCARCE_IN_TOWNS : {};
  const table = (Object.keys(base) as Subject[]).map((s) => [s, base[s] * (factors[s] ?? 1)] as const);
  subjectTables.set(key, table);
  return table;
}

export function drawSubject(rng: Random, stage: Stage, area: UrbanRural): Subject {
  return weightedPick(rng, subjectTable(stage, area));
}
