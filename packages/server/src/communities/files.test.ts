// Uploaded files of communities and joint work through the API: a charter and activity files go in as
// multipart, come back byte for byte with a Content-Disposition that carries a Chinese name, are scoped like
// what they belong to, are audited, and a bad upload (too big, wrong type, a renamed file) writes nothing.
// The log, at its most verbose, never shows a file's content, its name or a cookie.
import { and, count, eq } from 'drizzle-orm';
import { validateHeaderValue } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, storedFiles } from '../db/schema';
import { DEFAULT_FILE_MAX_MB } from '../files';
import { testDatabases } from '../testing/databases';
import { call, errorCode, login, type Session } from '../testing/http';
import { multipartFile, SAMPLE_PDF, SAMPLE_PNG } from '../testing/multipart';
import { createGroup } from '../testing/communities';
import { captureLog } from '../testing/log';
import { openTestApp, type TestApp } from '../testing/test-app';

const SECRET_NAME = '绝密会议纪要';
const SECRET_TEXT = 'CONTENT-MARKER-7f3a';

interface FileOut {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
}

describe.each(testDatabases())('community files on $name', (testDb) => {
  let t: TestApp;
  let county: Session;
  let ids: string[];
  let countyId: string;
  let groupId: string;
  const logged = captureLog();
  const api = (path = '') => `/api/v1/communities${path}`;
  const send = (s: Session, url: string, name: string, content: Buffer) => {
    const body = multipartFile(name, content);
    return call(t.app, s, 'POST', url, { payload: body.payload, contentType: body.contentType });
  };
  const fileCount = async () => (await t.database.db.select({ n: count() }).from(storedFiles))[0]?.n ?? 0;
  const fileAudits = () => t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'stored_file'));

  beforeAll(async () => {
    t = await openTestApp(testDb, { logger: { level: 'trace', stream: logged.stream } });
    county = await login(t.app, 'county-a1');
    ids = t.world.counties.a1.schoolIds;
    countyId = t.world.counties.a1.id;
    groupId = await createGroup(t, county, countyId, {
      name: '附件测试集团',
      lead: ids[2] as string,
      members: [ids[1] as string],
    });
  });
  afterAll(async () => t.close());

  it('stores a charter with a Chinese name and sends it back byte for byte', async () => {
    const name = `${SECRET_NAME}（章程）.pdf`;
    const content = Buffer.concat([SAMPLE_PDF, Buffer.from(SECRET_TEXT)]);
    const res = await send(county, api(`/${groupId}/charter`), name, content);
    expect(res.statusCode, res.body).toBe(200);
    const file = (res.json() as { file: FileOut }).file;
    expect(file).toMatchObject({ name, mimeType: 'application/pdf', size: content.length });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

    const shown = await call(t.app, county, 'GET', api(`/${groupId}`));
    expect((shown.json() as { community: { charter: FileOut | null } }).community.charter?.id).toBe(file.id);

    const down = await call(t.app, county, 'GET', api(`/${groupId}/charter`));
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(content)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    const disposition = String(down.headers['content-disposition']);
    // A real socket refuses non-Latin-1 header values; the name travels in filename* (RFC 5987).
    expect(() => validateHeaderValue('content-disposition', disposition)).not.toThrow();
    const star = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(star)).toBe(name);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"/);

    const audits = await fileAudits();
    expect(audits.map((a) => [a.action, a.entityId])).toEqual([['create', file.id]]);
    expect(audits[0]?.after).toMatchObject({ attachedTo: { community: groupId }, sha256: file.sha256 });
  });

  it('lets a member school download the charter, and nobody else see it or change it', async () => {
    const member = await login(t.app, 'school-a1-2');
    expect((await call(t.app, member, 'GET', api(`/${groupId}/charter`))).statusCode).toBe(200);
    const outsider = await login(t.app, 'school-a1-1');
    expect((await call(t.app, outsider, 'GET', api(`/${groupId}/charter`))).statusCode).toBe(404);
    const other = await login(t.app, 'county-a2');
    expect((await call(t.app, other, 'GET', api(`/${groupId}/charter`))).statusCode).toBe(404);
    const before = await fileCount();
    expect((await send(member, api(`/${groupId}/charter`), 'a.pdf', SAMPLE_PDF)).statusCode).toBe(404);
    const viewer = await login(t.app, 'viewer-a1');
    expect(errorCode(await send(viewer, api(`/${groupId}/charter`), 'a.pdf', SAMPLE_PDF))).toBe('FORBIDDEN');
    expect(errorCode(await call(t.app, viewer, 'DELETE', api(`/${groupId}/charter`)))).toBe('FORBIDDEN');
    expect(await fileCount()).toBe(before);
  });

  it('refuses a wrong type, a renamed file, a non-multipart body and an empty file, writing nothing', async () => {
    const before = await fileCount();
    const audits = (await fileAudits()).length;
    const exe = await send(county, api(`/${groupId}/charter`), '章程.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.statusCode).toBe(415);
    expect(errorCode(exe)).toBe('FILE_TYPE_NOT_ALLOWED');
    const message = (exe.json() as { error: { message: string } }).error.message;
    expect(message).toContain('only pdf');
    expect(message).toContain('仅支持');
    // A PNG named .pdf, and a script named .png.
    expect(errorCode(await send(county, api(`/${groupId}/charter`), '章程.pdf', SAMPLE_PNG))).toBe(
      'FILE_TYPE_NOT_ALLOWED',
    );
    expect(
      errorCode(await send(county, api(`/${groupId}/charter`), 'x.png', Buffer.from('<script>1</script>'))),
    ).toBe('FILE_TYPE_NOT_ALLOWED');
    const json = await call(t.app, county, 'POST', api(`/${groupId}/charter`), { payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(errorCode(await send(county, api(`/${groupId}/charter`), 'empty.pdf', Buffer.alloc(0)))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await fileCount()).toBe(before);
    expect((await fileAudits()).length).toBe(audits);
  });

  it(`takes a file above the JSON body limit and refuses one above ${DEFAULT_FILE_MAX_MB} MB`, async () => {
    const before = await fileCount();
    const six = Buffer.concat([SAMPLE_PDF, Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const ok = await send(county, api(`/${groupId}/charter`), '大章程.pdf', six);
    expect(ok.statusCode, ok.body).toBe(200);
    // The new charter replaced the old one, whose deletion is audited.
    expect(await fileCount()).toBe(before);
    expect((await fileAudits()).map((a) => a.action)).toEqual(['create', 'create', 'delete']);

    const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(DEFAULT_FILE_MAX_MB * 1024 * 1024, 0x20)]);
    const res = await send(county, api(`/${groupId}/charter`), '超大.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(errorCode(res)).toBe('FILE_TOO_LARGE');
    const message = (res.json() as { error: { message: string } }).error.message;
    expect(message).toContain(`${DEFAULT_FILE_MAX_MB} MB`);
    expect(message).toContain('上限');
    expect(await fileCount()).toBe(before);
    const kept = await call(t.app, county, 'GET', api(`/${groupId}/charter`));
    expect(kept.rawPayload.length).toBe(six.length);
  });

  it('deletes the charter, audited', async () => {
    const res = await call(t.app, county, 'DELETE', api(`/${groupId}/charter`));
    expect(res.statusCode, res.body).toBe(200);
    expect((await call(t.app, county, 'GET', api(`/${groupId}/charter`))).statusCode).toBe(404);
    expect(await fileCount()).toBe(0);
    expect((await fileAudits()).at(-1)?.action).toBe('delete');
  });

  it('deletes the charter with its community, audited', async () => {
    const other = await createGroup(t, county, countyId, {
      name: '附件测试集团（删除）',
      lead: ids[3] as string,
      members: [ids[0] as string],
    });
    const up = await send(county, api(`/${other}/charter`), '章程.pdf', SAMPLE_PDF);
    expect(up.statusCode, up.body).toBe(200);
    const fileId = (up.json() as { file: FileOut }).file.id;
    const res = await call(t.app, county, 'DELETE', api(`/${other}`));
    expect(res.statusCode, res.body).toBe(200);
    expect(await fileCount()).toBe(0);
    const audits = await fileAudits();
    expect(audits.filter((a) => a.entityId === fileId).map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('keeps the files of an activity: the host uploads, participants download, the files go with it', async () => {
    const host = await login(t.app, 'school-a1-2');
    const created = await call(t.app, host, 'POST', api('/activities'), {
      payload: {
        kind: 'jointResearch',
        date: '2024-10-15',
        title: '附件教研',
        hostSchoolId: ids[1],
        participantSchoolIds: [ids[0]],
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const activityId = (created.json() as { activity: { id: string } }).activity.id;
    const up = await send(host, api(`/activities/${activityId}/files`), '教研照片.png', SAMPLE_PNG);
    expect(up.statusCode, up.body).toBe(200);
    const file = (up.json() as { file: FileOut }).file;
    expect(file.mimeType).toBe('image/png');

    const listed = await call(
      t.app,
      county,
      'GET',
      api(`/activities?countyId=${countyId}&kind=jointResearch`),
    );
    const item = (listed.json() as { items: { id: string; attachments: FileOut[] }[] }).items.find(
      (a) => a.id === activityId,
    );
    expect(item?.attachments.map((f) => f.id)).toEqual([file.id]);

    const participant = await login(t.app, 'school-a1-1');
    const fileUrl = api(`/activities/${activityId}/files/${file.id}`);
    const down = await call(t.app, participant, 'GET', fileUrl);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(SAMPLE_PNG)).toBe(true);
    // A participant does not change the host's record; another county does not see it.
    expect(
      errorCode(await send(participant, api(`/activities/${activityId}/files`), 'a.pdf', SAMPLE_PDF)),
    ).toBe('FORBIDDEN');
    expect(errorCode(await call(t.app, participant, 'DELETE', fileUrl))).toBe('FORBIDDEN');
    const other = await login(t.app, 'county-a2');
    expect((await call(t.app, other, 'GET', fileUrl)).statusCode).toBe(404);
    // The file is reached only through its own activity.
    expect((await call(t.app, county, 'GET', api(`/${groupId}/charter`))).statusCode).toBe(404);

    const second = await send(host, api(`/activities/${activityId}/files`), '纪要.docx', SAMPLE_ZIP);
    expect(second.statusCode, second.body).toBe(200);
    const secondId = (second.json() as { file: FileOut }).file.id;
    expect(
      (await call(t.app, host, 'DELETE', api(`/activities/${activityId}/files/${secondId}`))).statusCode,
    ).toBe(200);
    expect(
      (await call(t.app, host, 'GET', api(`/activities/${activityId}/files/${secondId}`))).statusCode,
    ).toBe(404);
    expect((await call(t.app, host, 'DELETE', api(`/activities/${activityId}`))).statusCode).toBe(200);
    expect(await fileCount()).toBe(0);
    const [deleted] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'activity'),
          eq(auditLog.entityId, activityId),
          eq(auditLog.action, 'delete'),
        ),
      );
    expect(deleted?.before).toMatchObject({ uploadedFiles: 1 });
  });

  it('writes neither file content, file names nor cookies to the log', () => {
    const log = logged.text();
    expect(log).toContain('/charter');
    expect(log).not.toContain(SECRET_TEXT);
    expect(log).not.toContain(SECRET_NAME);
    // As a download header sends it (filename*), too.
    expect(log).not.toContain(encodeURIComponent(SECRET_NAME));
    expect(log).not.toContain(county.token);
  });
});

const SAMPLE_ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
