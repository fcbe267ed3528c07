// The timed part of `npm run bench -- import`, in its own process so its peak RSS is the import's alone (the
// parent holds the generated province): read the workbook, then import it into PostgreSQL in one transaction.
// Usage: tsx bench/import/import-child.ts <file.xlsx> <postgres url>; prints one JSON line.
import {
  importCountyData,
  openDatabase,
  readCountyWorkbookCompact,
  SYSTEM_ACTOR,
  systemClock,
  WHOLE_SCOPE,
} from '@junheng/server';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { kernelPeakRss, sampleRss } from './peak-rss';

export interface ChildResult {
  readMs: number;
  writeMs: number;
  peakRss: number;
  sampledPeakRss: number;
  readPeakRss: number;
  counts: { schools: number; stats: number; teachers: number; classes: number };
  errors: number;
  warnings: number;
}

async function main(file: string, url: string): Promise<ChildResult> {
  const database = await openDatabase({ url });
  const sampler = sampleRss(100);
  try {
    const t0 = performance.now();
    const read = await readCountyWorkbookCompact(file, {
      maxRows: 1_000_000,
      maxBytes: 1024 * 1024 * 1024,
      maxUnpackedBytes: 4 * 1024 * 1024 * 1024 - 1,
    });
    const t1 = performance.now();
    const readPeakRss = sampler.peak();
    if (!read.data) {
      const first = read.issues.slice(0, 5).map((i) => JSON.stringify(i));
      throw new Error(`the bench workbook did not import: ${read.counts.errors} errors\n${first.join('\n')}`);
    }
    // The fingerprint is what the upload route records; hashing is not part of the import, so it is untimed.
    const fingerprint = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    const t2 = performance.now();
    const outcome = await importCountyData(database.db, systemClock, SYSTEM_ACTOR, WHOLE_SCOPE, read.data, {
      fileName: 'bench-province.xlsx',
      fingerprint,
    });
    const t3 = performance.now();
    const sampled = sampler.stop();
    return {
      readMs: t1 - t0,
      writeMs: t3 - t2,
      peakRss: kernelPeakRss() ?? sampled,
      sampledPeakRss: sampled,
      readPeakRss,
      counts: outcome.counts,
      errors: read.counts.errors,
      warnings: read.counts.warnings,
    };
  } finally {
    sampler.stop();
    await database.close();
  }
}

const [file, url] = process.argv.slice(2);
if (!file || !url) {
  console.error('usage: import-child.ts <file.xlsx> <postgres url>');
  process.exit(2);
}
console.log(JSON.stringify(await main(file, url)));
