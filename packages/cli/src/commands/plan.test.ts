import {
  buildDemoCounty,
  DIRECTIONS,
  planRotation,
  schoolCommunityRoles,
  SEED_POLICY,
  seededRandom,
  NATIONAL_POLICY,
  urbanRuralOf,
  type Community,
  type RotationPlan,
} from '@junheng/core';
import {
  canonicalOrder,
  loadCountyData,
  openDatabase,
  SYSTEM_ACTOR,
  systemClock,
  writeCountyWorkbook,
} from '@junheng/server';
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junheng } from '../testing/run';

// A small county (20 schools, ~430 teachers) keeps the workbook and the database quick.
const generated = buildDemoCounty(seededRandom(7), {
  county: { divisionCode: '510799', name: '轮岗县', cityDivisionCode: '510700', cityName: '示例市' },
  schoolYears: ['2024-2025'],
  seat: { lng: 104.7, lat: 31.8 },
  townshipCount: 3,
  scale: 0.3,
});
// The command sorts by codes so a workbook and the database give the same plan; so does the expectation.
const county = canonicalOrder(generated);
const YEAR = '2024-2025';
const expectedSeed = planRotation({
  ...county,
  schoolYear: YEAR,
  campaignMonth: '2025-09',
  policy: SEED_POLICY,
});
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'junheng-plan-'));
  file = join(dir, 'county.xlsx');
  await writeFile(file, await writeCountyWorkbook(generated));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `junheng plan rotation` of the stored test county in a PGlite data directory, as JSON. */
const planStored = (dataDir: string, policy: string) =>
  junheng(
    'plan',
    'rotation',
    '--county',
    '510799',
    '--data',
    dataDir,
    '--year',
    YEAR,
    '--policy',
    policy,
    '--format',
    'json',
  );

