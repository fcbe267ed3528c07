// A migrated PGlite data directory, dumped once and reused: starting PGlite from a dump skips initdb, which
// is most of the two to three seconds each fresh in-memory database costs. The dump is cached in the OS temp
// directory under a key made of the migrations and the PGlite version, so a new migration or upgrade makes a
// new template; it is written to a temporary name and renamed, so parallel test files never read half a file.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { MIGRATIONS_FOLDER } from '../db/client';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The installed PGlite's package.json text (its version), found from the entry point: it exports no subpath. */
function pgliteIdentity(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const root = entry.slice(0, entry.lastIndexOf(`${sep}dist${sep}`));
    return readFileSync(join(root, 'package.json'), 'utf8');
  } catch {
    return 'unknown';
  }
}

function templateKey(): string {
  const hash = createHash('sha256').update(pgliteIdentity());
  for (const file of filesUnder(MIGRATIONS_FOLDER)) {
    hash.update(file.slice(MIGRATIONS_FOLDER.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 20);
}

let cached: Promise<Blob> | null = null;

async function buildTemplate(file: string): Promise<Blob> {
  const client = new PGlite();
  await client.waitReady;
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  const blob = await client.dumpDataDir('none');
  await client.close();
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  renameSync(tmp, file);
  return blob;
}

/** The migrated template as a dump PGlite can start from. */
export function pgliteTemplate(): Promise<Blob> {
  cached ??= (async () => {
    const file = join(tmpdir(), `junheng-pglite-template-${templateKey()}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    return buildTemplate(file);
  })();
  return cached;
}
