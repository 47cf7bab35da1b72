import type { z } from 'zod';

/**
 * zod issues turned into plain words next to the right form field. The schemas in shared/domain
 * stay the single source of truth; this only chooses the sentence (a message key of
 * settings-messages.ts) and where to show it.
 */
export type IssueKey =
  | 'required'
  | 'tooLong'
  | 'min'
  | 'max'
  | 'wholeNumber'
  | 'pickOne'
  | 'time'
  | 'date'
  | 'format'
  | 'timeZone'
  | 'locale'
  | 'currency'
  | 'endEqualsStart'
  | 'partyRange'
  | 'dateRange'
  | 'amount'
  | 'invalid';

export interface FieldError {
  readonly key: IssueKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type FormErrors = Readonly<Record<string, FieldError>>;

/** Custom refinement messages of the domain schemas, by sentence. */
const CUSTOM: Readonly<Record<string, IssueKey>> = {
  'a service cannot end when it starts': 'endEqualsStart',
  'partySizeMin is above partySizeMax': 'partyRange',
  'endDate is before startDate': 'dateRange',
  'not an IANA time zone known to this runtime': 'timeZone',
  'not a BCP 47 language tag': 'locale',
  'a currency is three capital letters': 'currency',
};

export function issueToError(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case 'too_small': {
      if (issue.origin === 'string') return { key: 'required' };
      if (issue.origin === 'array') return { key: 'pickOne' };
      return { key: 'min', params: { min: Number(issue.minimum) } };
    }
    case 'too_big': {
      if (issue.origin === 'string')
        return { key: 'tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { key: 'invalid' };
      return { key: 'max', params: { max: Number(issue.maximum) } };
    }
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? { key: 'wholeNumber' }
        : { key: 'invalid' };
    case 'invalid_format':
      if (issue.format === 'time') return { key: 'time' };
      if (issue.format === 'date') return { key: 'date' };
      if (issue.message in CUSTOM) return { key: CUSTOM[issue.message] ?? 'format' };
      return { key: 'format' };
    case 'custom':
      return { key: CUSTOM[issue.message] ?? 'invalid' };
    default:
      return { key: 'invalid' };
  }
}

/**
 * One error per form field (the first issue wins). `fieldOf` maps a document path to the form
 * field that shows it; issues it cannot place land on `fallback`.
 */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  fieldOf: (path: readonly PropertyKey[]) => string | undefined,
  fallback: string,
): FormErrors {
  const out: Record<string, FieldError> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path) ?? fallback;
    out[field] ??= issueToError(issue);
  }
  return out;
}

/** A whole number typed in a form ("12", " 12 "); NaN for anything else so zod refuses it. */
export function parseWhole(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** An amount in major units ("25", "25.5", "25,50") to minor units; NaN when unreadable. */
export function parseMoney(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(trimmed)) return Number.NaN;
  const [units = '0', cents = ''] = trimmed.split('.');
  return Number(units) * 100 + Number(cents.padEnd(2, '0'));
}

/** Minor units back to what a person types ("25.50", "25"). */
export function formatMoney(minor: number | undefined): string {
  if (minor === undefined) return '';
  const units = Math.floor(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(units) : `${units}.${String(cents).padStart(2, '0')}`;
}

/** A checked candidate without the fields the store keeps (id, createdAt, updatedAt). */
export function withoutBookkeeping<T extends { id: string; createdAt: number; updatedAt: number }>(
  doc: T,
): Omit<T, 'id' | 'createdAt' | 'updatedAt'> {
  const out: Partial<T> = { ...doc };
  delete out.id;
  delete out.createdAt;
  delete out.updatedAt;
  return out as Omit<T, 'id' | 'createdAt' | 'updatedAt'>;
}
