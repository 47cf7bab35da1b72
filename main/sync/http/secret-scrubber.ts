import type { Logger } from '../../ports';

/**
 * Removes known secrets (client secrets, API keys, access tokens) from any text that leaves the
 * sync layer: log lines, error messages, sync-log payloads. Secrets are registered by value, so a
 * platform echoing a key back in an error body is caught too.
 */
export interface SecretScrubber {
  add(secret: string): void;
  scrub(text: string): string;
  /** Deep copy with every string scrubbed (objects, arrays; other values as they are). */
  scrubValue(value: unknown): unknown;
}

export const REDACTED = '[redacted]';
/** Shorter values would redact ordinary words; no real credential is this short. */
const MIN_SECRET_LENGTH = 6;
const MAX_DEPTH = 8;

export function createSecretScrubber(initial: readonly string[] = []): SecretScrubber {
  const secrets = new Set<string>();
  const add = (secret: string): void => {
    if (secret.length >= MIN_SECRET_LENGTH) secrets.add(secret);
  };
  initial.forEach(add);
  const scrub = (text: string): string => {
    let out = text;
    // Longest first, so a token containing a shorter secret is removed whole.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  };
  const scrubValue = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (depth >= MAX_DEPTH) return '[deep]';
    if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
    if (value instanceof Error) return scrub(`${value.name}: ${value.message}`);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = scrubValue(item, depth + 1);
      return out;
    }
    return value;
  };
  return { add, scrub, scrubValue: (value) => scrubValue(value) };
}

/** A logger that scrubs every message and field before handing it on. */
export function scrubbingLogger(logger: Logger, scrubber: SecretScrubber): Logger {
  const fieldsOf = (fields?: Record<string, unknown>): Record<string, unknown> | undefined =>
    fields === undefined ? undefined : (scrubber.scrubValue(fields) as Record<string, unknown>);
  return {
    debug: (message, fields) => logger.debug(scrubber.scrub(message), fieldsOf(fields)),
    info: (message, fields) => logger.info(scrubber.scrub(message), fieldsOf(fields)),
    warn: (message, fields) => logger.warn(scrubber.scrub(message), fieldsOf(fields)),
    error: (message, fields) => logger.error(scrubber.scrub(message), fieldsOf(fields)),
    child: (fields) => scrubbingLogger(logger.child(fieldsOf(fields) ?? {}), scrubber),
  };
}
