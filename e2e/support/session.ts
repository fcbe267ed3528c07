// One describe block's browser session: the real server, a Chromium and one page, started before its tests and
// closed after them. Hooks registered here run before the block's own, so a block's beforeAll sees them ready.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { HAS_CHROMIUM, launchBrowser, newContext } from './browser';
import { startServer, type ServerOptions, type TestServer } from './server';

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * With `now`, the server and the browser both run as if it were that instant (time still flows from it): for tests
 * whose assertions depend on the date, such as where today falls in the term.
 */
export function browserSession(options: ServerOptions = {}): BrowserSession {
  const session = {} as Partial<BrowserSession>;
  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    session.server = await startServer(options);
    session.browser = await launchBrowser();
    session.context = await newContext(session.browser, { baseUrl: session.server.baseUrl });
    if (options.now !== undefined) await session.context.clock.install({ time: options.now });
    session.page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.server?.close();
  });
  return session as BrowserSession;
}
