// Chromium through playwright-core (no bundled browsers): the system /usr/bin/chromium, headless. When it is
// missing the tests are skipped loudly, never passed silently.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './web-build';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const SCREENSHOT_DIR = join(ROOT, 'e2e/screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Prints the loud skip line once per test file; call it at the top of every e2e file. */
export function warnIfNoChromium(): void {
  if (HAS_CHROMIUM) return;
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! SKIPPED: no chromium at ${CHROMIUM_PATH} — browser tests did NOT run.\n`);
  console.warn(`!! Install it: apt-get install -y chromium fonts-noto-cjk\n${line}\n`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface ContextOptions {
  baseUrl: string;
  /** The UI locale kept in localStorage `jh_locale`; zh-CN is the default. */
  locale?: 'zh-CN' | 'en-US';
  /** Generous default: the machine is shared and pages are lazy chunks. */
  timeoutMs?: number;
}

export async function newContext(browser: Browser, options: ContextOptions): Promise<BrowserContext> {
  const locale = options.locale ?? 'zh-CN';
  const context = await browser.newContext({
    baseURL: options.baseUrl,
    viewport: { width: 1440, height: 900 },
    locale,
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(options.timeoutMs ?? 30_000);
  // A string script: this file is compiled without DOM types. Set only when absent, so a switch made in a test
  // holds across navigations.
  await context.addInitScript(
    `if (!localStorage.getItem('jh_locale')) localStorage.setItem('jh_locale', ${JSON.stringify(locale)});`,
  );
  return context;
}

/** Full-page screenshot to e2e/screenshots/<name>.png; returns the path so a test can log it. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Park the pointer on the sider's title so no hover tooltip covers the page, and let ECharts finish its ~1 s
  // animation so the chart in the picture is drawn, not half-grown.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(1200);
  await page.screenshot({ path, fullPage: true });
  return path;
}
