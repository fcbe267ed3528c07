// The administrator's first visit (product.md, accounts): the one-time password must be changed before anything
// else, then the users page creates a school account, and the audit log shows who created it.
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import {
  apiResponse,
  browserSession,
  changePassword,
  chooseOption,
  E2E_TEST_TIMEOUT,
  e2eIt,
  loadedRowCount,
  login,
  newContext,
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

const NEW_ADMIN_PASSWORD = 'e2e-Admin-2025-strong';
const NEW_USER = { username: 'e2e-school', displayName: 'E2E 测试学校管理员' };

describe('admin: forced password change, users, audit', () => {
  const session = browserSession();
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Filled by the user-creation test, read by the audit test. */
  const created = { id: '', initialPassword: '', schoolName: '' };

  beforeAll(() => ({ server, browser, page } = session));

  e2eIt(
    'first login is forced to change the one-time password',
    async () => {
      await login(page, 'admin', server.adminPassword);
      await page.waitForURL('**/change-password');
      await page.getByTestId('change-password-form').waitFor();
      expect(await page.locator('.ant-alert-warning').innerText()).toContain('修改');
      await screenshot(page, 'admin-forced-change-password');

      // Any other page sends the admin back here until the password is changed.
      await page.goto('/users');
      await page.waitForURL('**/change-password');

      // The new password may not be the old one.
      await page.getByTestId('change-password-current').fill(server.adminPassword);
      await page.getByTestId('change-password-new').fill(server.adminPassword);
      await page.getByTestId('change-password-confirm').fill(server.adminPassword);
      await page.getByTestId('change-password-submit').click();
      await page.locator('.ant-form-item-explain-error').first().waitFor();
      expect(page.url()).toContain('/change-password');

      await changePassword(page, server.adminPassword, NEW_ADMIN_PASSWORD);
      await page.getByTestId('dashboard').waitFor();
      expect(await page.getByTestId('header-user').innerText()).toContain('系统管理员');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'creates a school user on the users page',
    async () => {
      await page.getByTestId('menu-users').click();
      await page.waitForURL('**/users');
      expect(await loadedRowCount(page, 'user-table')).toBe(server.accounts.length + 1);

      await page.getByTestId('add-user').click();
      await page.getByTestId('add-user-form').waitFor();
      await page.getByTestId('add-user-username').fill(NEW_USER.username);
      await page.getByTestId('add-user-display-name').fill(NEW_USER.displayName);
      await chooseOption(page, 'add-user-role', '学校管理员');
      const schools = await openSelect(page, 'add-user-school');
      const firstSchool = selectOptions(schools).first();
      created.schoolName = (await firstSchool.innerText()).trim();
      await pickOption(schools, firstSchool);
      await screenshot(page, 'admin-add-user');

      const answer = apiResponse(page, '/users');
      await page
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /保\s?存/ })
        .click();
      const response = await answer;
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { user: { id: string; role: string; schoolId: string } };
      expect(body.user.role).toBe('school');
      expect([...server.schoolIds.values()]).toContain(body.user.schoolId);
      created.id = body.user.id;

      const shown = page.getByTestId('initial-password-value');
      await shown.waitFor();
      created.initialPassword = (await shown.innerText()).trim();
      expect(created.initialPassword.length).toBeGreaterThanOrEqual(10);
      await screenshot(page, 'admin-initial-password');
      await page
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /确\s?定/ })
        .click();

      await expect
        .poll(() => tableRows(page, 'user-table').filter({ hasText: NEW_USER.username }).count())
        .toBe(1);
      const row = tableRows(page, 'user-table').filter({ hasText: NEW_USER.username });
      expect(await row.innerText()).toContain('学校管理员');
      await screenshot(page, 'admin-users');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'the new school user must change the initial password too',
    async () => {
      const other = await newContext(browser, { baseUrl: server.baseUrl });
      try {
        const userPage = await other.newPage();
        await login(userPage, NEW_USER.username, created.initialPassword);
        await userPage.waitForURL('**/change-password');
        await changePassword(userPage, created.initialPassword, 'e2e-School-2025-strong');
        await userPage.getByTestId('dashboard').waitFor();
        // A school user's figures are its own school's only.
        await expect.poll(() => statisticValue(userPage, 'stat-schools')).toBe(1);
      } finally {
        await other.close();
      }
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'the audit log lists the user creation',
    async () => {
      await page.getByTestId('menu-audit').click();
      await page.waitForURL('**/audit');
      expect(await loadedRowCount(page, 'audit-table')).toBeGreaterThan(0);

      const userAnswer = apiResponse(page, '/audit?', 'entity=user');
      await chooseOption(page, 'filter-entity', '用户');
      await userAnswer;
      const createAnswer = apiResponse(page, '/audit?', 'action=create');
      await chooseOption(page, 'filter-action', '新增');
      await createAnswer;
      await loadedRowCount(page, 'audit-table');

      const row = tableRows(page, 'audit-table').filter({ hasText: created.id });
      expect(await row.count()).toBe(1);
      const text = await row.innerText();
      expect(text).toContain('admin');
      expect(text).toContain('新增');
      expect(text).toContain('用户');

      await row.locator('.ant-table-row-expand-icon').click();
      const diff = page.getByTestId('audit-diff').first();
      await diff.waitFor();
      expect(await diff.innerText()).toContain(NEW_USER.username);
      expect(await diff.innerText()).not.toMatch(/argon2|passwordHash/i);
      await screenshot(page, 'admin-audit');
    },
    E2E_TEST_TIMEOUT,
  );
});
