// The forms of the joint work's people and parameters (ACT-2/3, COM-2) in the browser on the demo county: a
// county user records a mentorship pair and ends it, creates a master studio for the demo group, assigns a
// researcher to two schools, changes the county's quota and reminder window, and reads the reminders that follow.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import {
  account,
  apiResponse,
  browserSession,
  downloadedRows,
  E2E_TEST_TIMEOUT,
  e2eIt,
  loadedRowCount,
  login,
  openSelect,
  screenshot,
  selectOptions,
  switchUser,
  tableRows,
  type TestServer,
  warnIfNoChromium,
} from './harness';

warnIfNoChromium();

// demo-school-1 is 示例县实验小学, the lead of this demo education group; 马鞍乡中心小学 is a rural member.
const GROUP = '示例县实验小学教育集团';
const LEAD = '示例县实验小学';
const RURAL = '马鞍乡中心小学';
const RESEARCH = '集体备课、教学沙龙、联合教研、课题研究';

/** The input of an Ant Design field by test id, whether the id sits on the input or on its wrapper. */
function inputOf(page: Page, testId: string): Locator {
  return page.locator(`input[data-testid="${testId}"]`).or(page.getByTestId(testId).locator('input')).first();
}

/** Saves the open dialog and waits for the write's answer and the dialog to close. */
async function submit(page: Page, form: string, path: string): Promise<void> {
  const saved = apiResponse(page, path);
  await page.getByTestId(`${form}-submit`).click();
  expect((await saved).status()).toBe(200);
  await page.getByTestId(form).waitFor({ state: 'detached' });
}

/**
 * Chooses an option of an Ant Design Select by its label. On a loaded machine a click can land while the
 * dropdown is still opening and be dropped; it is repeated until the select shows the choice.
 */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  const dropdown = await openSelect(page, testId);
  const option = selectOptions(dropdown)
    .filter({ has: page.getByText(label, { exact: true }) })
    .first();
  await expect
    .poll(async () => {
      if (await dropdown.isVisible()) await option.click({ timeout: 5_000 }).catch(() => undefined);
      return page.getByTestId(testId).innerText();
    })
    .toContain(label);
  await dropdown.waitFor({ state: 'hidden' });
}

/** The count in a summary line such as `共 21 对，…`. */
async function summaryCount(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).innerText()).match(/(\d+)/)?.[1]);
}

// Reminders and quota lights depend on where today falls in the term: run on a fixed autumn-term day, 62 days
// before the term ends, so the test means the same in any month.
const REMINDER_DAY = new Date('2026-11-30T10:00:00+08:00');

