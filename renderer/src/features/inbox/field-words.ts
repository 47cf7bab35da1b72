import type { JsonValue } from '../../../../shared/domain/json-value';
import type { Locale } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { inboxMessages } from './inbox-messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface ValueFormat {
  readonly t: Translate;
  readonly locale: Locale;
  /** The restaurant's zone: instants are shown in it. */
  readonly timeZone: string;
  /** Names of ids the desk knows (tables, rooms, services, offers). */
  readonly names?: ReadonlyMap<string, string>;
}

const INSTANT_FIELDS = new Set(['startsAt', 'arrivedAt', 'seatedAt', 'completedAt', 'cancelledAt']);
const ID_FIELDS = new Set(['tableIds', 'serviceId', 'offerId', 'diningRoomId', 'customerId']);

const PLATFORM_NAMES: Readonly<Record<string, string>> = {
  thefork: 'TheFork',
  zenchef: 'Zenchef',
  formitable: 'Formitable',
  lightspeed: 'Lightspeed',
  square: 'Square',
  sevenrooms: 'SevenRooms',
  opentable: 'OpenTable',
};

export function intlTag(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}

/** A platform as people name it: the config's display name, a known name, or the slug. */
export function platformName(platform: string, displayName?: string): string {
  return displayName ?? PLATFORM_NAMES[platform] ?? platform;
}

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(inboxMessages.en, key);
}

/** A field in words ("Covers" for partySize); an unknown field keeps its name. */
export function fieldLabel(field: string, t: Translate): string {
  const key = `inbox.field.${field}`;
  return isKey(key) ? t(key) : field;
}

/** "1 cover", "3 covers" (French: "0 couvert", "1 couvert", "2 couverts"). */
export function coversText(count: number, locale: Locale, t: Translate): string {
  const one = new Intl.PluralRules(intlTag(locale)).select(count) === 'one';
  return t(one ? 'inbox.conflict.cover' : 'inbox.conflict.covers', { count });
}

export function formatInstant(ms: number, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(ms));
}

/** A value as the host reads it: dates in the restaurant's zone, statuses and ids in words. */
export function formatValue(field: string, value: JsonValue | undefined, fmt: ValueFormat): string {
  const { t } = fmt;
  if (value === undefined || value === null || value === '') return t('inbox.detail.empty');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('inbox.detail.empty');
    return value.map((item) => formatValue(field, item, fmt)).join(', ');
  }
  if (typeof value === 'number') {
    if (INSTANT_FIELDS.has(field) && Number.isFinite(value) && value >= 0) {
      return formatInstant(value, fmt.locale, fmt.timeZone);
    }
    if (field === 'durationMinutes') return t('inbox.minutes', { count: value });
    return new Intl.NumberFormat(intlTag(fmt.locale)).format(value);
  }
  if (typeof value === 'string') {
    if (field === 'status') {
      const key = `inbox.status.${value}`;
      if (isKey(key)) return t(key);
    }
    if (field === 'source') {
      const key = `inbox.source.${value}`;
      return isKey(key) ? t(key) : platformName(value);
    }
    if (ID_FIELDS.has(field)) return fmt.names?.get(value) ?? value;
    return value;
  }
  return JSON.stringify(value);
}
