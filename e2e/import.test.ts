// The county workbook as a bureau uploads it (issue 4): a workbook with errors shows row-level messages and an
// errors workbook; the corrected one is imported; the evaluation runs on it and its print report opens.
import { generateDemoCounty, type CountyData } from '@junheng/core';
import { writeCountyWorkbook } from '@junheng/server';
import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  account,
  browserSession,
  E2E_TEST_TIMEOUT,
  e2eIt,
  HAS_CHROMIUM,
  login,
  screenshot,
  tableRows,
  type TestServer,
  warnIfNoChromium,
} from './harness';

warnIfNoChromium();

async function workbookFile(dir: string, name: string, data: CountyData): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await writeCountyWorkbook(data));
  return path;
}

async function upload(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(path);
  await page.getByTestId('import-preview').waitFor();
}

describe('county workbook upload (county user, zh-CN)', () => {
  const session = browserSession();
  let server: TestServer;
  let page: Page;
  let dir: string;
  const demo = generateDemoCounty();

  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    dir = await mkdtemp(join(tmpdir(), 'junheng-e2e-import-'));
    ({ server, page } = session);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  e2eIt(
    'a workbook with errors: row-level messages, nothing to confirm, and the errors workbook',
    async () => {
      const county = account(server, 'demo-county');
      await login(page, county.username, county.password);
      await page.getByTestId('menu-imports').click();
      await page.getByTestId('import-page').waitFor();
      const broken: CountyData = structuredClone(demo);
      const stats = broken.stats.find((s) => s.schoolYear === '2024-2025');
      if (stats) stats.books = -5;
      const teacher = broken.teachers[0];
      if (teacher) teacher.schoolCode = '2510722999';
      await upload(page, await workbookFile(dir, 'broken.xlsx', broken));
      await page.getByTestId('import-invalid').waitFor();
      expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
      const messages = await tableRows(page, 'import-issues').allInnerTexts();
      expect(messages.join('\n')).toContain('办学条件');
      expect(messages.join('\n')).toContain('教师');
      await screenshot(page, 'import-errors');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('errors-workbook').click(),
      ]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await download.path());
      expect(book.worksheets.length).toBeGreaterThan(1);
      expect(book.worksheets[0]?.rowCount).toBeGreaterThan(1);
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'the corrected workbook is imported; the evaluation runs on it and the report opens',
    async () => {
      await upload(page, await workbookFile(dir, 'county.xlsx', demo));
      await page.getByTestId('import-confirm').click();
      await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
      await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('import-result').innerText()).toContain(`教师 ${demo.teachers.length}`);
      expect(await tableRows(page, 'import-history').count()).toBeGreaterThan(0);
      await screenshot(page, 'import-done');

      await page.getByTestId('import-result').getByRole('link').click();
      await page.getByTestId('stage-card-primary').waitFor();
      await page.getByTestId('save-run').click();
      await page.getByTestId('run-export').first().waitFor();
      await page.getByTestId('open-report').click();
      await page.getByTestId('report-table').waitFor();
      await screenshot(page, 'import-evaluation-report');
    },
    E2E_TEST_TIMEOUT,
  );
});
