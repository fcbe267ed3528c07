// `npm run bench -- import` (issue 4): a province-size county workbook (~9,000 schools, ~600,000 teachers, one
// school year) read and imported into PostgreSQL, timed in a child process whose peak RSS is measured, beside
// PostgreSQL's own `COPY` of the same teacher rows from CSV into a constraint-free copy of the table (the floor
// any import into PostgreSQL pays). Generating and writing the workbook is not timed.
// BENCH_IMPORT_COUNTIES=<n> folds in only n of the 183 counties (a quick run while working on the import).
import { openDatabase } from '@junheng/server';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './import/import-child';
import { createScratchDb, psql, type ScratchDb } from './import/postgres';
import { provinceAsOneCounty } from './import/province-county';
import { writeCountyWorkbookStreaming } from './import/stream-workbook';
import type { BenchRow } from './types';

const COUNTIES = Number(process.env.BENCH_IMPORT_COUNTIES ?? 183);
const GOAL_SECONDS = 90;
const GOAL_MB = 1.5 * 1024;
const CHILD = fileURLToPath(new URL('./import/import-child.ts', import.meta.url));

async function makeWorkbook(dir: string) {
  const data = provinceAsOneCounty({ counties: COUNTIES });
  const file = join(dir, 'province.xlsx');
  const { rows } = await writeCountyWorkbookStreaming(data, file);
  return { file, rows, bytes: (await stat(file)).size };
}

function runChild(file: string, url: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0) resolve(JSON.parse(last) as ChildResult);
      else reject(new Error(`import child failed (${code}): ${out}`));
    });
  });
}

/** COPY of the imported teacher rows: exported to CSV (untimed), then timed into `LIKE teachers` (no keys). */
async function copyPeer(db: ScratchDb, dir: string): Promise<number> {
  const csv = join(dir, 'teachers.csv');
  await psql(db.name, `\\copy teachers TO '${csv}' CSV`);
  await psql(db.name, 'CREATE TABLE teachers_copy (LIKE teachers)');
  return psql(db.name, `\\copy teachers_copy FROM '${csv}' CSV`);
}

const mbOf = (bytes: number) => bytes / 1024 / 1024;

export async function run(): Promise<BenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'junheng-bench-import-'));
  const db = await createScratchDb();
  try {
    const book = await makeWorkbook(dir);
    const database = await openDatabase({ url: db.url });
    await database.migrate();
    await database.close();
    const r = await runChild(book.file, db.url);
    const copyMs = await copyPeer(db, dir);
    const total = (r.readMs + r.writeMs) / 1000;
    const teachers = r.counts.teachers.toLocaleString('en');
    const size = `${mbOf(book.bytes).toFixed(0)} MB file`;
    const sheets = `${r.counts.schools} schools, ${r.counts.stats} stats, ${r.counts.classes} classes`;
    return [
      {
        name: `import ${teachers} teachers into PostgreSQL`,
        ours: total,
        peer: copyMs / 1000,
        peerName: 'psql \\copy',
        unit: 's',
        goal: GOAL_SECONDS,
        note: `read ${(r.readMs / 1000).toFixed(1)} s + write ${(r.writeMs / 1000).toFixed(1)} s; ${size}; ${sheets}`,
      },
      {
        name: `  of which the PostgreSQL write`,
        ours: r.writeMs / 1000,
        peer: copyMs / 1000,
        peerName: 'psql \\copy',
        unit: 's',
        goal: null,
        note: 'one transaction: schools, stats, teachers, classes, audit',
      },
      {
        name: `import peak RSS`,
        ours: mbOf(r.peakRss),
        peer: null,
        peerName: null,
        unit: 'MB',
        goal: GOAL_MB,
        note: `kernel VmHWM; sampled every 100 ms ${mbOf(r.sampledPeakRss).toFixed(0)} MB; after read ${mbOf(r.readPeakRss).toFixed(0)} MB`,
      },
    ];
  } finally {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  }
}
