// The teacher sheet in a compact, columnar form. A province-size sheet holds ~600,000 teachers; as objects
// (16 fields each, plus the raw grid and the objects of every pipeline step before them) they took gigabytes.
// Here each enumeration is one byte per row, each repeated text (school year, school code, month) is an index
// into a table of distinct values, and only the teacher code and the name are kept as strings per row.
import {
  BACKBONE_LEVELS,
  EDUCATIONS,
  GENDERS,
  POSTS,
  STAGES,
  SUBJECTS,
  TITLES,
  type SchoolYear,
  type Stage,
  type Teacher,
} from '../org/types';
import type { TeacherRowInput } from './row-schemas';
import type { TeacherDraft } from './sheet-rows';

/** The fields a teacher row and a validated sheet row share. */
type RowFields = Omit<TeacherRowInput, 'stage' | 'employer'>;

/** A growable typed array. */
class Column<T extends Uint8Array | Int32Array> {
  data: T;
  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }
  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const bigger = this.make(Math.max(this.data.length * 2, i + 1));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[i] = value;
  }
  trim(length: number): void {
    if (this.data.length > length) this.data = this.data.slice(0, length) as T;
  }
}

const bytes = () => new Column((n) => new Uint8Array(n));
const ints = () => new Column((n) => new Int32Array(n));

/** Distinct strings, each numbered once. */
export class Interned {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
  at(i: number): string {
    return this.values[i] as string;
  }
  get size(): number {
    return this.values.length;
  }
}

const NONE = 255;

function enumIndex<T extends string>(list: readonly T[]): (value: T) => number {
  const index = new Map(list.map((v, i) => [v, i]));
  return (value) => {
    const i = index.get(value);
    if (i === undefined) throw new Error(`not a known value: ${value}`);
    return i;
  };
}
const genderIndex = enumIndex(GENDERS);
const stageIndex = enumIndex(STAGES);
const educationIndex = enumIndex(EDUCATIONS);
const titleIndex = enumIndex(TITLES);
const backboneIndex = enumIndex(BACKBONE_LEVELS);
const subjectIndex = enumIndex(SUBJECTS);
const postIndex = enumIndex(POSTS);

/** Teacher rows, column by column. Rows are only appended; the stage of a row may be settled later. */
export class TeacherTable {
  private n = 0;
  /** School years, school codes (of service and of the employer) and months as indexes into these. */
  readonly years = new Interned();
  readonly codes = new Interned();
  readonly months = new Interned();
  private readonly cols = {
    year: ints(),
    teacherCode: [] as string[],
    name: [] as string[],
    gender: bytes(),
    birthMonth: ints(),
    school: ints(),
    stage: bytes(),
    /** -1: the county bureau (县管校聘). */
    employer: ints(),
    education: bytes(),
    title: bytes(),
    backbone: bytes(),
    subject: bytes(),
    fullTime: bytes(),
    certified: bytes(),
    atSchoolSince: ints(),
    post: bytes(),
  };

  static from(teachers: Iterable<TeacherDraft>): TeacherTable {
    const table = new TeacherTable();
    for (const t of teachers) table.push(t);
    return table;
  }

  get length(): number {
    return this.n;
  }

  push(t: TeacherDraft): number {
    return this.add(t, t.stage, t.employerSchoolCode);
  }

  /** A validated row of the teacher sheet (its 人事关系所在单位 is a school code, or null for the bureau). */
  pushRow(row: TeacherRowInput): number {
    return this.add(row, row.stage ?? null, row.employer);
  }

  private add(t: RowFields, stage: Stage | null, employer: string | null): number {
    const i = this.n;
    const c = this.cols;
    c.year.set(i, this.years.of(t.schoolYear));
    c.teacherCode.push(t.teacherCode);
    c.name.push(t.name);
    c.gender.set(i, genderIndex(t.gender));
    c.birthMonth.set(i, this.months.of(t.birthMonth));
    c.school.set(i, this.codes.of(t.schoolCode));
    c.stage.set(i, stage === null ? NONE : stageIndex(stage));
    c.employer.set(i, employer === null ? -1 : this.codes.of(employer));
    c.education.set(i, educationIndex(t.education));
    c.title.set(i, titleIndex(t.title));
    c.backbone.set(i, t.backboneLevel === null ? NONE : backboneIndex(t.backboneLevel));
    c.subject.set(i, subjectIndex(t.subject));
    c.fullTime.set(i, t.fullTime ? 1 : 0);
    c.certified.set(i, t.certified ? 1 : 0);
    c.atSchoolSince.set(i, this.months.of(t.atSchoolSince));
    c.post.set(i, postIndex(t.post));
    this.n = i + 1;
    return i;
  }

  /** Gives back the spare room of the growable columns once every row is in. */
  trim(): void {
    for (const c of Object.values(this.cols)) if (!Array.isArray(c)) c.trim(this.n);
  }

  schoolYear(i: number): SchoolYear {
    return this.years.at(this.cols.year.data[i] as number) as SchoolYear;
  }
  teacherCode(i: number): string {
    return this.cols.teacherCode[i] as string;
  }
  schoolCode(i: number): string {
    return this.codes.at(this.cols.school.data[i] as number);
  }
  /** Index of the school code in `codes`. */
  schoolIndex(i: number): number {
    return this.cols.school.data[i] as number;
  }
  /** Index of the employer's school code in `codes`, -1 for the county bureau. */
  employerIndex(i: number): number {
    return this.cols.employer.data[i] as number;
  }
  employerSchoolCode(i: number): string | null {
    const e = this.employerIndex(i);
    return e < 0 ? null : this.codes.at(e);
  }
  stage(i: number): Stage | null {
    const s = this.cols.stage.data[i] as number;
    return s === NONE ? null : (STAGES[s] as Stage);
  }
  setStage(i: number, stage: Stage): void {
    this.cols.stage.set(i, stageIndex(stage));
  }

