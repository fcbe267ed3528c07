// `npm run test:e2e`: the browser tests alone, one file at a time (each starts a server and a Chromium, and the
// machine may have two cores). `npx vitest run e2e` with the root config runs the same files.
import { defineConfig } from 'vitest/config';

process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    env: { TZ: 'Asia/Shanghai' },
    // A page under a loaded machine (two cores, a server and Chromium in one test) can take seconds to settle.
    expect: { poll: { timeout: 15_000 } },
  },
});
