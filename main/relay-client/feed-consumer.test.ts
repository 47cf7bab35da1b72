import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { FeedEvent } from '../../shared/relay/feed';
import { startFeedConsumer } from './feed-consumer';
import type { RelayHttp } from './relay-http';
import type { RelayStream } from './relay-stream';

/** The relay's side of the feed, in memory: every pull returns the events after `after`. */
function fakeRelay(events: FeedEvent[]) {
  const pokes = new Set<() => void>();
  const pulls: string[] = [];
  const http: RelayHttp = {
    connection: { baseUrl: 'http://127.0.0.1:9', tenantId: 't_test', token: 'x' },
    url: (path) => `http://127.0.0.1:9${path}`,
    authHeaders: () => ({}),
    get: <S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> => {
      pulls.push(path);
      const after = Number(/after=(\d+)/.exec(path)?.[1] ?? '0');
      const page = events.filter((e) => e.seq > after);
      const last = page.at(-1)?.seq ?? after;
      return Promise.resolve(
        schema.parse({
          events: page,
          checkpoint: { seq: last },
          hasMore: false,
          headSeq: last,
          purgedThrough: 0,
          gap: false,
        }),
      );
    },
    send: <S extends z.ZodType>(
      _method: string,
      _path: string,
      body: unknown,
      schema: S,
    ): Promise<z.output<S>> =>
      Promise.resolve(schema.parse({ status: 'ok', ackedSeq: (body as { seq: number }).seq })),
  };
  const stream: RelayStream = {
    subscribe: (_topic, onPoke) => {
      pokes.add(onPoke);
      return () => pokes.delete(onPoke);
    },
    close: () => undefined,
    connected: true,
  };
  return {
    http,
    stream,
    pulls,
    poke: () => {
      for (const fn of pokes) fn();
    },
  };
}

const event = (seq: number): FeedEvent => ({
  seq,
  platform: 'thefork',
  eventKey: `id:${String(seq)}`,
  eventType: 'reservationCreated',
  receivedAt: new Date(0).toISOString(),
  payload: { uuid: String(seq) },
});

describe('feed consumer pokes', () => {
  it('reports a failed drain once, however many pokes came while it ran, and pulls again after', async () => {
    const relay = fakeRelay([event(1), event(2)]);
    let release: (error: Error) => void = () => undefined;
    const applies: number[][] = [];
    const errors: unknown[] = [];
    const consumer = startFeedConsumer({
      http: relay.http,
      stream: relay.stream,
      apply: (events) => {
        applies.push(events.map((e) => e.seq));
        if (applies.length > 1) return Promise.resolve();
        return new Promise<void>((_resolve, reject) => {
          release = reject;
        });
      },
      onError: (error) => errors.push(error),
    });
    relay.poke();
    await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 50; i += 1) relay.poke();
    release(new Error('the sync engine stopped: events are left for the next run'));
    await new Promise((r) => setTimeout(r, 10));
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/sync engine stopped/);
    expect(consumer.checkpoint).toBeNull();

    // Not acknowledged, so the next poke gets the same events again.
    relay.poke();
    await new Promise((r) => setTimeout(r, 10));
    expect(applies).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect(consumer.checkpoint).toBe(2);
    expect(errors).toHaveLength(1);
    consumer.close();
  });

  it('takes events that arrived during a drain in one more pass', async () => {
    const events = [event(1)];
    const relay = fakeRelay(events);
    const applied: number[] = [];
    let slow: () => void = () => undefined;
    const consumer = startFeedConsumer({
      http: relay.http,
      stream: relay.stream,
      apply: async (batch) => {
        if (applied.length === 0) await new Promise<void>((resolve) => (slow = resolve));
        applied.push(...batch.map((e) => e.seq));
      },
    });
    relay.poke();
    await new Promise((r) => setTimeout(r, 10));
    events.push(event(2), event(3));
    relay.poke();
    relay.poke();
    slow();
    await new Promise((r) => setTimeout(r, 20));
    expect(applied).toEqual([1, 2, 3]);
    expect(consumer.checkpoint).toBe(3);
    expect(relay.pulls).toHaveLength(2);
    consumer.close();
  });
});
