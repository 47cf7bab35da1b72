import type { z } from 'zod';

/**
 * A zod failure as one short clause naming the fields, never their values (a value may be huge,
 * hostile or personal): `mealDate: Invalid ISO datetime; partySize: expected number`.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const parts = issues.slice(0, max).map((issue) => {
    const path = issue.path.length === 0 ? '(the answer)' : issue.path.map(String).join('.');
    return `${path}: ${issue.message.slice(0, 120)}`;
  });
  const more = issues.length > max ? ` (+${issues.length - max} more)` : '';
  return `${parts.join('; ')}${more}`;
}
