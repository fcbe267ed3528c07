// Steps many browser tests share: sign in, switch user, change the password, pick an Ant Design option, count table rows,
// read a downloaded workbook.
import ExcelJS from 'exceljs';
import type { Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';

/** Signs in on /login and waits until the app has left the sign-in page. */
export async function login(page: Page, username: string, password: string, next = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Signs out with the header's button, then signs in as another account. */
export async function switchUser(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
  await login(page, account.username, account.password);
}

/** Fills and submits the password-change form (forced or voluntary) and waits for the dashboard. */
export async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByTestId('change-password-current').fill(current);
  await page.getByTestId('change-password-new').fill(next);
  await page.getByTestId('change-password-confirm').fill(next);
  await page.getByTestId('change-password-submit').click();
  await page.waitForURL((url) => url.pathname === '/');
}

/**
 * Opens an Ant Design Select (by its test id, or a locator) and returns its own dropdown — found through the
 * input's aria-controls, because a dropdown just closed elsewhere may still be fading out.
 */
export async function openSelect(page: Page, select: string | Locator): Promise<Locator> {
  const control = typeof select === 'string' ? page.getByTestId(select) : select;
  await control.click();
  const input = control.locator('[aria-controls]').or(control.and(page.locator('[aria-controls]')));
  const listId = await input.first().getAttribute('aria-controls');
  if (!listId) throw new Error('the select has no aria-controls');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await dropdown.locator('.ant-select-item-option').first().waitFor();
  return dropdown;
}

/** Options of an open dropdown (from openSelect). */
export function selectOptions(dropdown: Locator): Locator {
  return dropdown.locator('.ant-select-item-option');
}

/** Clicks an option in an open dropdown and waits for the dropdown to close. */
export async function pickOption(dropdown: Locator, option: Locator): Promise<void> {
  await option.click();
  await dropdown.waitFor({ state: 'hidden' });
}

/** Opens a Select and chooses the option with exactly this label. */
export async function chooseOption(page: Page, select: string | Locator, label: string): Promise<void> {
  const dropdown = await openSelect(page, select);
  const option = selectOptions(dropdown).filter({ has: page.getByText(label, { exact: true }) });
  await pickOption(dropdown, option.first());
}

/** Rows of an Ant Design table (data rows only, not the placeholder shown when it is empty). */
export function tableRows(page: Page, testId: string): Locator {
  return page.getByTestId(testId).locator('tr.ant-table-row');
}

/** Waits until the table has finished loading (no spinner) and returns its row count. */
export async function loadedRowCount(page: Page, testId: string): Promise<number> {
  const table = page.getByTestId(testId);
  await table.waitFor();
  await table.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  return tableRows(page, testId).count();
}

/** The number an Ant Design Statistic shows (thousands separators removed). */
export async function statisticValue(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content').innerText();
  return Number(text.replace(/[^\d.-]/g, ''));
}

/**
 * Resolves with the next API answer whose URL contains every fragment (e.g. '/api/v1/schools?',
 * 'urbanRural=rural'). Start it before the click that triggers the request, await it after.
 */
export function apiResponse(page: Page, ...fragments: string[]): Promise<Response> {
  return page.waitForResponse(
    (response) => response.url().includes('/api/v1/') && fragments.every((f) => response.url().includes(f)),
  );
}

/** Reads a downloaded workbook's first sheet as rows of cell values. */
export async function downloadedRows(page: Page, click: () => Promise<void>): Promise<unknown[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
