// Builds packages/web/dist when it is missing or older than the web sources, so the browser tests always run
// against the code on disk. Several test files may start at once: a directory lock lets one of them build.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_DIR = join(ROOT, 'packages/web');
export const WEB_DIST = join(WEB_DIR, 'dist');

const WEB_INPUTS = ['src', 'index.html', 'vite.config.ts', 'package.json'];
const LOCK_DIR = join(tmpdir(), 'junheng-e2e-web-build.lock');

export interface WebBuildOptions {
  /** A lock older than this is taken to be left behind by a killed run. */
  staleLockMs?: number;
  pollMs?: number;
  buildTimeoutMs?: number;
  /** Sources edited during a build make dist stale again; give up after this many builds. */
  maxBuilds?: number;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/index.html exists and is newer than every web source file. */
export function webDistFresh(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const sources = Math.max(...WEB_INPUTS.map((input) => newestMtime(join(WEB_DIR, input))));
  return statSync(index).mtimeMs >= sources;
}

function tryLock(staleLockMs: number): boolean {
  try {
    mkdirSync(LOCK_DIR);
    return true;
  } catch {
    if (existsSync(LOCK_DIR) && Date.now() - statSync(LOCK_DIR).mtimeMs > staleLockMs) {
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensureWebBuilt(options: WebBuildOptions = {}): Promise<void> {
  const { staleLockMs = 300_000, pollMs = 500, buildTimeoutMs = 240_000, maxBuilds = 3 } = options;
  let builds = 0;
  while (!webDistFresh() && builds < maxBuilds) {
    if (!tryLock(staleLockMs)) {
      await sleep(pollMs);
      continue;
    }
    try {
      if (webDistFresh()) return;
      builds += 1;
      console.log('[e2e] building packages/web (dist is missing or older than the sources) …');
      await promisify(execFile)('npx', ['vite', 'build', 'packages/web', '--logLevel', 'warn'], {
        cwd: ROOT,
        timeout: buildTimeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      });
    } finally {
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
    // A source edited during the build leaves dist older than it: build again rather than test stale code.
  }
}
