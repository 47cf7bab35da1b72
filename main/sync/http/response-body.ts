/** Why a response body could not be read whole. */
export class BodyReadError extends Error {
  override readonly name = 'BodyReadError';
  constructor(
    readonly kind: 'too_large' | 'timeout' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a body as UTF-8 text, refusing more than `maxBytes` (a platform, or anything pretending to
 * be one, must not be able to fill the desk's memory) and giving up after `timeoutMs`.
 */
export async function readCappedText(
  response: Response,
  maxBytes: number,
  timeoutMs: number,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyReadError('too_large', `the answer is ${declared} bytes, above ${maxBytes}`);
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const chunks: string[] = [];
  const state = { total: 0, timedOut: false };
  const timeout = () =>
    new BodyReadError('timeout', `the answer did not finish within ${timeoutMs} ms`);
  const timer = setTimeout(() => {
    state.timedOut = true;
    void reader.cancel().catch(() => undefined);
  }, timeoutMs);
  try {
    for (;;) {
      let result: Awaited<ReturnType<typeof reader.read>>;
      try {
        result = await reader.read();
      } catch {
        throw state.timedOut
          ? timeout()
          : new BodyReadError('aborted', 'the connection broke while the answer was read');
      }
      if (result.done) break;
      const chunk: unknown = result.value;
      if (!(chunk instanceof Uint8Array)) {
        throw new BodyReadError('aborted', 'the answer arrived in an unreadable form');
      }
      state.total += chunk.byteLength;
      if (state.total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new BodyReadError('too_large', `the answer is larger than ${maxBytes} bytes`);
      }
      chunks.push(decoder.decode(chunk, { stream: true }));
    }
    // A cancel on timeout ends the stream as if it were complete: it is not.
    if (state.timedOut) throw timeout();
    chunks.push(decoder.decode());
    return chunks.join('');
  } finally {
    clearTimeout(timer);
  }
}
