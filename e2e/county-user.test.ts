// A county user's day (product.md): the dashboard, the school list with its filters, a school's detail page with
// charts and teachers, the teacher list, the Excel export, and the English interface.
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
  openSelect,
  pickOption,
  screenshot,
  selectOptions,
  statisticValue,
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

describe('county user (zh-CN)', () => {
  const session = browserSession();
  let server: TestServer;
  let page: Page;

  beforeAll(() => ({ server, page } = session));

  e2eIt(
    'signs in and sees the dashboard with the county figures',
    async () => {
      const county = account(server, 'demo-county');
      await login(page, county.username, county.password);
      await page.getByTestId('dashboard').waitFor();
      await page.getByTestId('stat-schools').locator('.ant-statistic-content').waitFor();
      await expect.poll(() => statisticValue(page, 'stat-schools')).toBeGreaterThan(40);
      expect(await statisticValue(page, 'stat-teachers')).toBeGreaterThan(1000);
      expect(await statisticValue(page, 'stat-students')).toBeGreaterThan(10_000);
      expect(await page.getByTestId('header-scope').innerText()).toContain('示例县');
      expect(await page.getByTestId('menu-schools').innerText()).toBe('学校');
      await page.getByTestId('dashboard-chart').locator('canvas').first().waitFor();
      expect(await tableRows(page, 'dashboard-by-urban-rural').count()).toBeGreaterThan(0);
      await screenshot(page, 'county-dashboard');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'filters the school list by urban/rural and by township',
    async () => {
      await page.getByTestId('menu-schools').click();
      await page.waitForURL('**/schools');
      expect(await loadedRowCount(page, 'school-table')).toBe(20);
      await expect.poll(() => page.getByText(/共 \d+ 条/).innerText()).toMatch(/共 (4\d|[5-9]\d) 条/);

      const ruralAnswer = apiResponse(page, '/schools?', 'urbanRural=rural');
      await chooseOption(page, 'filter-urbanRural', '乡村');
      await ruralAnswer;
      await page.waitForURL(/urbanRural=rural/);
      const rural = await loadedRowCount(page, 'school-table');
      expect(rural).toBeGreaterThan(0);
      expect(new Set(await columnTexts(page, 'school-table', '城乡分类'))).toEqual(new Set(['乡村']));
      await screenshot(page, 'county-schools-rural');

      const allAnswer = apiResponse(page, '/schools?');
      await page
        .getByTestId('school-filters')
        .getByRole('button', { name: /重\s?置/ })
        .click();
      await allAnswer;
      await page.waitForURL((url) => !url.search.includes('urbanRural'));
      const townships = await openSelect(page, 'filter-township');
      const firstTownship = selectOptions(townships).first();
      const township = (await firstTownship.innerText()).trim();
      const townshipAnswer = apiResponse(page, '/schools?', 'township=');
      await pickOption(townships, firstTownship);
      await townshipAnswer;
      await page.waitForURL(/township=/);
      expect(await loadedRowCount(page, 'school-table')).toBeGreaterThan(0);
      expect(new Set(await columnTexts(page, 'school-table', '乡镇'))).toEqual(new Set([township]));
      await screenshot(page, 'county-schools-township');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'opens a school with its charts and teachers, then the teacher list',
    async () => {
      const link = page.getByTestId('school-link').first();
      const name = (await link.innerText()).trim();
      await link.click();
      await page.getByTestId('school-detail').waitFor();
      expect(await page.getByTestId('school-name').innerText()).toBe(name);
      await page.getByTestId('students-chart').locator('canvas').first().waitFor();
      await page.getByTestId('resources-chart').locator('canvas').first().waitFor();
      expect(await loadedRowCount(page, 'school-stats-table')).toBe(3);
      expect(await loadedRowCount(page, 'school-teacher-table')).toBeGreaterThan(0);
      await screenshot(page, 'county-school-detail');

      // The roster has one row per teacher and school year: the list opens on the latest year, one row each.
      const teachersAnswer = apiResponse(page, '/teachers?', 'schoolYear=2024-2025');
      await page.getByTestId('menu-teachers').click();
      await teachersAnswer;
      expect(await loadedRowCount(page, 'teacher-table')).toBe(20);
      await expect.poll(() => page.getByText(/共 \d+ 条/).innerText()).toMatch(/共 \d{4} 条/);
      expect(new Set(await columnTexts(page, 'teacher-table', '学年'))).toEqual(new Set(['2024-2025学年']));

      // Another year's filter shows that year only.
      const yearAnswer = apiResponse(page, '/teachers?', 'schoolYear=2023-2024');
      await chooseOption(page, 'filter-schoolYear', '2023-2024学年');
      await yearAnswer;
      expect(await loadedRowCount(page, 'teacher-table')).toBe(20);
      expect(new Set(await columnTexts(page, 'teacher-table', '学年'))).toEqual(new Set(['2023-2024学年']));
      await screenshot(page, 'county-teachers');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'exports the school list to Excel',
    async () => {
      await page.getByTestId('menu-schools').click();
      await page.waitForURL('**/schools');
      await loadedRowCount(page, 'school-table');
      const totalText = await page.getByText(/共 \d+ 条/).innerText();
      const total = Number(/\d+/.exec(totalText)?.[0]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const path = await download.path();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('the export has no worksheet');
      expect(sheet.actualRowCount).toBeGreaterThan(40);
      expect(sheet.actualRowCount - 1).toBe(total); // one header row, then every school in scope
      const header = sheet.getRow(1).values as unknown[];
      expect(header).toContain('学校名称');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'switches to English',
    async () => {
      await page.getByTestId('locale-switch').getByText('English').click();
      await expect.poll(() => page.getByTestId('menu-schools').innerText()).toBe('Schools');
      expect(await page.getByTestId('menu-teachers').innerText()).toBe('Teachers');
      expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
      expect(await page.getByTestId('school-table').locator('thead').innerText()).toContain('Urban/rural');
      await expect.poll(() => page.getByText(/\d+ in total/).count()).toBe(1);
      await screenshot(page, 'county-schools-en');

      await page.getByTestId('menu-dashboard').click();
      await page.getByTestId('dashboard').waitFor();
      expect(await page.getByTestId('stat-schools').innerText()).toMatch(/Schools/);
      await screenshot(page, 'county-dashboard-en');
    },
    E2E_TEST_TIMEOUT,
  );
});
