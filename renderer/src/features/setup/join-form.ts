import type { z } from 'zod';
import { JoinRelayRequest } from '../../../../shared/contract/setup-commands';

/**
 * The join-a-relay form: what is typed, which field shows which sentence, and where a refusal
 * of the desk belongs. The rules are the contract's own zod schema (JoinRelayRequest); this
 * module only chooses the words (keys of setup-messages.ts) and when to show them.
 */

export const JOIN_FIELDS = ['relayUrl', 'code', 'deviceName'] as const;
export type JoinField = (typeof JOIN_FIELDS)[number];
export type JoinForm = Record<JoinField, string>;

export type JoinIssue =
  | 'relayUrl.missing'
  | 'relayUrl.format'
  | 'relayUrl.tooLong'
  | 'code.missing'
  | 'code.tooLong'
  | 'deviceName.missing'
  | 'deviceName.tooLong'
  | 'invalid';

export type JoinErrors = Partial<Record<JoinField, JoinIssue>>;

export type JoinCheck = { ok: true; value: JoinRelayRequest } | { ok: false; errors: JoinErrors };

function isField(value: PropertyKey | undefined): value is JoinField {
  return JOIN_FIELDS.some((f) => f === value);
}

function issueOf(field: JoinField, issue: z.core.$ZodIssue): JoinIssue {
  switch (issue.code) {
    case 'too_small':
      return `${field}.missing`;
    case 'too_big':
      return `${field}.tooLong`;
    case 'custom':
    case 'invalid_format':
      return field === 'relayUrl' ? 'relayUrl.format' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Checks the whole form with the contract's schema; one sentence per field (the first issue). */
export function checkJoinForm(form: JoinForm): JoinCheck {
  const result = JoinRelayRequest.safeParse(form);
  if (result.success) return { ok: true, value: result.data };
  const errors: JoinErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    // Every issue of this schema has a field path; anything else lands on the address.
    const target: JoinField = isField(field) ? field : 'relayUrl';
    errors[target] ??= issueOf(target, issue);
  }
  return { ok: false, errors };
}

/**
 * What to show while typing: a field's sentence appears once the person has left that field (or
 * tried to send), then follows every keystroke. An untouched empty field is not an error yet.
 */
export function visibleErrors(
  errors: JoinErrors,
  touched: ReadonlySet<JoinField>,
  submitted: boolean,
): JoinErrors {
  if (submitted) return errors;
  const out: JoinErrors = {};
  for (const field of JOIN_FIELDS) {
    const issue = errors[field];
    if (issue !== undefined && touched.has(field)) out[field] = issue;
  }
  return out;
}

export type RefusalKind =
  | 'unreachable'
  | 'codeRefused'
  | 'notRelay'
  | 'tooManyTries'
  /** A refusal we cannot place: the desk's sentence alone. */
  | 'other'
  /** Not a refusal: the desk failed (internal error, command not available). */
  | 'failed';

export interface Refusal {
  kind: RefusalKind;
  /** The field the refusal concerns; null: under the whole form. */
  field: JoinField | null;
  /** The desk's own sentence, shown as the detail. */
  detail: string;
}

const UNREACHABLE =
  /unreachable|not reachable|could not (be )?reach|cannot (be )?reach|can't reach|could not connect|cannot connect|no answer|did not answer|does not answer|timed out|timeout|econnrefused|enotfound|eai_again|fetch failed|network|connection refused|dns/i;
const CODE = /\bcode\b/i;
const CODE_REFUSED = /unknown|expired|already used|used already|invalid|not valid|refused|wrong/i;
const NOT_RELAY = /not a couvert relay|not json|not a relay|does not match the contract|\b404\b/i;
const TOO_MANY = /too many|rate limit|\b429\b/i;
const NAME = /\bname\b/i;
const ADDRESS = /\brelay\b|\baddress\b|\burl\b|https?:/i;

/**
 * Places a refusal of `setup:joinRelay` next to the field it concerns. `rejected` errors carry a
 * sentence for the person; any other code is the desk failing, shown under the form.
 */
export function classifyRefusal(error: { code: string; message: string }): Refusal {
  const detail = error.message;
  if (error.code !== 'rejected') return { kind: 'failed', field: null, detail };
  if (TOO_MANY.test(detail)) return { kind: 'tooManyTries', field: null, detail };
  if (CODE.test(detail) && CODE_REFUSED.test(detail))
    return { kind: 'codeRefused', field: 'code', detail };
  if (UNREACHABLE.test(detail)) return { kind: 'unreachable', field: 'relayUrl', detail };
  if (NOT_RELAY.test(detail)) return { kind: 'notRelay', field: 'relayUrl', detail };
  if (CODE.test(detail)) return { kind: 'other', field: 'code', detail };
  if (NAME.test(detail)) return { kind: 'other', field: 'deviceName', detail };
  if (ADDRESS.test(detail)) return { kind: 'other', field: 'relayUrl', detail };
  return { kind: 'other', field: null, detail };
}

/** A refusal stays until the person changes the field it concerns (or sends again). */
export function refusalAfterEdit(refusal: Refusal | null, edited: JoinField): Refusal | null {
  if (refusal === null) return null;
  return refusal.field === edited ? null : refusal;
}

export type RefusalWords =
  { kind: 'detail' } | { kind: 'sentence'; key: Exclude<RefusalKind, 'other'>; withDetail: true };

/**
 * What to show for a refusal. The desk writes its sentences in English: an English desk shows
 * them as they are (they carry the address, the wait); another language gets its own sentence for
 * the kinds it knows, with the desk's words underneath. A failure always says what to do first.
 */
export function refusalWords(refusal: Refusal, locale: string): RefusalWords {
  if (refusal.kind === 'failed') return { kind: 'sentence', key: 'failed', withDetail: true };
  if (refusal.kind === 'other' || locale === 'en') return { kind: 'detail' };
  return { kind: 'sentence', key: refusal.kind, withDetail: true };
}
