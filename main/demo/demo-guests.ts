import type { SeededRandom } from '../../shared/demo/seeded-random';

/** Invented guests of the demo: French, Dutch and English names, valid phones and emails. */

export type GuestOrigin = 'fr' | 'nl' | 'en';
type Gender = 'f' | 'm';

const FIRST: Record<GuestOrigin, readonly (readonly [string, Gender])[]> = {
  fr: [
    ['Camille', 'f'],
    ['Margaux', 'f'],
    ['Élise', 'f'],
    ['Anaïs', 'f'],
    ['Lucie', 'f'],
    ['Agathe', 'f'],
    ['Bérénice', 'f'],
    ['Solène', 'f'],
    ['Mathis', 'm'],
    ['Théo', 'm'],
    ['Baptiste', 'm'],
    ['Rémi', 'm'],
    ['Étienne', 'm'],
    ['Maxime', 'm'],
    ['Quentin', 'm'],
    ['Adrien', 'm'],
  ],
  nl: [
    ['Sanne', 'f'],
    ['Fleur', 'f'],
    ['Lotte', 'f'],
    ['Noor', 'f'],
    ['Anouk', 'f'],
    ['Bram', 'm'],
    ['Daan', 'm'],
    ['Jesse', 'm'],
    ['Ruben', 'm'],
    ['Thijs', 'm'],
  ],
  en: [
    ['Olivia', 'f'],
    ['Charlotte', 'f'],
    ['Amelia', 'f'],
    ['Grace', 'f'],
    ['Harry', 'm'],
    ['George', 'm'],
    ['Oliver', 'm'],
    ['James', 'm'],
    ['William', 'm'],
  ],
};

const LAST: Record<GuestOrigin, readonly string[]> = {
  fr: [
    'Lemaire',
    'Fontaine',
    'Rolland',
    'Marchal',
    'Barbier',
    'Carpentier',
    'Leclerc',
    'Perrin',
    'Gauthier',
    'Renaud',
    'Delmas',
    'Aubert',
    "N'Diaye",
    'Haddad',
  ],
  nl: ['de Boer', 'van Dijk', 'Mulder', 'de Graaf', 'van Leeuwen', 'Kok', 'Hendriks', 'Dekker'],
  en: ['Smith', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Hughes', "O'Connor", 'Clarke'],
};

const NOTES: Record<GuestOrigin, readonly string[]> = {
  fr: [
    'Anniversaire de ma femme.',
    'Une chaise haute, merci.',
    'Allergie aux fruits à coque.',
    'En terrasse si possible.',
    'Nous serons peut-être un peu en retard.',
  ],
  nl: ['Verjaardag!', 'Graag een rustig tafeltje.', 'Eén gast is vegetarisch.'],
  en: ['Birthday dinner.', 'A quiet table, please.', 'One of us is gluten-free.'],
};

const PARTY_SIZES: readonly (readonly [number, number])[] = [
  [1, 4],
  [2, 40],
  [3, 12],
  [4, 22],
  [5, 7],
  [6, 8],
  [7, 3],
  [8, 4],
];

export interface DemoGuest {
  readonly origin: GuestOrigin;
  readonly firstName: string;
  readonly lastName: string;
  readonly gender: Gender;
  readonly email: string;
  /** E.164, no spaces. */
  readonly phone: string;
  readonly note?: string;
}

function asciiLocal(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

function digits(random: SeededRandom, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(random.int(0, 9));
  return out;
}

const PHONE_PREFIX: Record<GuestOrigin, readonly [string, number]> = {
  fr: ['+336', 8],
  nl: ['+316', 8],
  en: ['+447', 9],
};

const MAIL_DOMAIN: Record<GuestOrigin, string> = {
  fr: 'example.fr',
  nl: 'example.nl',
  en: 'example.co.uk',
};

/** A guest whose origin follows `weights` (e.g. TheFork mostly French, Zenchef mostly Dutch). */
export function randomGuest(
  random: SeededRandom,
  weights: readonly (readonly [GuestOrigin, number])[],
): DemoGuest {
  const origin = random.weighted(weights);
  const [firstName, gender] = random.pick(FIRST[origin]);
  const lastName = random.pick(LAST[origin]);
  const [prefix, length] = PHONE_PREFIX[origin];
  const guest: DemoGuest = {
    origin,
    firstName,
    lastName,
    gender,
    email: `${asciiLocal(`${firstName} ${lastName}`)}${random.int(1, 99)}@${MAIL_DOMAIN[origin]}`,
    phone: `${prefix}${digits(random, length)}`,
  };
  return random.chance(0.25) ? { ...guest, note: random.pick(NOTES[origin]) } : guest;
}

/** 1 to 8 guests, couples and fours most often. */
export function randomPartySize(random: SeededRandom): number {
  return random.weighted(PARTY_SIZES);
}

/**
 * Two different new party sizes for a conflict (1 to 8, both unlike `base`): the platform's
 * moves by two, the desk's by one, in the same direction when there is room.
 */
export function disputedSizes(
  random: SeededRandom,
  base: number,
): { desk: number; remote: number } {
  const up = base <= 2 ? true : base >= 7 ? false : random.chance(0.5);
  return up ? { remote: base + 2, desk: base + 1 } : { remote: base - 2, desk: base - 1 };
}
