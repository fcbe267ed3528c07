// A school account sees its own school only (docs/api.md: scope; out-of-scope records answer 404 so their
// existence is not revealed).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import {
  account,
  browserSession,
  E2E_TEST_TIMEOUT,
  e2eIt,
  loadedRowCount,
  login,
  screenshot,
  statisticValue,
  tableRows,
  type TestServer,
  warnIfNoChromium,
} from './harness';

warnIfNoChromium();

describe('school user', () => {
  const session = browserSession();
  let server: TestServer;
  let page: Page;
  let ownSchoolId = '';

  beforeAll(() => ({ server, page } = session));

  e2eIt(
    'sees one school on the dashboard and in the school list, and no user or audit menu',
    async () => {
      const school = account(server, 'demo-school-1');
      await login(page, school.username, school.password);
      await page.getByTestId('dashboard').waitFor();
      await expect.poll(() => statisticValue(page, 'stat-schools')).toBe(1);
      expect(await page.getByTestId('menu-users').count()).toBe(0);
      expect(await page.getByTestId('menu-audit').count()).toBe(0);
      await screenshot(page, 'school-dashboard');

      await page.getByTestId('menu-schools').click();
      await page.waitForURL('**/schools');
      expect(await loadedRowCount(page, 'school-table')).toBe(1);
      const href = await page.getByTestId('school-link').getAttribute('href');
      ownSchoolId = href?.split('/').pop() ?? '';
      expect([...server.schoolIds.values()]).toContain(ownSchoolId);
      await screenshot(page, 'school-list');

      await page.getByTestId('menu-teachers').click();
      await page.waitForURL('**/teachers');
      // The list waits for the county's school years to open on the latest one, then loads.
      await expect.poll(() => tableRows(page, 'teacher-table').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('filter-schoolYear').innerText()).toContain('2024-2025学年');
      const schoolNames = await tableRows(page, 'teacher-table').locator('a[href^="/schools/"]').all();
      for (const link of schoolNames) expect(await link.getAttribute('href')).toBe(`/schools/${ownSchoolId}`);
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'opens its own school, and another school’s URL shows not-found',
    async () => {
      await page.goto(`/schools/${ownSchoolId}`);
      await page.getByTestId('school-detail').waitFor();
      expect(await loadedRowCount(page, 'school-teacher-table')).toBeGreaterThan(0);

      const otherId = [...server.schoolIds.values()].find((id) => id !== ownSchoolId);
      await page.goto(`/schools/${otherId}`);
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByTestId('school-detail').count()).toBe(0);
      await screenshot(page, 'school-other-not-found');

      // A user-management URL is refused for a school account.
      await page.goto('/users');
      await page.getByTestId('forbidden').or(page.getByTestId('not-found')).waitFor();
      expect(await page.getByTestId('user-table').count()).toBe(0);
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'a teacher account sees its own roster row only',
    async () => {
      await session.context.clearCookies();
      const teacher = account(server, 'demo-teacher');
      await login(page, teacher.username, teacher.password);
      await page.getByTestId('menu-teachers').click();
      await page.waitForURL('**/teachers');
      await expect.poll(() => tableRows(page, 'teacher-table').count()).toBe(1);
      expect(await page.getByText(/共 1 条/).count()).toBe(1);
      await screenshot(page, 'teacher-own-record');
    },
    E2E_TEST_TIMEOUT,
  );
});
