// Where the import's time and memory go (bench/import.ts reports only totals): the read split into unzip checks
// and exceljs parsing with row-by-row validation (core's CountyImport), the write split per SQL statement.
// Usage: BENCH_IMPORT_COUNTIES=60 tsx bench/import/profile.ts   (creates and drops its own scratch database)
import { CountyImport } from '@junheng/core';
import { importCountyData, openDatabase, SYSTEM_ACTOR, systemClock, WHOLE_SCOPE } from '@junheng/server';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSheets, verifyAndScanMerges } from '../../packages/server/src/workbook/read-grids';
import { isCountySheetName } from '../../packages/server/src/workbook/index';
import { guardZip } from '../../packages/server/src/workbook/zip-guard';
import { kernelPeakRss } from './peak-rss';
import { createScratchDb } from './postgres';
import { timeQueries } from './query-timer';

const COUNTIES = Number(process.env.BENCH_IMPORT_COUNTIES ?? 60);
const LIMITS = { maxBytes: 2 ** 30, maxUnpackedBytes: 2 ** 32 - 1, maxRows: 1_000_000, maxColumns: 200 };
const mb = () =>
  `${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MB rss, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`;

async function phase<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  console.log(`${name.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(2).padStart(7)} s   ${mb()}`);
  return out;
}

const dir = await mkdtemp(join(tmpdir(), 'junheng-bench-profile-'));
const file = join(dir, 'province.xlsx');
// Generate in a child so this process's memory is the import's alone.
const gen = spawnSync(
  process.execPath,
  ['--import', 'tsx', new URL('./write-province.ts', import.meta.url).pathname, file, String(COUNTIES)],
  { stdio: 'inherit' },
);
if (gen.status !== 0) throw new Error('generating the workbook failed');
const db = await createScratchDb();
const stats = timeQueries();
try {
  const database = await openDatabase({ url: db.url });
  await database.migrate();
  console.log(`start ${mb()}`);
  const buf = await phase('read file', () => readFile(file));
  const { entries, merges } = await phase('zip guard + verify (inflate all)', async () => {
    const e = guardZip(buf, LIMITS.maxUnpackedBytes);
    return { entries: e, merges: await verifyAndScanMerges(buf, e, LIMITS.maxUnpackedBytes) };
  });
  let run = new CountyImport([]);
  await phase('exceljs parse + validate rows', () =>
    readSheets(buf, entries, LIMITS, isCountySheetName, merges, {
      begin: (names) => (run = new CountyImport(names)),
      sheet: (name) => run.sheet(name),
    }),
  );
  const result = await phase('cross checks (finish)', () => run.finish());
  if (!result.data) throw new Error(`errors: ${JSON.stringify(result.issues.slice(0, 3))}`);
  const before = stats().reduce((s, q) => s + q.ms, 0);
  const t0 = performance.now();
  await phase('importCountyData', () =>
    importCountyData(database.db, systemClock, SYSTEM_ACTOR, WHOLE_SCOPE, result.data!, {
      fileName: null,
      fingerprint: 'profile',
    }),
  );
  const writeMs = performance.now() - t0;
  const list = stats();
  const inQueries = list.reduce((s, q) => s + q.ms, 0) - before;
  for (const q of list.slice(0, 12)) {
    console.log(
      `  ${q.statement.padEnd(40)} ${String(q.calls).padStart(6)} calls ${(q.ms / 1000).toFixed(2).padStart(7)} s`,
    );
  }
  console.log(
    `  outside queries (JS)                     ${((writeMs - inQueries) / 1000).toFixed(2).padStart(20)} s`,
  );
  console.log(
    `peak rss (VmHWM) ${((kernelPeakRss() ?? 0) / 2 ** 20).toFixed(0)} MB; teachers ${result.data.teachers.length}`,
  );
  await database.close();
} finally {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
}
