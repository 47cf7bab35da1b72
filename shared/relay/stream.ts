import { z } from 'zod';

/**
 * The SSE stream only says "pull now". `topics` names what changed: `feed`, or
 * `replication:<collection>`; `*` (sent on every (re)connect) means everything.
 */
export const pokeSchema = z.object({ topics: z.array(z.string()).min(1) });
export type Poke = z.infer<typeof pokeSchema>;
export const ALL_TOPICS = '*';
export const FEED_TOPIC = 'feed';
export const replicationTopic = (collection: string) => `replication:${collection}`;
