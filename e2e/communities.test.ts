// Communities, joint work and the bundled evaluation (COM, ACT, EVA) in the browser on the demo county: a county
// user generates the COM-3 proposal, reads it on the map and in the table and accepts it as urban–rural
// communities; reads a group's cockpit; a school user logs joint work and sees its community's lights change;
// the county user enters a satisfaction score and computes the bundled evaluation.
import type { Locator, Page } from 'playwright-core';
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
  screenshot,
  selectOptions,
  switchUser,
  tableRows,
  type TestServer,
  warnIfNoChromium,
} from './harness';

warnIfNoChromium();

// demo-school-1 is 示例县实验小学, the lead of this demo education group.
const GROUP = '示例县实验小学教育集团';

/** The compliance row of one quota for one subject, in the table with this test id. */
function quotaRow(page: Page, testId: string, rule: string, subject: string): Locator {
  return tableRows(page, testId).filter({ hasText: rule }).filter({ hasText: subject });
}

async function lightOf(row: Locator): Promise<{ light: string | null; text: string }> {
  const tag = row.getByTestId('light');
  return { light: await tag.getAttribute('data-light'), text: (await row.innerText()).replace(/\s+/g, ' ') };
}

async function logActivity(page: Page, kind: string, title: string): Promise<void> {
  await page.getByTestId('activity-log').click();
  await page.getByTestId('activity-form').waitFor();
  await chooseOption(page, 'activity-form-kind', kind);
  await page.getByTestId('activity-form-title').fill(title);
  await chooseOption(page, 'activity-form-community', GROUP);
  // A multiple select stays open after a pick: choose, then close it.
  const schools = await openSelect(page, 'activity-form-schools');
  await selectOptions(schools).filter({ hasText: '马鞍乡中心小学' }).first().click();
  await page.keyboard.press('Escape');
  await schools.waitFor({ state: 'hidden' });
  await page.getByTestId('activity-form-people').fill('24');
  const saved = apiResponse(page, '/communities/activities');
  const reloaded = apiResponse(page, '/communities/compliance');
  await page.getByTestId('activity-form-submit').click();
  expect((await saved).status()).toBe(200);
  await reloaded;
  await page.getByTestId('activity-form').waitFor({ state: 'detached' });
}

// The lights depend on where today falls in the term: the server and the browser run on a fixed autumn-term day,
// so the test means the same thing in August (between terms) as in November.
const TERM_DAY = new Date('2026-10-20T10:00:00+08:00');

