import { z } from 'zod';

/**
 * The renderer's RxDatabase runs on RxDB's remote storage; its messages travel over the preload
 * (Electron) or the WebSocket bridge (browser mode). Main validates every message with these
 * schemas before RxDB sees it.
 */

export const STORAGE_CHANNEL = 'storage:message';

/** The database the renderer may open. Anything else is refused by main. */
export const DESK_DATABASE_NAME = 'desk';

export const StorageMethod = z.enum([
  'create',
  'bulkWrite',
  'findDocumentsById',
  'query',
  'count',
  'getAttachmentData',
  'getChangedDocumentsSince',
  'cleanup',
  'close',
  'remove',
]);

export const StorageRequest = z.object({
  connectionId: z.string().min(1).max(200),
  requestId: z.string().min(1).max(200),
  method: StorageMethod,
  version: z.string().max(40),
  params: z.unknown(),
});
export type StorageRequest = z.infer<typeof StorageRequest>;

export const StorageAnswer = z.object({
  connectionId: z.string(),
  answerTo: z.string(),
  method: z.string(),
  error: z.unknown().optional(),
  return: z.unknown().optional(),
});
export type StorageAnswer = z.infer<typeof StorageAnswer>;
