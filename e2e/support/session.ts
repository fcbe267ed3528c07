// One describe block's browser session: the real server, a Chromium and one page, started before its tests and
// closed after them. Hooks registered here run before the block's own, so a block's beforeAll sees them ready.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { HAS_CHROMIUM, launchBrowser, newContext } from './browser';
import { startServer, type TestServer } from './server';

export interface BrowserSession {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

export function browserSession(): BrowserSession {
  const session = {} as Partial<BrowserSession>;
  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    session.server = await startServer();
    session.browser = await launchBrowser();
    session.context = await newContext(session.browser, { baseUrl: session.server.baseUrl });
    session.page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.server?.close();
  });
  return session as BrowserSession;
}
