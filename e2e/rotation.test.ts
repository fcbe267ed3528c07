// Teacher rotation (ROT-1..4) as a county user works through it on the demo county: create a campaign with the
// seed policy, read the eligible list with its reasons, generate the plan, read the dashboard (CVs before and
// after, backbone share, the quota check, the flows and the shortages filled), then submit, approve and publish,
// download the notice, confirm an arrival at a rural school, complete the campaign, and read that teacher's
// service record (months of rural service against the title-promotion requirement) on the teacher list.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import {
  account,
  apiResponse,
  browserSession,
  chooseOption,
  E2E_TEST_TIMEOUT,
  e2eIt,
  loadedRowCount,
  login,
  screenshot,
  type TestServer,
  warnIfNoChromium,
} from './harness';

warnIfNoChromium();

/** Waits until the element stops moving (a drawer slides in; a picture mid-slide squeezes its content). */
async function settled(page: Page, selector: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 30; i++) {
    const box = JSON.stringify(await page.locator(selector).first().boundingBox());
    if (box === last) return;
    last = box;
    await page.waitForTimeout(200);
  }
}

async function act(page: Page, testId: string, fragment: string, confirm = false): Promise<void> {
  const answer = apiResponse(page, fragment);
  await page.getByTestId(testId).click();
  if (confirm) await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  expect((await answer).status()).toBe(200);
}

describe('teacher rotation (county user, zh-CN)', () => {
  const session = browserSession();
  let server: TestServer;
  let page: Page;
  let assignments = 0;
  let movedCode = '';

  beforeAll(() => ({ server, page } = session));

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
    'shows the CVs before and after, the quota check, the backbone share, the flows and the shortages filled',
    async () => {
      await page.getByTestId('rotation-tab-effect').click();
      await page.getByTestId('rotation-effect-chart').locator('canvas').waitFor();
      await page.getByTestId('rotation-sankey').locator('canvas').waitFor();
      await page.getByTestId('rotation-shortages-chart').locator('canvas').waitFor();
      const backbone = await page.getByTestId('rotation-kpi-backbone').innerText();
      expect(backbone).toContain('骨干教师占比');
      expect(backbone).toContain('要求不低于 25%');
      const filled = (await page.getByTestId('rotation-kpi-shortages').innerText()).match(
        /(\d+)\s*\/\s*(\d+)/,
      );
      expect(Number(filled?.[1])).toBeGreaterThan(0);
      expect(Number(filled?.[1])).toBeLessThanOrEqual(Number(filled?.[2]));
      const shortageRows = await page
        .getByTestId('rotation-shortages-table')
        .locator('tr.ant-table-row')
        .allInnerTexts();
      expect(shortageRows.length).toBeGreaterThan(0);
      expect(shortageRows.join('\n')).toMatch(/音乐|体育|美术/);
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

  e2eIt(
    'confirms an arrival at a rural school and completes; arrivals show among the shortages filled',
    async () => {
      // A move to a rural (乡村) school that fills a subject shortage: its months count as rural service.
      const row = page
        .getByTestId('rotation-plan')
        .locator('tr.ant-table-row')
        // The receiving school's tag, not the direction's reason text (城区学校到镇区、乡村学校).
        .filter({ has: page.locator('.ant-tag', { hasText: /^乡村$/ }) })
        .filter({ hasText: /补充.+学科缺员/ })
        .first();
      movedCode = (await row.innerText()).match(/\d{11}/)?.[0] ?? '';
      expect(movedCode).not.toBe('');
      const arrived = apiResponse(page, '/arrival');
      await row.getByTestId('rotation-confirm-arrival').click();
      expect((await arrived).status()).toBe(200);
      await row.getByText('已到岗').waitFor();
      await act(page, 'rotation-action-complete', '/status');
      await page.getByTestId('rotation-tab-effect').click();
      await page.getByTestId('rotation-shortages-chart').locator('canvas').waitFor();
      await expect(page.getByTestId('rotation-kpi-shortages').innerText()).resolves.toContain(
        '已到岗补充 1 人',
      );
      await page.getByTestId('rotation-shortages').scrollIntoViewIfNeeded();
      await screenshot(page, 'rotation-shortages-filled');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    "shows the teacher's service record: months at rural schools against the promotion requirement",
    async () => {
      const list = apiResponse(page, '/teachers?');
      await page.getByTestId('menu-teachers').click();
      await list;
      const searched = apiResponse(page, '/teachers?', `q=${movedCode}`);
      const search = page.getByTestId('teacher-filters').locator('input[placeholder="姓名或教师编号"]');
      await search.fill(movedCode);
      await search.press('Enter');
      await searched;
      const record = apiResponse(page, '/service-record');
      await page.getByTestId(`teacher-open-${movedCode}`).click();
      expect((await record).status()).toBe(200);
      await page.getByTestId('service-record-lines').waitFor();
      await settled(page, '.ant-drawer-content-wrapper');
      // The campaign is completed, so the whole stint counts: 36 months under the seed (Sichuan) policy.
      expect(await page.getByTestId('service-record-months').innerText()).toContain('36 个月');
      const verdict = await page.getByTestId('service-record-verdict').innerText();
      expect(verdict).toContain('满足晋升要求');
      expect(verdict).toContain('须满 12 个月');
      await expect(page.getByTestId('service-record-lines').innerText()).resolves.toContain('乡村');
      await screenshot(page, 'rotation-service-record');
    },
    E2E_TEST_TIMEOUT,
  );
});
