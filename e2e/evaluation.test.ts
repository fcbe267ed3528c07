// The balance evaluation pages (BAL-1..7) as a county user works through them: the county overview, the
// per-school compliance table, the CV drivers with the remedy, equity, class size, trends, a saved run with its
// self-assessment workbook, and the print report; then the city view as admin and the refusal for a school user.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import {
  account,
  apiResponse,
  browserSession,
  changePassword,
  chooseOption,
  downloadedRows,
  E2E_TEST_TIMEOUT,
  e2eIt,
  login,
  screenshot,
  switchUser,
  tableRows,
  type TestServer,
  warnIfNoChromium,
} from './harness';

warnIfNoChromium();

/** Text of one column (by its header) for every row of a table. */
async function columnTexts(page: Page, testId: string, header: string): Promise<string[]> {
  const headers = await page.getByTestId(testId).locator('thead th').allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
  return tableRows(page, testId)
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
}

async function openTab(page: Page, tab: string, testId: string): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await page.getByTestId(testId).waitFor();
}

describe('balance evaluation (county user, zh-CN)', () => {
  const session = browserSession();
  let server: TestServer;
  let page: Page;

  beforeAll(() => ({ server, page } = session));

  e2eIt(
    'opens the county overview: verdicts, indicator tables, CV charts, exclusions',
    async () => {
      const county = account(server, 'demo-county');
      await login(page, county.username, county.password);
      expect(await page.getByTestId('menu-evaluation').innerText()).toBe('均衡评估');
      await page.getByTestId('menu-evaluation').click();
      await page.getByTestId('stage-card-primary').waitFor();
      // quality-2017 is the default standard; the latest school year is opened.
      expect(await page.getByTestId('evaluation-standard').innerText()).toContain('优质均衡');
      expect(await page.getByTestId('evaluation-year').innerText()).toContain('2024-2025学年');
      for (const stage of ['primary', 'junior']) {
        expect(await tableRows(page, `indicator-table-${stage}`).count()).toBe(7);
        expect(['达标', '未达标', '无法判定']).toContain(
          await page.getByTestId(`stage-verdict-${stage}`).innerText(),
        );
        await page.getByTestId(`cv-chart-${stage}`).locator('canvas').first().waitFor();
      }
      // CVs are printed to 3 decimals.
      const cvs = await tableRows(page, 'indicator-table-primary').locator('td:nth-child(4)').allInnerTexts();
      for (const cv of cvs) expect(cv).toMatch(/^\d\.\d{3}$|^—$/);
      expect(await tableRows(page, 'exclusions-table').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('exclusions-table').innerText()).toMatch(/教学点|特殊教育/);
      await screenshot(page, 'evaluation-overview');

      const rows = await downloadedRows(page, () =>
        page.getByTestId('indicator-table-primary-export').click(),
      );
      expect(rows[0]).toEqual(['指标', '单位', '均值', '差异系数', '标准', '结论']);
      expect(rows).toHaveLength(8);
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'shows the per-school compliance table, failing values in red, filtered to failing schools',
    async () => {
      await openTab(page, 'compliance', 'compliance-table');
      const all = await tableRows(page, 'compliance-table').count();
      expect(all).toBeGreaterThan(20);
      await chooseOption(page, 'filter-pass', '未达标');
      await expect.poll(() => tableRows(page, 'compliance-table').count()).toBeLessThan(all);
      const failing = await tableRows(page, 'compliance-table').count();
      expect(failing).toBeGreaterThan(0);
      const verdicts = await columnTexts(page, 'compliance-table', '学校结论');
      expect(new Set(verdicts)).toEqual(new Set(['未达标']));
      expect(page.url()).toContain('cPass=false');
      // Every failing section has at least one red cell.
      const red = tableRows(page, 'compliance-table').first().locator('td[style*="background"]');
      expect(await red.count()).toBeGreaterThan(0);
      await screenshot(page, 'evaluation-compliance');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'explains a failing CV: variance shares, the pushers and the remedy',
    async () => {
      await openTab(page, 'drivers', 'evaluation-drivers');
      await page.getByTestId('shares-chart').locator('canvas').first().waitFor();
      expect(await tableRows(page, 'shares-table').count()).toBeGreaterThan(0);
      // The page opens on the worst indicator; in the demo county a primary CV is over its threshold.
      expect(await page.getByTestId('drivers-cv').innerText()).toMatch(/差异系数 \d\.\d{3}（标准 0\.50）/);
      expect(await page.getByTestId('pusher-tag').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('remedy-summary').innerText()).toMatch(/^在 \d+ 所学校增加.+ [\d,]+ /);
      expect(await tableRows(page, 'remedy-table').count()).toBeGreaterThan(0);
      await screenshot(page, 'evaluation-drivers');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'shows equity: Lorenz curve, Gini, Theil by urban/town/rural, McLoone and Verstegen',
    async () => {
      await openTab(page, 'equity', 'evaluation-equity');
      await page.getByTestId('lorenz-chart').locator('canvas').first().waitFor();
      await page.getByTestId('theil-chart').locator('canvas').first().waitFor();
      const gini = Number(
        await page.getByTestId('measure-gini').locator('.ant-statistic-content').innerText(),
      );
      expect(gini).toBeGreaterThan(0);
      expect(gini).toBeLessThan(1);
      const mcLoone = Number(
        await page.getByTestId('measure-mcLoone').locator('.ant-statistic-content').innerText(),
      );
      expect(mcLoone).toBeGreaterThan(0);
      expect(mcLoone).toBeLessThanOrEqual(1);
      expect(await tableRows(page, 'theil-groups-table').count()).toBe(3);
      await screenshot(page, 'evaluation-equity');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'shows class sizes by band against the 5% target and the schools with super-oversized classes',
    async () => {
      await openTab(page, 'classSize', 'evaluation-class-size');
      expect(await tableRows(page, 'class-size-table').count()).toBe(3);
      const headers = await page.getByTestId('class-size-table').locator('thead th').allInnerTexts();
      expect(headers).toEqual(
        expect.arrayContaining(['45 人及以下', '46–55 人', '56–65 人（大班额）', '66 人及以上（超大班额）']),
      );
      expect(await page.getByTestId('class-size-verdict').innerText()).toMatch(/国家目标/);
      await page.getByTestId('class-size-chart').locator('canvas').first().waitFor();
      await screenshot(page, 'evaluation-class-size');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'shows the CV trends over the school years',
    async () => {
      await openTab(page, 'trends', 'evaluation-trends');
      await page.getByTestId('trend-chart').locator('canvas').first().waitFor();
      expect(await tableRows(page, 'trend-table').count()).toBe(7);
      const headers = await page.getByTestId('trend-table').locator('thead th').allInnerTexts();
      expect(headers).toEqual(['指标', '2022-2023学年', '2023-2024学年', '2024-2025学年']);
      await screenshot(page, 'evaluation-trends');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'saves a run and downloads its self-assessment workbook',
    async () => {
      await openTab(page, 'overview', 'runs-table');
      const before = await tableRows(page, 'runs-table').count();
      const saved = apiResponse(page, '/evaluation/runs');
      await page.getByTestId('save-run').click();
      expect((await saved).status()).toBe(200);
      await expect.poll(() => tableRows(page, 'runs-table').count()).toBe(before + 1);
      expect(await tableRows(page, 'runs-table').first().innerText()).toContain('demo-county');
      const rows = await downloadedRows(page, () => page.getByTestId('run-export').first().click());
      expect(rows.length).toBeGreaterThan(5);
      await screenshot(page, 'evaluation-run-saved');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'opens the print report with the official table, failing schools and exclusions',
    async () => {
      await page.getByTestId('open-report').click();
      await page.getByTestId('report-table').waitFor();
      expect(await page.getByTestId('report-title').innerText()).toBe(
        '示例县2024-2025学年县域义务教育优质均衡差异系数统计表',
      );
      expect(await page.getByTestId('report-table').locator('tbody tr').count()).toBe(9);
      expect(['达标', '未达标', '无法判定']).toContain(
        await page.getByTestId('report-verdict-primary').innerText(),
      );
      expect(await page.getByTestId('report-failing').locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('report-exclusions').locator('tbody tr').count()).toBeGreaterThan(0);
      await screenshot(page, 'evaluation-report');
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByTestId('sider').isVisible()).toBe(false);
      expect(await page.getByTestId('report-print').isVisible()).toBe(false);
      await screenshot(page, 'evaluation-report-print');
      await page.emulateMedia({ media: 'screen' });
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'switches to basic balance (2012): eight indicators and the composite CV',
    async () => {
      await page.goto('/evaluation');
      await page.getByTestId('stage-card-primary').waitFor();
      const evaluated = apiResponse(page, '/evaluation/current?', 'standard=basic-2012');
      await chooseOption(page, 'evaluation-standard', '县域义务教育基本均衡');
      expect((await evaluated).status()).toBe(200);
      await page.getByTestId('composite-cv-primary').waitFor();
      expect(await tableRows(page, 'indicator-table-primary').count()).toBe(8);
      const composite = await page
        .getByTestId('composite-cv-primary')
        .locator('.ant-statistic-content')
        .innerText();
      expect(composite).toMatch(/^\d\.\d{3}/);
      expect(composite).toContain('≤ 0.65');
      expect(page.url()).toContain('standard=basic-2012');
      await screenshot(page, 'evaluation-overview-basic');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'reads in English',
    async () => {
      await page.goto('/evaluation');
      await page.getByTestId('stage-card-primary').waitFor();
      await page.getByTestId('locale-switch').getByText('English').click();
      await expect.poll(() => page.getByTestId('menu-evaluation').innerText()).toBe('Balance evaluation');
      expect(await page.getByTestId('stage-card-primary').innerText()).toContain('Primary');
      await screenshot(page, 'evaluation-overview-en');
      await page.getByTestId('locale-switch').getByText('中文').click();
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'compares the counties for the admin, and refuses the evaluation to a school user',
    async () => {
      await switchUser(page, { username: 'admin', password: server.adminPassword });
      await changePassword(page, server.adminPassword, 'Admin-e2e-evaluation-2025');
      await page.goto('/evaluation?tab=city');
      await page.getByTestId('compare-table').waitFor();
      expect(await tableRows(page, 'compare-table').count()).toBe(1);
      expect(await tableRows(page, 'compare-table').first().innerText()).toContain('示例县');
      await screenshot(page, 'evaluation-city');

      await switchUser(page, account(server, 'demo-school-1'));
      expect(await page.getByTestId('menu-evaluation').count()).toBe(0);
      await page.goto('/evaluation');
      await page.getByTestId('forbidden').waitFor();
    },
    E2E_TEST_TIMEOUT,
  );
});
