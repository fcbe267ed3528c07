import { it } from 'vitest';
import { HAS_CHROMIUM } from './browser';

/** Per-test budget: a real browser on a shared two-core machine. */
export const E2E_TEST_TIMEOUT = 120_000;

/** `it` when Chromium is installed, `it.skip` otherwise (warnIfNoChromium prints why). */
export const e2eIt = HAS_CHROMIUM ? it : it.skip;
