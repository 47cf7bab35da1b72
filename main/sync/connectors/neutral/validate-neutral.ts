import type { z } from 'zod';
import { describeIssues } from '../../http/describe-issues';
import { UnexpectedResponseError, type PlatformErrorContext } from '../../http/platform-errors';

/** Checks what a mapper built against its neutral schema; a miss is the platform's odd data. */
export function validateNeutral<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  context: PlatformErrorContext,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw new UnexpectedResponseError(context, `${what}: ${describeIssues(parsed.error.issues)}`);
}
