import type { Logger } from '../../../ports';

export interface CapturedLine {
  readonly level: string;
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

/** A Logger that keeps every line (tests assert on them, e.g. that no secret is ever written). */
export function captureLogger(
  base: Record<string, unknown> = {},
  lines: CapturedLine[] = [],
): Logger & { lines: CapturedLine[]; text(): string } {
  const emit = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields: { ...base, ...fields } });
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => captureLogger({ ...base, ...fields }, lines),
    lines,
    text: () => lines.map((line) => JSON.stringify(line)).join('\n'),
  };
}