  /** Row i as a plain Teacher (its stage must be settled). */
  get(i: number): Teacher {
    const c = this.cols;
    const backbone = c.backbone.data[i] as number;
    return {
      schoolYear: this.schoolYear(i),
      teacherCode: c.teacherCode[i] as string,
      name: c.name[i] as string,
      gender: GENDERS[c.gender.data[i] as number] as Teacher['gender'],
      birthMonth: this.months.at(c.birthMonth.data[i] as number),
      schoolCode: this.schoolCode(i),
      stage: this.stage(i) as Stage,
      employerSchoolCode: this.employerSchoolCode(i),
      education: EDUCATIONS[c.education.data[i] as number] as Teacher['education'],
      title: TITLES[c.title.data[i] as number] as Teacher['title'],
      backboneLevel: backbone === NONE ? null : (BACKBONE_LEVELS[backbone] as Teacher['backboneLevel']),
      subject: SUBJECTS[c.subject.data[i] as number] as Teacher['subject'],
      fullTime: c.fullTime.data[i] === 1,
      certified: c.certified.data[i] === 1,
      atSchoolSince: this.months.at(c.atSchoolSince.data[i] as number),
      post: POSTS[c.post.data[i] as number] as Teacher['post'],
    };
  }

  *[Symbol.iterator](): Iterator<Teacher> {
    for (let i = 0; i < this.n; i++) yield this.get(i);
  }

  toArray(): Teacher[] {
    const out: Teacher[] = new Array<Teacher>(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.get(i);
    return out;
  }

  /** The distinct school years, in order of first appearance. */
  schoolYears(): SchoolYear[] {
    return [...this.years.values] as SchoolYear[];
  }

  /** School ids by school-code index (see `columns`); `schoolId` maps a school code to its id. */
  schoolIds(schoolId: (code: string) => string): string[] {
    return this.codes.values.map(schoolId);
  }

  /**
   * Rows [from, to) as one array per database column, each value as the database takes it (text, or a boolean),
   * school codes replaced by `ids` (from `schoolIds`). For batched inserts straight from the compact form.
   */
  columns(from: number, to: number, ids: readonly string[]): TeacherColumns {
    const c = this.cols;
    const count = Math.max(0, Math.min(to, this.n) - from);
    const idOf = (code: number): string => ids[code] as string;
    const out: TeacherColumns = {
      schoolYear: new Array<string>(count),
      teacherCode: c.teacherCode.slice(from, from + count),
      name: c.name.slice(from, from + count),
      gender: new Array<string>(count),
      birthMonth: new Array<string>(count),
      schoolId: new Array<string>(count),
      stage: new Array<string>(count),
      employerSchoolId: new Array<string | null>(count),
      education: new Array<string>(count),
      title: new Array<string>(count),
      backboneLevel: new Array<string | null>(count),
      subject: new Array<string>(count),
      fullTime: new Array<boolean>(count),
      certified: new Array<boolean>(count),
      atSchoolSince: new Array<string>(count),
      post: new Array<string>(count),
    };
    for (let k = 0; k < count; k++) {
      const i = from + k;
      const employer = c.employer.data[i] as number;
      const backbone = c.backbone.data[i] as number;
      const stage = c.stage.data[i] as number;
      if (stage === NONE) throw new Error(`teacher row ${i}: the stage is not settled`);
      out.schoolYear[k] = this.years.at(c.year.data[i] as number);
      out.gender[k] = GENDERS[c.gender.data[i] as number] as string;
      out.birthMonth[k] = this.months.at(c.birthMonth.data[i] as number);
      out.schoolId[k] = idOf(c.school.data[i] as number);
      out.stage[k] = STAGES[stage] as string;
      out.employerSchoolId[k] = employer < 0 ? null : idOf(employer);
      out.education[k] = EDUCATIONS[c.education.data[i] as number] as string;
      out.title[k] = TITLES[c.title.data[i] as number] as string;
      out.backboneLevel[k] = backbone === NONE ? null : (BACKBONE_LEVELS[backbone] as string);
      out.subject[k] = SUBJECTS[c.subject.data[i] as number] as string;
      out.fullTime[k] = c.fullTime.data[i] === 1;
      out.certified[k] = c.certified.data[i] === 1;
      out.atSchoolSince[k] = this.months.at(c.atSchoolSince.data[i] as number);
      out.post[k] = POSTS[c.post.data[i] as number] as string;
    }
    return out;
  }
}

/** A batch of teacher rows as database columns (school codes replaced by school ids). */
export interface TeacherColumns {
  schoolYear: string[];
  teacherCode: string[];
  name: string[];
  gender: string[];
  birthMonth: string[];
  schoolId: string[];
  stage: string[];
  employerSchoolId: (string | null)[];
  education: string[];
  title: string[];
  backboneLevel: (string | null)[];
  subject: string[];
  fullTime: boolean[];
  certified: boolean[];
  atSchoolSince: string[];
  post: string[];
}