describe('communities, joint work and the bundled evaluation (zh-CN)', () => {
  const session = browserSession({ now: TERM_DAY });
  let server: TestServer;
  let page: Page;

  beforeAll(() => ({ server, page } = session));

  e2eIt(
    'a county user generates the proposal, reads it on the map and accepts it as communities',
    async () => {
      const county = account(server, 'demo-county');
      await login(page, county.username, county.password);
      expect(await page.getByTestId('menu-communities').innerText()).toBe('共同体');
      expect(await page.getByTestId('menu-bundledEvaluation').innerText()).toBe('捆绑考核');
      await page.getByTestId('menu-communities').click();
      await page.getByTestId('communities-page').waitFor();
      const groups = await loadedRowCount(page, 'community-table');
      expect(groups).toBe(9);
      await expect(page.getByTestId('community-violations').innerText()).resolves.toContain('符合各项规则');

      const generated = apiResponse(page, '/communities/proposals');
      await page.getByTestId('proposal-generate').click();
      expect((await generated).status()).toBe(200);
      await page.getByTestId('proposal-map').locator('canvas').first().waitFor();
      const summary = await page.getByTestId('proposal-summary').innerText();
      expect(summary).toMatch(/城乡发展共同体：(\d+) 个共同体，(\d+) 所成员校/);
      const proposed = Number(summary.match(/(\d+) 个共同体/)?.[1]);
      expect(proposed).toBeGreaterThan(1);
      expect(await loadedRowCount(page, 'proposal-table')).toBeGreaterThan(proposed);
      await screenshot(page, 'communities-proposal');

      const accepted = apiResponse(page, '/accept');
      await page.getByTestId('proposal-accept').click();
      await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
      expect((await accepted).status()).toBe(200);
      await expect
        .poll(async () => loadedRowCount(page, 'community-table'), { timeout: 20_000 })
        .toBe(groups + proposed);
      expect(await tableRows(page, 'community-table').filter({ hasText: '方案采纳' }).count()).toBe(proposed);
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, 'communities-list');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    "opens a group's cockpit: members on the map, indicators against the lead, lights, rotation",
    async () => {
      await tableRows(page, 'community-table')
        .filter({ hasText: GROUP })
        .getByTestId('community-link')
        .click();
      await page.getByTestId('cockpit-page').waitFor();
      expect(await page.getByTestId('cockpit-title').innerText()).toContain(GROUP);
      await page.getByTestId('cockpit-map').locator('canvas').first().waitFor();
      await page.getByTestId('cockpit-indicators-chart').locator('canvas').first().waitFor();
      expect(await loadedRowCount(page, 'cockpit-compliance')).toBeGreaterThan(0);
      await page.getByTestId('cockpit-rotations').waitFor();
      await screenshot(page, 'communities-cockpit');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'a school user logs joint work and the lights of its group change',
    async () => {
      await switchUser(page, account(server, 'demo-school-1'));
      expect(await page.getByTestId('menu-bundledEvaluation').count()).toBe(0);
      await page.getByTestId('menu-activities').click();
      await page.getByTestId('activities-page').waitFor();
      await loadedRowCount(page, 'activity-compliance');

      const forum = () => quotaRow(page, 'activity-compliance', '校长论坛', GROUP);
      const research = () =>
        quotaRow(page, 'activity-compliance', '集体备课、教学沙龙、联合教研、课题研究', GROUP);
      const forumBefore = await lightOf(forum());
      const researchBefore = await lightOf(research());
      expect(forumBefore.light).not.toBe('green');
      expect(researchBefore.light).toBe('red');
      expect(researchBefore.text).toMatch(/落后 \d+ 次/);
      expect(researchBefore.text).toContain('0 / 8');
      await screenshot(page, 'communities-activities-before');

      await logActivity(page, '校长论坛', '集团校长论坛：城乡学校共同发展');
      await expect.poll(async () => (await lightOf(forum())).light).toBe('green');
      expect((await lightOf(forum())).text).toContain('达标');

      for (let i = 1; i <= 4; i += 1) await logActivity(page, '联合教研', `联合教研第${i}次：大单元教学设计`);
      await expect.poll(async () => (await lightOf(research())).text).toContain('4 / 8');
      const researchAfter = await lightOf(research());
      expect(researchAfter.light).toBe('amber');
      expect(researchAfter.text).toContain('进度正常');
      expect(await loadedRowCount(page, 'activity-table')).toBe(5);
      await screenshot(page, 'communities-activities');

      // Edit one: the row shows the new topic.
      await tableRows(page, 'activity-table')
        .filter({ hasText: '联合教研第1次' })
        .getByTestId('activity-edit')
        .click();
      await page.getByTestId('activity-form').waitFor();
      await page.getByTestId('activity-form-title').fill('联合教研第1次：作业设计（修改）');
      const patched = apiResponse(page, '/communities/activities/');
      await page.getByTestId('activity-form-submit').click();
      expect((await patched).status()).toBe(200);
      await expect.poll(() => page.getByTestId('activity-table').innerText()).toContain('作业设计（修改）');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'the school attaches minutes with a Chinese name to an activity and downloads them from the list',
    async () => {
      const minutes = Buffer.from('%PDF-1.4\n% 联合教研纪要\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
      await tableRows(page, 'activity-table')
        .filter({ hasText: '联合教研第2次' })
        .getByTestId('activity-edit')
        .click();
      await page.getByTestId('activity-form').waitFor();
      await page
        .getByTestId('activity-form')
        .locator('input[type="file"]')
        .setInputFiles({ name: '联合教研纪要.pdf', mimeType: 'application/pdf', buffer: minutes });
      const uploaded = apiResponse(page, '/communities/activities/', '/files');
      await page.getByTestId('activity-form-submit').click();
      expect((await uploaded).status()).toBe(200);
      await page.getByTestId('activity-form').waitFor({ state: 'detached' });
      const link = tableRows(page, 'activity-table')
        .filter({ hasText: '联合教研第2次' })
        .getByTestId('activity-row-attachments')
        .locator('a');
      await expect.poll(() => link.innerText()).toContain('联合教研纪要.pdf');
      // The browser's session downloads it: same bytes, the Chinese name in the header.
      const href = (await link.getAttribute('href')) ?? '';
      const res = await page.request.get(href);
      expect(res.status()).toBe(200);
      expect(Buffer.from(await res.body()).equals(minutes)).toBe(true);
      expect(res.headers()['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('联合教研纪要.pdf')}`,
      );
      await screenshot(page, 'communities-activity-attachment');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    'the county user enters a satisfaction score and computes the bundled evaluation',
    async () => {
      await switchUser(page, account(server, 'demo-county'));
      await page.getByTestId('menu-bundledEvaluation').click();
      await page.getByTestId('bundled-page').waitFor();
      // The inputs wait for the school years: a row first, then the count.
      await tableRows(page, 'bundled-inputs').first().waitFor();
      const communities = await loadedRowCount(page, 'bundled-inputs');
      expect(communities).toBeGreaterThanOrEqual(9);
      const first = tableRows(page, 'bundled-inputs').filter({ hasText: GROUP });
      const satisfaction = first.getByTestId('input-satisfaction');
      await satisfaction
        .locator('input')
        .or(first.locator('input[data-testid="input-satisfaction"]'))
        .fill('88');
      const put = apiResponse(page, '/communities/evaluation/inputs/');
      await first.getByTestId('input-save').click();
      expect((await put).status()).toBe(200);

      const computed = apiResponse(page, '/communities/evaluation/results');
      await page.getByTestId('bundled-compute').click();
      expect((await computed).status()).toBe(200);
      expect(await loadedRowCount(page, 'bundled-results')).toBe(communities);
      await page.getByTestId('bundled-chart').locator('canvas').first().waitFor();
      await expect(page.getByTestId('bundled-computed').innerText()).resolves.toContain('demo-county');
      await screenshot(page, 'communities-bundled');

      await page.goto('/communities');
      await tableRows(page, 'community-table')
        .filter({ hasText: GROUP })
        .getByTestId('community-link')
        .click();
      await page.getByTestId('cockpit-evaluation').waitFor();
      await expect(page.getByTestId('cockpit-evaluation').innerText()).resolves.toMatch(
        /第 \d+ 名 \/ 共 \d+ 个/,
      );
      await screenshot(page, 'communities-cockpit-evaluation');
    },
    E2E_TEST_TIMEOUT,
  );

  e2eIt(
    "the lead school's user sees its group on the cockpit map and its own part of the evaluation",
    async () => {
      await switchUser(page, account(server, 'demo-school-1'));
      await page.goto('/communities');
      await tableRows(page, 'community-table')
        .filter({ hasText: GROUP })
        .getByTestId('community-link')
        .click();
      await page.getByTestId('cockpit-page').waitFor();
      // The map has the group's schools although a school user's school list holds only its own school.
      await page.getByTestId('cockpit-map').locator('canvas').first().waitFor();
      await page.getByTestId('cockpit-school-evaluation').waitFor();
      await expect(page.getByTestId('cockpit-school-evaluation').innerText()).resolves.toMatch(
        /第 \d+ 名 \/ 共 \d+ 个/,
      );
      expect(await page.getByTestId('cockpit-evaluation').count()).toBe(0);
      await screenshot(page, 'communities-cockpit-school');
    },
    E2E_TEST_TIMEOUT,
  );
});
