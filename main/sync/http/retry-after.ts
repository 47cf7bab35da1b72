/**
 * `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). Gateways also send
 * `RateLimit-Reset` (seconds until the window resets); it is the fallback.
 */
const MAX_DELAY_MS = 24 * 3_600_000;

export function parseRetryAfter(
  headers: { get(name: string): string | null },
  nowMs: number,
): number | undefined {
  return (
    parseOne(headers.get('retry-after'), nowMs) ?? parseSeconds(headers.get('ratelimit-reset'))
  );
}

function parseSeconds(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (!/^\d{1,9}(\.\d+)?$/.test(trimmed)) return undefined;
  return Math.min(MAX_DELAY_MS, Math.round(Number(trimmed) * 1000));
}

function parseOne(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const seconds = parseSeconds(value);
  if (seconds !== undefined) return seconds;
  // An HTTP date names its weekday and zone; anything Date.parse happens to accept is not enough.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value.trim())) {
    return undefined;
  }
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.min(MAX_DELAY_MS, Math.max(0, at - nowMs));
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base * 2^retry)). */
export function backoffDelay(
  retry: number,
  policy: { readonly baseMs: number; readonly capMs: number },
  random: () => number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retry));
  return Math.floor(random() * ceiling);
}
