import { appMessages } from '../app/app-messages';
import { bookMessages } from '../features/book/book-messages';
import { inboxMessages } from '../features/inbox/inbox-messages';
import { settingsMessages } from '../features/settings/settings-messages';
import { floorMessages } from '../features/floor/floor-messages';
import { syncMessages } from '../features/sync/sync-messages';
import { platformsMessages } from '../features/settings/platforms-messages';
import { setupMessages } from '../features/setup/setup-messages';

/**
 * Every catalogue of the app, merged. A feature adds its `defineMessages` object here; the type
 * of `MessageKey` follows, so a missing or misspelt key is a compile error.
 */
const catalogues = [
  appMessages,
  bookMessages,
  floorMessages,
  inboxMessages,
  syncMessages,
  settingsMessages,
  platformsMessages,
  setupMessages,
] as const;

type Catalogue = (typeof catalogues)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
export type MessageKey = keyof UnionToIntersection<Catalogue['en']>;

function merge(locale: 'en' | 'fr'): Record<MessageKey, string> {
  const merged: Record<string, string> = {};
  for (const catalogue of catalogues) {
    for (const [key, value] of Object.entries(catalogue[locale])) {
      if (key in merged) throw new Error(`The message key ${key} is defined twice.`);
      merged[key] = value;
    }
  }
  return merged;
}

export const messages = { en: merge('en'), fr: merge('fr') };
