// Teacher rotation (ROT-1..4) as a county user works through it on the demo county: create a campaign with the
// seed policy, read the eligible list with its reasons, generate the plan, read the CVs before and after, the
// quota check and the flows, then submit, approve and publish, and download the notice.
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  account,
  apiResponse,
  chooseOption,
  E2E_TEST_TIMEOUT,
  e2eIt,
  HAS_CHROMIUM,
  launchBrowser,
  loadedRowCount,
  login,
  newContext,
  screenshot,
  startServer,
  warnIfNoChromium,
  type TestServer,
} from './harness';

warnIfNoChromium();

async function act(page: Page, testId: string, fragment: string, confirm = false): Promise<void> {
  const answer = apiResponse(page, fragment);
  await page.getByTestId(testId).click();
  if (confirm) await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  expect((await answer).status()).toBe(200);
}

describe('teacher rotation (county user, zh-CN)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let assignments = 0;

  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    server = await startServer();
    browser = await launchBrowser();
    context = await newContext(browser, { baseUrl: server.baseUrl });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  e2eIt(
    'creates a campaign with the seed policy and opens the eligible list with its reasons',
    async () => {
      const county = account(server, 'demo-county');
      await login(page, county.username, county.password);
      expect(await page.getByTestId('menu-rotation').innerText()).toBe('交流轮岗');
      await page.getByTestId('menu-rotation').click();
      await page.getByTestId('rotation-page').waitFor();
      await page.getByTestId('rotation-create').click();
      await page.getByTestId('rotation-create-form').waitFor();
      await chooseOption(page, 'rotation-create-policy', '种子文件（绵阳、罗江：比例 15%，骨干 25%）');
      const created = apiResponse(page, '/rotation/campaigns');
      await page.getByTestId('rotation-create-submit').click();
      expect((await created).status()).toBe(200);
      await page.waitForURL((url) => /^\/rotation\/[0-9a-f-]{36}$/.test(url.pathname));
      const summary = await page.getByTestId('rotation-eligible-summary').innerText();
      const [due, eligible] = (summary.match(/\d+/g) ?? []).map(Number);
      expect(eligible).toBeGreaterThan(100);
      expect(due).toBeGreaterThanOrEqual(eligible ?? 0);
      expect(await loadedRowCount(page, 'rotation-eligible')).toBe(20);
      await expect(page.getByTestId('rotation-eligible').innerText()).resolves.toMatch(/在本校任教满 9 年/);
      await screenshot(page, 'rotation-eligible');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'generates the plan: every assignment with its reasons, and no rule broken',
    async () => {
      await act(page, 'rotation-generate', '/plan');
      await page.getByTestId('rotation-tab-plan').click();
      await page.getByTestId('rotation-violations').waitFor();
      expect(await page.getByTestId('rotation-violations').innerText()).toContain('方案符合各项规则');
      const summary = await page.getByTestId('rotation-plan-summary').innerText();
      assignments = Number(summary.match(/交流 (\d+) 人/)?.[1]);
      expect(assignments).toBeGreaterThan(30);
      expect(await loadedRowCount(page, 'rotation-plan')).toBe(Math.min(20, assignments));
      await expect(page.getByTestId('rotation-plan').innerText()).resolves.toMatch(/补充.+学科缺员/);
      await screenshot(page, 'rotation-plan');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'shows the CVs before and after, the quota check and the flows to town and rural schools',
    async () => {
      await page.getByTestId('rotation-tab-effect').click();
      await page.getByTestId('rotation-effect-chart').locator('canvas').waitFor();
      await page.getByTestId('rotation-sankey').locator('canvas').waitFor();
      const rows = await page
        .getByTestId('rotation-effect-table')
        .locator('tr.ant-table-row')
        .allInnerTexts();
      const peArts = rows.find((r) => r.startsWith('小学') && r.includes('体育、艺术'));
      const [before, after] = (peArts?.match(/\d\.\d{3}/g) ?? []).map(Number);
      expect(after).toBeLessThan(before ?? 0);
      await expect(page.getByTestId('rotation-effect').innerText()).resolves.toContain('全县合计');
      await screenshot(page, 'rotation-effect');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'submits, approves and publishes; the notice lists every teacher',
    async () => {
      await act(page, 'rotation-action-submit', '/status', true);
      await page.getByTestId('rotation-action-approve').waitFor();
      await act(page, 'rotation-action-approve', '/status');
      await page.getByTestId('rotation-action-publish').waitFor();
      await act(page, 'rotation-action-publish', '/status', true);
      await page.getByTestId('rotation-action-complete').waitFor();
      expect(
        await page.getByTestId('rotation-campaign').getByTestId('rotation-status').first().innerText(),
      ).toBe('已发布');
      await page.getByTestId('rotation-tab-plan').click();
      await screenshot(page, 'rotation-published');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('rotation-export').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await download.path());
      expect(book.getWorksheet('交流名单')?.rowCount).toBe(3 + assignments);
    },
    E2E_TEST_TIMEOUT,
  );
});
