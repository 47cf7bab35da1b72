import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSseReader } from '../../main/relay-client/sse-reader';
import { createEnrolmentCode } from '../tenants/tenant-store';
import {
  call,
  dbKinds,
  enrolOverHttp,
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../testing/test-relay';

type Doc = Record<string, unknown>;
type Tenant = Awaited<ReturnType<typeof tenantWithDevice>>;

describe.each(dbKinds())('replication hub on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => undefined);
    return;
  }
  const { db } = useTestDb(kind);
  let server: TestRelay;
  let t: Tenant;
  beforeAll(async () => {
    server = await startTestRelay(db());
    t = await tenantWithDevice(db(), server.url, 'Hub');
  });
  afterAll(() => server.close());

  const push = (
    collection: string,
    rows: unknown[],
    opts: { version?: number; token?: string; tenant?: string; primaryPath?: string } = {},
  ) =>
    call(
      server.url,
      `/v1/t/${opts.tenant ?? t.tenantId}/replication/${collection}/${opts.version ?? 0}/push`,
      {
        method: 'POST',
        token: opts.token ?? t.device.token,
        body: { primaryPath: opts.primaryPath ?? 'id', rows },
      },
    );
  const pull = (
    collection: string,
    seq: number,
    limit = 100,
    opts: { version?: number; token?: string; tenant?: string } = {},
  ) =>
    call(
      server.url,
      `/v1/t/${opts.tenant ?? t.tenantId}/replication/${collection}/${opts.version ?? 0}/pull?seq=${seq}&limit=${limit}`,
      {
        token: opts.token ?? t.device.token,
      },
    );
  const docsOf = (res: { body: Record<string, unknown> }) => res.body.documents as Doc[];

  it('applies the conflict rule: write when the assumed state equals the current one, else answer the current one', async () => {
    const v1 = { id: 'r1', name: 'Dupont', covers: 2, _deleted: false };
    expect((await push('bookings', [{ newDocumentState: v1 }])).body).toEqual({ conflicts: [] });
    const v2 = { ...v1, covers: 4 };
    // Same state spelled differently: other key order, 2.0 for 2.
    const assumed = JSON.parse('{"_deleted":false,"covers":2.0,"name":"Dupont","id":"r1"}') as Doc;
    expect(
      (await push('bookings', [{ assumedMasterState: assumed, newDocumentState: v2 }])).body,
    ).toEqual({ conflicts: [] });
    const stale = await push('bookings', [
      { assumedMasterState: v1, newDocumentState: { ...v1, covers: 9 } },
    ]);
    expect(stale.body).toEqual({ conflicts: [v2] });
    const blind = await push('bookings', [{ newDocumentState: { ...v1, covers: 7 } }]);
    expect(blind.body).toEqual({ conflicts: [v2] });
    // A retry after a lost answer: the master already equals the new state, so it is a conflict that resolves to itself.
    expect(
      (await push('bookings', [{ assumedMasterState: v1, newDocumentState: v2 }])).body,
    ).toEqual({ conflicts: [v2] });
    const all = docsOf(await pull('bookings', 0));
    expect(all).toEqual([v2]);
  });

  it('orders pulls by server seq, strictly after the checkpoint, keeping tombstones and stripping local fields', async () => {
    const rows = ['a', 'b', 'c'].map((id) => ({
      newDocumentState: {
        id,
        n: 1,
        _deleted: false,
        _rev: '1-x',
        _meta: { lwt: 1 },
        _attachments: {},
      },
    }));
    await push('orders', rows);
    const first = await pull('orders', 0, 2);
    expect(docsOf(first).map((d) => d.id)).toEqual(['a', 'b']);
    const cp = (first.body.checkpoint as { seq: number }).seq;
    expect(docsOf(await pull('orders', cp, 10)).map((d) => d.id)).toEqual(['c']);
    await push('orders', [
      {
        assumedMasterState: { id: 'a', n: 1, _deleted: false },
        newDocumentState: { id: 'a', n: 1, _deleted: true },
      },
    ]);
    const after = await pull('orders', cp, 10);
    expect(docsOf(after)).toEqual([
      { id: 'c', n: 1, _deleted: false },
      { id: 'a', n: 1, _deleted: true },
    ]);
    const end = (after.body.checkpoint as { seq: number }).seq;
    expect((await pull('orders', end)).body).toEqual({ documents: [], checkpoint: { seq: end } });
    expect(docsOf(await pull('orders', 0)).map((d) => d.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps tenants apart even for the same collection name', async () => {
    const other = await tenantWithDevice(db(), server.url, 'Other hub');
    await push('shared', [{ newDocumentState: { id: 'secret', v: 1, _deleted: false } }]);
    expect(
      docsOf(await pull('shared', 0, 100, { tenant: other.tenantId, token: other.device.token })),
    ).toEqual([]);
    expect((await pull('shared', 0, 100, { token: other.device.token })).status).toBe(403);
    expect(
      (
        await push('shared', [{ newDocumentState: { id: 'secret', v: 666 } }], {
          token: other.device.token,
        })
      ).status,
    ).toBe(403);
    expect(docsOf(await pull('shared', 0))).toEqual([{ id: 'secret', v: 1, _deleted: false }]);
  });

  it('refuses older schema versions (426) and another primary path (409), accepts a newer version', async () => {
    await push('guests', [{ newDocumentState: { id: 'g1', _deleted: false } }], { version: 1 });
    const old = await pull('guests', 0, 10, { version: 0 });
    expect(old.status).toBe(426);
    expect(old.body).toMatchObject({ status: 'error', details: { relaySchemaVersion: 1 } });
    expect(
      (await push('guests', [{ newDocumentState: { id: 'g2', _deleted: false } }], { version: 0 }))
        .status,
    ).toBe(426);
    expect(
      (await push('guests', [{ newDocumentState: { id: 'g3', _deleted: false } }], { version: 2 }))
        .status,
    ).toBe(200);
    expect((await pull('guests', 0, 10, { version: 1 })).status).toBe(426);
    expect(
      (
        await push('guests', [{ newDocumentState: { guestId: 'g4' } }], {
          version: 2,
          primaryPath: 'guestId',
        })
      ).status,
    ).toBe(409);
  });

  it('answers malformed pushes and pulls with 400 and stores nothing', async () => {
    const before = docsOf(await pull('bad', 0)).length;
    const cases: unknown[][] = [
      [{ newDocumentState: { name: 'no id' } }],
      [{ newDocumentState: { id: 42 } }],
      [{ newDocumentState: { id: 'x', _deleted: 'yes' } }],
      [{ newDocumentState: { id: 'x', note: 'nul \u0000 here' } }],
      [{ newDocumentState: 'not an object' }],
      Array.from({ length: 1001 }, (_, i) => ({ newDocumentState: { id: `x${i}` } })),
    ];
    for (const rows of cases) {
      const res = await push('bad', rows);
      expect(res.status).toBe(400);
      expect(res.body.status).toBe('error');
    }
    for (const path of [
      '/replication/x;drop table replication_docs/0/pull',
      '/replication/Bad/0/pull',
      '/replication/bad/-1/pull',
      '/replication/bad/0/pull?seq=-5',
      '/replication/bad/0/pull?limit=999999',
    ]) {
      expect(
        (await call(server.url, `/v1/t/${t.tenantId}${path}`, { token: t.device.token })).status,
      ).toBe(400);
    }
    expect(docsOf(await pull('bad', 0))).toHaveLength(before);
    const sqlish = { id: "'); DELETE FROM replication_docs; --", text: '$1 $2 \\x00' };
    expect(
      (await push('bad', [{ newDocumentState: { ...sqlish, _deleted: false } }])).body,
    ).toEqual({ conflicts: [] });
    expect(docsOf(await pull('bad', 0))).toEqual([{ ...sqlish, _deleted: false }]);
  });

  it('lets exactly one of two concurrent writers win, and pages every doc once in seq order', async () => {
    const code = await createEnrolmentCode(db(), t.tenantId, 60_000);
    const two = await enrolOverHttp(server.url, code?.code ?? '', 'Second');
    const base = { id: 'race', v: 0, _deleted: false };
    await push('race', [{ newDocumentState: base }]);
    const [x, y] = await Promise.all([
      push('race', [{ assumedMasterState: base, newDocumentState: { ...base, v: 1 } }]),
      push('race', [{ assumedMasterState: base, newDocumentState: { ...base, v: 2 } }], {
        token: two.token,
      }),
    ]);
    const conflicts = [...(x.body.conflicts as Doc[]), ...(y.body.conflicts as Doc[])];
    expect(conflicts).toHaveLength(1);
    const winner = docsOf(await pull('race', 0))[0];
    expect(conflicts[0]).toEqual(winner);

    await Promise.all(
      Array.from({ length: 8 }, (_, w) =>
        push(
          'many',
          Array.from({ length: 25 }, (_, i) => ({
            newDocumentState: { id: `w${w}-${i}`, _deleted: false },
          })),
          {
            token: w % 2 ? two.token : t.device.token,
          },
        ),
      ),
    );
    const seen: string[] = [];
    let seq = 0;
    for (;;) {
      const page = await pull('many', seq, 7);
      seen.push(...docsOf(page).map((d) => String(d.id)));
      const next = (page.body.checkpoint as { seq: number }).seq;
      if (docsOf(page).length < 7) break;
      expect(next).toBeGreaterThan(seq);
      seq = next;
    }
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
  });

  it('pokes the stream with the collection that changed', async () => {
    const topics: string[][] = [];
    const reader = startSseReader({
      url: `${server.url}/v1/t/${t.tenantId}/stream`,
      headers: () => ({ authorization: `Bearer ${t.device.token}` }),
      onEvent: (m) => topics.push((JSON.parse(m.data) as { topics: string[] }).topics),
    });
    while (topics.length === 0) await new Promise((r) => setTimeout(r, 10));
    await push('tables', [{ newDocumentState: { id: 't1', _deleted: false } }]);
    const until = Date.now() + 2000;
    while (!topics.some((tp) => tp.includes('replication:tables')) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 10));
    reader.close();
    expect(topics[0]).toEqual(['*']);
    expect(topics.some((tp) => tp.includes('replication:tables'))).toBe(true);
  });
});
