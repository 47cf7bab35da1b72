import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body exceeds ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** Hard stop for draining an oversized upload before the socket is destroyed. */
const DRAIN_CAP = 32 * 1024 * 1024;

/**
 * Reads the whole body, up to `limit` bytes. Past the limit it keeps draining (discarding) so the
 * client can still read the 413 answer, then rejects.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        if (!tooLarge) {
          tooLarge = true;
          chunks.length = 0;
          reject(new BodyTooLargeError(limit));
        }
        if (size > DRAIN_CAP) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!tooLarge) reject(error);
    });
  });
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** True when the content type names JSON (application/json, text/json or any +json type). */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return media === 'application/json' || media === 'text/json' || media.endsWith('+json');
}

export function isFormContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  return (
    (contentType.split(';')[0] ?? '').trim().toLowerCase() === 'application/x-www-form-urlencoded'
  );
}
