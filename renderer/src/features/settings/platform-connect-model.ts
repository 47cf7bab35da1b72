import type { z } from 'zod';
import {
  ConnectablePlatform,
  ConnectPlatformRequest,
  type PlatformSummary,
} from '../../../../shared/contract/platform-commands';
import type { Locale } from '../../i18n/i18n';
import { intlTag } from '../inbox/field-words';

/**
 * The connect form of Settings › Platforms, without React: which fields each platform needs
 * (main/sync/connectors/connector-registry.ts checks the same), the draft being typed, its checks
 * before sending, and the webhook address to paste into the platform.
 */

export type Connectable = z.infer<typeof ConnectablePlatform>;
export const CONNECTABLE: readonly Connectable[] = ConnectablePlatform.options;

export function isConnectable(platform: string): platform is Connectable {
  return ConnectablePlatform.safeParse(platform).success;
}

export interface CredentialField {
  /** The key main expects in `credentials`. */
  readonly key: string;
  /** A secret is typed in a password field and never shown back. */
  readonly secret: boolean;
  readonly minLength: number;
  readonly maxLength: number;
}

export const PLATFORM_FIELDS: Readonly<Record<Connectable, readonly CredentialField[]>> = {
  thefork: [
    { key: 'clientId', secret: false, minLength: 1, maxLength: 512 },
    { key: 'clientSecret', secret: true, minLength: 1, maxLength: 2048 },
  ],
  formitable: [{ key: 'apiKey', secret: true, minLength: 8, maxLength: 512 }],
};

export type MasteredEntity = 'reservation' | 'customer';
export const MASTERED: readonly MasteredEntity[] = ['reservation', 'customer'];

export interface ConnectDraft {
  readonly restaurantId: string;
  readonly credentials: Readonly<Record<string, string>>;
  readonly masterFor: readonly MasteredEntity[];
  readonly pollIntervalSeconds: number;
}

export const DEFAULT_POLL_SECONDS = 300;
export const POLL_PRESETS: readonly number[] = [15, 30, 60, 120, 300, 600, 900, 1800, 3600];

/**
 * A fresh draft: empty credentials (they are never sent back to the renderer), the rest taken
 * from the current connection when there is one, so "change the credentials" starts from it.
 */
export function draftFor(platform: Connectable, current?: PlatformSummary): ConnectDraft {
  const credentials: Record<string, string> = {};
  for (const field of PLATFORM_FIELDS[platform]) credentials[field.key] = '';
  return {
    restaurantId: current?.restaurantId ?? '',
    credentials,
    masterFor: (current?.masterFor ?? []).filter((e): e is MasteredEntity =>
      (MASTERED as readonly string[]).includes(e),
    ),
    pollIntervalSeconds: current?.pollIntervalSeconds ?? DEFAULT_POLL_SECONDS,
  };
}

export type DraftIssue =
  | { readonly key: 'required' }
  | { readonly key: 'tooShort'; readonly params: { min: number } }
  | { readonly key: 'tooLong'; readonly params: { max: number } }
  | { readonly key: 'poll' };

export type DraftCheck =
  | { readonly ok: true; readonly request: ConnectPlatformRequest }
  | { readonly ok: false; readonly issues: Readonly<Record<string, DraftIssue>> };

function lengthIssue(value: string, min: number, max: number): DraftIssue | undefined {
  if (value.length === 0) return { key: 'required' };
  if (value.length < min) return { key: 'tooShort', params: { min } };
  if (value.length > max) return { key: 'tooLong', params: { max } };
  return undefined;
}

/**
 * Checks a draft before sending: each field's problem under its name (`restaurantId`,
 * `credential.<key>`, `poll`), or the request main's contract accepts. Spaces around what was
 * pasted are removed; nothing else is changed.
 */
export function checkDraft(platform: Connectable, draft: ConnectDraft): DraftCheck {
  const issues: Record<string, DraftIssue> = {};
  const restaurantId = draft.restaurantId.trim();
  const idIssue = lengthIssue(restaurantId, 1, 128);
  if (idIssue) issues.restaurantId = idIssue;
  const credentials: Record<string, string> = {};
  for (const field of PLATFORM_FIELDS[platform]) {
    const value = (draft.credentials[field.key] ?? '').trim();
    const issue = lengthIssue(value, field.minLength, field.maxLength);
    if (issue) issues[`credential.${field.key}`] = issue;
    credentials[field.key] = value;
  }
  const poll = draft.pollIntervalSeconds;
  if (!Number.isInteger(poll) || poll < 15 || poll > 86_400) issues.poll = { key: 'poll' };
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  const parsed = ConnectPlatformRequest.safeParse({
    platform,
    restaurantId,
    credentials,
    masterFor: [...new Set(draft.masterFor)],
    pollIntervalSeconds: poll,
  });
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path[0];
    return {
      ok: false,
      issues: { [typeof path === 'string' ? path : 'form']: { key: 'required' } },
    };
  }
  return { ok: true, request: parsed.data };
}

/** The choices of the poll interval: the presets, plus the current value when it is another. */
export function pollChoices(current: number): number[] {
  return [...new Set([...POLL_PRESETS, current])]
    .filter((s) => Number.isInteger(s) && s >= 15 && s <= 86_400)
    .sort((a, b) => a - b);
}

/** An interval in the largest whole unit: "30 seconds", "5 minutes", "1 hour", "90 seconds". */
export function durationWords(seconds: number, locale: Locale): string {
  const unit =
    seconds % 3600 === 0
      ? ({ unit: 'hour', n: seconds / 3600 } as const)
      : seconds % 60 === 0
        ? ({ unit: 'minute', n: seconds / 60 } as const)
        : ({ unit: 'second', n: seconds } as const);
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'unit',
    unit: unit.unit,
    unitDisplay: 'long',
  }).format(unit.n);
}

/**
 * Where the platform sends its notifications: `<webhookBase>/<platform>`, or null without a
 * relay (the desk then polls the platform instead).
 */
export function webhookUrl(
  webhookBase: string | null | undefined,
  platform: string,
): string | null {
  if (webhookBase === null || webhookBase === undefined || webhookBase.trim() === '') return null;
  return `${webhookBase.trim().replace(/\/+$/, '')}/${encodeURIComponent(platform)}`;
}

/** Connected: active, with credentials saved (a disconnected platform keeps its config, inactive). */
export function isConnected(summary: PlatformSummary | undefined): boolean {
  return (
    summary !== undefined && summary.active && Object.keys(summary.maskedCredentials).length > 0
  );
}
