// The read cache never serves an answer older than the last write this process has answered, and never shares
// answers across scopes.
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../testing/databases';
import { call, login } from '../testing/http';
import { openTestApp } from '../testing/test-app';
import { ReadCache } from './read-cache';

describe('ReadCache', () => {
  it('remembers an answer until invalidated or expired', async () => {
    let now = 0;
    const cache = new ReadCache(() => now, 1_000);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.read('k', compute)).toBe(1);
    expect(await cache.read('k', compute)).toBe(1);
    cache.invalidate();
    expect(await cache.read('k', compute)).toBe(2);
    now = 1_000;
    expect(await cache.read('k', compute)).toBe(3);
  });

  it('does not keep an answer computed while a write began', async () => {
    const cache = new ReadCache(() => 0);
    let computed = 0;
    const first = await cache.read('k', async () => {
      cache.invalidate();
      return ++computed;
    });
    expect(first).toBe(1);
    expect(await cache.read('k', async () => ++computed)).toBe(2);
  });
});

describe.each(testDatabases())('read cache in the app on $name', (testDb) => {
  it('a school renamed through the API shows in the next list; scopes do not share answers', async () => {
    const t = await openTestApp(testDb, { readCache: true });
    try {
      const a1 = await login(t.app, 'county-a1');
      const b1 = await login(t.app, 'county-b1');
      const list = async (s: typeof a1) =>
        (await call(t.app, s, 'GET', '/api/v1/schools?pageSize=500')).json() as {
          items: { id: string; name: string; countyId: string }[];
        };
      const before = await list(a1);
      expect((await list(a1)).items).toEqual(before.items);
      const other = await list(b1);
      expect(other.items.every((s) => s.countyId === t.world.counties.b1.id)).toBe(true);
      const target = before.items[0];
      if (!target) throw new Error('no school');
      const renamed = await call(t.app, a1, 'PATCH', `/api/v1/schools/${target.id}`, {
        payload: { name: `${target.name}（新）` },
      });
      expect(renamed.statusCode).toBe(200);
      const after = await list(a1);
      expect(after.items.find((s) => s.id === target.id)?.name).toBe(`${target.name}（新）`);
    } finally {
      await t.close();
    }
  });
});