/** An ISO date `days` from REMINDER_DAY (the server's and the browser's today) in Beijing time (negative: before). */
function isoDay(days: number): string {
  const at = new Date(REMINDER_DAY.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}

async function confirmPopover(page: Page): Promise<void> {
  await page
    .locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary')
    .click();
}

describe('community forms: pairs, studios, researcher patches, settings and reminders (zh-CN)', () => {
  const session = browserSession({ now: REMINDER_DAY });
  let server: TestServer;
  let page: Page;

  beforeAll(() => ({ server, page } = session));

  e2eIt(
    'a county user records a cross-school mentorship pair, edits it and ends it',
    async () => {
      const county = account(server, 'demo-county');
      await login(page, county.username, county.password);
      expect(await page.getByTestId('menu-masterStudios').innerText()).toBe('名师工作室');
      expect(await page.getByTestId('menu-communitySettings').innerText()).toBe('共同体规则设置');
      await page.getByTestId('menu-mentorships').click();
      await page.getByTestId('mentorships-page').waitFor();
      await loadedRowCount(page, 'mentorship-table');
      const before = await summaryCount(page, 'mentorship-summary');

      await page.getByTestId('mentorship-create').click();
      await page.getByTestId('mentorship-form').waitFor();
      // Saving empty shows the required marks in Chinese and sends nothing.
      await page.getByTestId('mentorship-form-submit').click();
      await expect.poll(() => page.getByTestId('mentorship-form').innerText()).toContain('必填');

      await choose(page, 'mentorship-form-mentor-school', LEAD);
      await inputOf(page, 'mentorship-form-mentor-code').fill('E2E-M01');
      await inputOf(page, 'mentorship-form-mentor-name').fill('王芳');
      await choose(page, 'mentorship-form-mentee-school', RURAL);
      // The same person twice: the server refuses and the dialog says why, in Chinese.
      await inputOf(page, 'mentorship-form-mentee-code').fill('E2E-M01');
      const refused = apiResponse(page, '/communities/mentorships');
      await page.getByTestId('mentorship-form-submit').click();
      expect((await refused).status()).toBe(400);
      await expect
        .poll(() => page.getByTestId('mentorship-form-error').innerText())
        .toContain('师傅与徒弟为同一人');
      await inputOf(page, 'mentorship-form-mentee-code').fill('E2E-T01');
      await inputOf(page, 'mentorship-form-mentee-name').fill('李小雨');
      await choose(page, 'mentorship-form-community', GROUP);
      await choose(page, 'mentorship-form-subject', '语文');
      await inputOf(page, 'mentorship-form-start').fill(isoDay(-30));
      await screenshot(page, 'communities-forms-mentorship-dialog');
      await submit(page, 'mentorship-form', '/communities/mentorships');

      await expect.poll(() => summaryCount(page, 'mentorship-summary')).toBe(before + 1);
      // The new pair starts today, last in the list: find it by name.
      await inputOf(page, 'mentorship-filter-q').fill('李小雨');
      await inputOf(page, 'mentorship-filter-q').press('Enter');
      await expect.poll(() => loadedRowCount(page, 'mentorship-table')).toBe(1);
      const row = () => tableRows(page, 'mentorship-table').filter({ hasText: '李小雨' });
      await expect.poll(() => row().innerText()).toContain('跨校');
      expect(await row().innerText()).toContain('进行中');

      // Edit: the mentee's name changes.
      await row().getByTestId('mentorship-edit').click();
      await page.getByTestId('mentorship-form').waitFor();
      await inputOf(page, 'mentorship-form-mentee-name').fill('李小雨（修改）');
      await submit(page, 'mentorship-form', '/communities/mentorships/');
      await expect.poll(() => page.getByTestId('mentorship-table').innerText()).toContain('李小雨（修改）');

      // End it yesterday: the pair stays, ended (the end date is its last day).
      const ended = apiResponse(page, '/communities/mentorships/');
      await row().getByTestId('mentorship-end').click();
      await inputOf(page, 'end-date').fill(isoDay(-1));
      await confirmPopover(page);
      expect((await ended).status()).toBe(200);
      await expect.poll(() => row().innerText()).toContain('已结束');

      // The status filter keeps the URL and the list in step.
      await page.getByTestId('mentorship-filter-status').getByText('已结束').click();
      await expect.poll(() => page.url()).toContain('status=ended');
      await expect.poll(() => loadedRowCount(page, 'mentorship-table')).toBeGreaterThanOrEqual(1);
      await page.getByTestId('mentorship-filter-status').getByText('全部').click();
      await expect.poll(() => page.url()).not.toContain('status=');
      await screenshot(page, 'communities-forms-mentorships');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'creates a master studio for the group and sees its schools and its quota this term',
    async () => {
      await page.getByTestId('menu-masterStudios').click();
      await page.getByTestId('studios-page').waitFor();
      const before = await loadedRowCount(page, 'studio-table');
      await page.getByTestId('studio-create').click();
      await page.getByTestId('studio-form').waitFor();
      await inputOf(page, 'studio-form-name').fill('王芳小学语文名师工作室（测试）');
      await choose(page, 'studio-form-leader-school', LEAD);
      // The leader is found in the school's roster by code; choosing fills the name.
      const teachers = apiResponse(page, '/teachers?', 'q=51072200001');
      await inputOf(page, 'studio-form-leader-code').fill('51072200001');
      expect((await teachers).status()).toBe(200);
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .filter({ hasText: '余佳洁' })
        .first()
        .click();
      await expect.poll(() => inputOf(page, 'studio-form-leader-name').inputValue()).toBe('余佳洁');
      await choose(page, 'studio-form-community', GROUP);
      await choose(page, 'studio-form-subject', '语文');
      await submit(page, 'studio-form', '/communities/studios');

      await expect.poll(() => loadedRowCount(page, 'studio-table')).toBe(before + 1);
      const row = tableRows(page, 'studio-table').filter({ hasText: '王芳小学语文名师工作室（测试）' });
      expect(await row.innerText()).toContain('余佳洁');
      // A new studio has done nothing yet against "≥ 3 at rural group schools per term".
      await expect.poll(() => row.getByTestId('quota-progress').first().innerText()).toBe('0 / 3');
      const exported = await downloadedRows(page, () => page.getByTestId('studio-export').click());
      expect(exported.flat()).toContain('王芳小学语文名师工作室（测试）');
      await row.locator('.ant-table-row-expand-icon').click();
      const members = page.getByTestId('studio-members').last();
      await members.waitFor();
      expect(await members.innerText()).toContain(`${RURAL} · 乡村`);
      await screenshot(page, 'communities-forms-studios');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'assigns a researcher to two schools and finds them in the by-school view',
    async () => {
      await page.getByTestId('menu-researcherPatches').click();
      await page.getByTestId('patches-page').waitFor();
      const before = await loadedRowCount(page, 'patch-table');
      await page.getByTestId('patch-create').click();
      await page.getByTestId('patch-form').waitFor();
      await inputOf(page, 'patch-form-name').fill('赵教研员（测试）');
      const schools = await openSelect(page, 'patch-form-schools');
      await selectOptions(schools).filter({ hasText: RURAL }).first().click();
      await selectOptions(schools).filter({ hasText: LEAD }).first().click();
      await page.keyboard.press('Escape');
      await schools.waitFor({ state: 'hidden' });
      await submit(page, 'patch-form', '/communities/researcher-patches');

      await expect.poll(() => loadedRowCount(page, 'patch-table')).toBe(before + 1);
      const row = tableRows(page, 'patch-table').filter({ hasText: '赵教研员（测试）' });
      expect(await row.innerText()).toContain(RURAL);
      // The export has a row per patch and school: this patch's two schools.
      const exported = await downloadedRows(page, () => page.getByTestId('patch-export').click());
      expect(exported.filter((r) => r[0] === '赵教研员（测试）')).toHaveLength(2);
      await screenshot(page, 'communities-forms-patches');

      await page.getByTestId('patch-view').getByText('按学校').click();
      await page.getByTestId('patch-school-table').waitFor();
      const schoolRow = tableRows(page, 'patch-school-table').filter({ hasText: RURAL });
      await expect.poll(() => schoolRow.first().innerText()).toContain('赵教研员（测试）');
      await screenshot(page, 'communities-forms-patches-by-school');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    "changes the county's joint-research quota and reminder window, and reads the reminders",
    async () => {
      await page.getByTestId('menu-communitySettings').click();
      await page.getByTestId('settings-page').waitFor();
      await page.getByTestId('settings-quotas').waitFor();
      expect(await page.getByTestId('setting-reminderDays-default').innerText()).toContain('默认：30');
      expect(await page.getByTestId('setting-maxSchools-default').innerText()).toContain('教育集团 4');
      await inputOf(page, 'setting-quota-communityJointResearch').fill('6');
      await inputOf(page, 'setting-reminderDays-input').fill('90');
      await page.getByTestId('settings-page').getByText('学期与提醒').click();
      expect(await page.getByTestId('setting-changed').count()).toBe(2);
      const put = apiResponse(page, '/communities/settings');
      await page.getByTestId('settings-save').click();
      expect((await put).status()).toBe(200);
      await expect.poll(() => page.getByTestId('settings-save').isDisabled()).toBe(true);
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'communities-forms-settings');

      await page.getByTestId('menu-communityReminders').click();
      await page.getByTestId('reminders-page').waitFor();
      await expect.poll(() => page.getByTestId('reminder-hint').innerText()).toContain('不足 90 天');
      expect(await loadedRowCount(page, 'reminder-table')).toBeGreaterThan(0);
      // The group's joint research now counts against 6, not 8.
      const research = tableRows(page, 'reminder-table')
        .filter({ hasText: RESEARCH })
        .filter({ hasText: GROUP });
      await expect.poll(() => research.first().innerText()).toMatch(/\d+ \/ 6/);
      await screenshot(page, 'communities-forms-reminders');

      // A narrower window asks the server again and shows fewer (or as many) quotas.
      const all = await loadedRowCount(page, 'reminder-table');
      const narrowed = apiResponse(page, '/communities/compliance/reminders', 'withinDays=10');
      await inputOf(page, 'reminder-window').fill('10');
      await inputOf(page, 'reminder-window').press('Enter');
      expect((await narrowed).status()).toBe(200);
      // The page shows the narrowed answer (until then the count below would be the old table's).
      await expect.poll(() => page.getByTestId('reminder-hint').innerText()).toContain('不足 10 天');
      expect(await loadedRowCount(page, 'reminder-table')).toBeLessThanOrEqual(all);

      // Back to the defaults: the settings page shows no change.
      await page.getByTestId('menu-communitySettings').click();
      await page.getByTestId('settings-reset-all').click();
      const reset = apiResponse(page, '/communities/settings');
      await confirmPopover(page);
      expect((await reset).status()).toBe(200);
      await expect.poll(() => page.getByTestId('setting-changed').count()).toBe(0);
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'reads the reminders and the settings in English',
    async () => {
      await page.getByTestId('locale-switch').getByText('English').click();
      await page.getByTestId('menu-communityReminders').click();
      await page.getByTestId('reminders-page').waitFor();
      await expect.poll(() => page.getByTestId('reminders-page').innerText()).toContain('Reminders');
      await screenshot(page, 'communities-forms-reminders-en');
      await page.getByTestId('menu-communitySettings').click();
      await page.getByTestId('settings-quotas').waitFor();
      expect(await page.getByTestId('setting-reminderDays-default').innerText()).toContain('Default: 30');
      await screenshot(page, 'communities-forms-settings-en');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'a school user reads studios and patches without the bureau buttons, records its own pairs, has no settings',
    async () => {
      await page.getByTestId('locale-switch').getByText('中文').click();
      await expect.poll(() => page.getByTestId('menu-masterStudios').innerText()).toBe('名师工作室');
      await switchUser(page, account(server, 'demo-school-1'));
      expect(await page.getByTestId('menu-communitySettings').count()).toBe(0);
      await page.getByTestId('menu-masterStudios').click();
      await page.getByTestId('studios-page').waitFor();
      await loadedRowCount(page, 'studio-table');
      expect(await page.getByTestId('studio-create').count()).toBe(0);
      expect(await page.getByTestId('studio-edit').count()).toBe(0);
      await page.getByTestId('menu-researcherPatches').click();
      await page.getByTestId('patches-page').waitFor();
      await loadedRowCount(page, 'patch-table');
      expect(await page.getByTestId('patch-create').count()).toBe(0);
      await page.getByTestId('menu-mentorships').click();
      await page.getByTestId('mentorships-page').waitFor();
      await loadedRowCount(page, 'mentorship-table');
      await page.getByTestId('mentorship-create').waitFor();
      await screenshot(page, 'communities-forms-school-mentorships');
    },
    E2E_TEST_TIMEOUT,
  );
});
