import { z } from 'zod';

/** Frames of the browser-mode bridge (WebSocket), validated on both ends. */

export const BRIDGE_PATH = '/bridge';
export const BRIDGE_PROTOCOL = 'couvert.v1';
export const TOKEN_PROTOCOL_PREFIX = 'couvert-token.';
export const TOKEN_META_NAME = 'couvert-bridge-token';
export const MAX_FRAME_BYTES = 1024 * 1024;

export const ClientFrame = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('command'),
    id: z.number().int().nonnegative(),
    channel: z.string().max(128),
    request: z.unknown(),
  }),
  z.object({ kind: z.literal('storage'), message: z.unknown() }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export const ServerFrame = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('result'),
    id: z.number().int().nonnegative(),
    envelope: z.unknown(),
  }),
  z.object({ kind: z.literal('storage'), message: z.unknown() }),
  z.object({ kind: z.literal('error'), message: z.string() }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;