describe('junheng plan rotation', () => {
  it('prints who goes where with reasons, the quota check, the shortfalls and the CVs before and after', async () => {
    const { out, code } = await junheng(
      'plan',
      'rotation',
      '--file',
      file,
      '--year',
      YEAR,
      '--policy',
      'seed',
    );
    expect(code).toBe(0);
    expect(expectedSeed.assignments.length).toBeGreaterThan(5);
    expect(out).toContain(`交流 ${expectedSeed.assignments.length} 人`);
    const names = new Map(county.schools.map((s) => [s.schoolCode, s.name]));
    for (const a of expectedSeed.assignments) {
      expect(out).toContain(`${a.name}（${a.teacherCode}`);
      expect(out).toContain(`${names.get(a.fromSchool)} → ${names.get(a.toSchool)}`);
    }
    expect(out).toContain(expectedSeed.assignments[0]?.reasons[0]?.zh);
    for (const s of expectedSeed.shortfalls) expect(out).toContain(s.zh);
    const pe = expectedSeed.effect.find((e) => e.stage === 'primary' && e.indicator === 'peArts');
    expect(out).toMatch(
      new RegExp(`体育、艺术专任教师数\\s+${pe?.before?.toFixed(3)}\\s+${pe?.after?.toFixed(3)}`),
    );
    expect(out).toContain('全县合计');
  });

  it('--format json is the planner result on the same data (file round trip), with the campaign month', async () => {
    const { out, code } = await junheng(
      'plan',
      'rotation',
      '--file',
      file,
      '--year',
      YEAR,
      '--policy',
      'seed',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const body = JSON.parse(out) as RotationPlan & { campaignMonth: string; policy: string };
    expect(body.campaignMonth).toBe('2025-09');
    expect(body.policy).toBe('seed');
    expect(body.assignments).toEqual(JSON.parse(JSON.stringify(expectedSeed.assignments)));
    expect(body.quotas).toEqual(expectedSeed.quotas);
    expect(body.effect).toEqual(JSON.parse(JSON.stringify(expectedSeed.effect)));
  });

  it('--month and a policy file change the plan as the planner does', async () => {
    const policyFile = join(dir, 'policy.json');
    await writeFile(
      policyFile,
      JSON.stringify({ preset: 'national', overrides: { quota: { shareOfEligible: 0.2 } } }),
    );
    const { out, code } = await junheng(
      'plan',
      'rotation',
      '--file',
      file,
      '--year',
      YEAR,
      '--policy',
      policyFile,
      '--month',
      '2026-03',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const quota = { ...NATIONAL_POLICY.quota, shareOfEligible: 0.2, maxShareOfEligible: 0.2 };
    const direct = planRotation({
      ...county,
      schoolYear: YEAR,
      campaignMonth: '2026-03',
      policy: { ...NATIONAL_POLICY, quota },
    });
    const body = JSON.parse(out) as RotationPlan;
    expect(body.quotas).toEqual(direct.quotas);
    expect(body.assignments.map((a) => a.teacherCode)).toEqual(direct.assignments.map((a) => a.teacherCode));
  });

  it('--format xlsx writes the notice: one row per teacher, the quota sheet and the CV sheet', async () => {
    const out = join(dir, 'notice.xlsx');
    const { code } = await junheng(
      'plan',
      'rotation',
      '--file',
      file,
      '--year',
      YEAR,
      '--policy',
      'seed',
      '--format',
      'xlsx',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const list = book.getWorksheet('交流名单');
    expect(list?.rowCount).toBe(3 + expectedSeed.assignments.length);
    expect(list?.getRow(4).getCell(3).value).toBe(expectedSeed.assignments[0]?.name);
    expect(book.getWorksheet('配额核对')?.rowCount).toBe(1 + expectedSeed.quotas.length);
    expect(book.getWorksheet('指标变化')?.rowCount).toBe(1 + expectedSeed.effect.length);
  });

  it('--county plans the stored county exactly as the workbook', async () => {
    const data = join(dir, 'db');
    const database = await openDatabase({ dataDir: data });
    await database.migrate();
    await loadCountyData(database.db, systemClock, county, SYSTEM_ACTOR);
    await database.close();
    const { out, code } = await planStored(data, 'seed');
    expect(code).toBe(0);
    const body = JSON.parse(out) as RotationPlan;
    expect(body.assignments.map((a) => [a.teacherCode, a.toSchool])).toEqual(
      expectedSeed.assignments.map((a) => [a.teacherCode, a.toSchool]),
    );
    expect(body.objective).toEqual(expectedSeed.objective);
  }, 60_000);

  it('--county reads the stored communities: a lead ↔ member policy moves teachers only within them', async () => {
    const data = join(dir, 'db-communities');
    const database = await openDatabase({ dataDir: data });
    await database.migrate();
    await loadCountyData(database.db, systemClock, county, SYSTEM_ACTOR);
    const urban = county.schools.filter((s) => urbanRuralOf(s.urbanRuralCode) === 'urban');
    const rural = county.schools.filter((s) => urbanRuralOf(s.urbanRuralCode) === 'rural');
    const lead = urban[0]?.schoolCode as string;
    const members = rural.slice(0, 2).map((s) => s.schoolCode);
    expect(members).toHaveLength(2);
    // The community as the server stores it (schools by id, the lead and two members from 2025-03-01).
    const community: Community = {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'urban_rural_community',
      name: '测试共同体',
      leadSchoolCode: lead,
      startOn: '2025-03-01',
      endOn: null,
      members: [lead, ...members].map((schoolCode) => ({ schoolCode, joinedOn: '2025-03-01', leftOn: null })),
    };
    await database.db.execute(`
      insert into communities (county_id, id, kind, name, lead_school_id, start_on, origin,
        created_at, created_by_name, updated_at, updated_by_name)
      select county_id, '${community.id}', '${community.kind}', '${community.name}', id, '${community.startOn}',
        'manual', now(), 'test', now(), 'test'
      from schools where school_code = '${lead}'`);
    for (const m of community.members) {
      await database.db.execute(`
        insert into community_memberships (county_id, community_id, school_id, joined_on, created_at, created_by_name)
        select county_id, '${community.id}', id, '${m.joinedOn}', now(), 'test'
        from schools where school_code = '${m.schoolCode}'`);
    }
    await database.close();
    const policyFile = join(dir, 'lead-member.json');
    await writeFile(
      policyFile,
      JSON.stringify({ preset: 'seed', overrides: { directions: ['leadMember'] } }),
    );

    const { out, code } = await planStored(data, policyFile);
    expect(code, out).toBe(0);
    const body = JSON.parse(out) as RotationPlan;
    const expected = planRotation({
      ...county,
      schoolYear: YEAR,
      campaignMonth: '2025-09',
      policy: { ...SEED_POLICY, directions: [DIRECTIONS.leadMember] },
      communities: schoolCommunityRoles([community], '2025-09-01'),
    });
    expect(expected.assignments.length).toBeGreaterThan(0);
    expect(body.assignments.map((a) => [a.teacherCode, a.fromSchool, a.toSchool])).toEqual(
      expected.assignments.map((a) => [a.teacherCode, a.fromSchool, a.toSchool]),
    );
    const inCommunity = new Set([lead, ...members]);
    for (const a of body.assignments) {
      expect(inCommunity.has(a.fromSchool) && inCommunity.has(a.toSchool)).toBe(true);
      expect(a.fromSchool === lead || a.toSchool === lead).toBe(true);
    }
  }, 60_000);

  it('refuses bad usage (exit 2) and names what is wrong (exit 1)', async () => {
    await expect(junheng('plan', 'rotation', '--year', YEAR)).rejects.toMatchObject({ exitCode: 2 });
    await expect(
      junheng('plan', 'rotation', '--file', file, '--year', YEAR, '--format', 'xlsx'),
    ).rejects.toMatchObject({ exitCode: 2 });
    const missingYear = await junheng('plan', 'rotation', '--file', file, '--year', '2030-2031');
    expect(missingYear.code).toBe(1);
    expect(missingYear.err).toContain('2030-2031');
    const badPolicy = await junheng(
      'plan',
      'rotation',
      '--file',
      file,
      '--year',
      YEAR,
      '--policy',
      join(dir, 'none.json'),
    );
    expect(badPolicy.code).toBe(1);
    expect(badPolicy.err).toContain('交流政策无效');
  });
});
