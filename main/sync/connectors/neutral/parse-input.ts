import type { z } from 'zod';
import { describeIssues } from '../../http/describe-issues';
import { ValidationError, type PlatformErrorContext } from '../../http/platform-errors';

/** Checks what the engine hands a connector before anything is sent. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: PlatformErrorContext,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    context,
    `the ${context.operation ?? 'request'} is not valid (${describeIssues(parsed.error.issues)})`,
    parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
  );
}
