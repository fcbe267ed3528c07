// The browser-test harness: start the real server, launch Chromium, sign in, take screenshots. Every e2e file
// (and the later evaluation and rotation tests) builds on these; see e2e/README.md.
export { ensureWebBuilt, webDistFresh, ROOT, WEB_DIST } from './support/web-build';
export { startServer, account, type TestServer } from './support/server';
export {
  CHROMIUM_PATH,
  HAS_CHROMIUM,
  SCREENSHOT_DIR,
  launchBrowser,
  newContext,
  screenshot,
  warnIfNoChromium,
  type ContextOptions,
} from './support/browser';
export {
  apiResponse,
  changePassword,
  chooseOption,
  downloadedRows,
  loadedRowCount,
  login,
  openSelect,
  pickOption,
  selectOptions,
  statisticValue,
  switchUser,
  tableRows,
} from './support/flows';
export { e2eIt, E2E_TEST_TIMEOUT } from './support/e2e-it';
export { browserSession, type BrowserSession } from './support/session';
