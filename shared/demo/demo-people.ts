import type { Customer } from '../domain/customer';
import type { SeededRandom } from './seeded-random';

/** Guests of the demo: invented French names, regulars (some VIP) reused across bookings. */

const FIRST_NAMES = [
  'Camille',
  'Louise',
  'Jade',
  'Emma',
  'Chloé',
  'Léa',
  'Manon',
  'Inès',
  'Sarah',
  'Juliette',
  'Hugo',
  'Lucas',
  'Louis',
  'Gabriel',
  'Arthur',
  'Jules',
  'Thomas',
  'Nathan',
  'Paul',
  'Antoine',
  'Claire',
  'Hélène',
  'Isabelle',
  'Nathalie',
  'Philippe',
  'Olivier',
  'Pierre',
  'Michel',
  'Yasmine',
  'Karim',
  'Mehdi',
  'Sofia',
  'Anh',
  'Mei',
  'Oscar',
  'Élodie',
] as const;

const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Benali',
  'Nguyen',
  'Rousseau',
  'Blanc',
  'Guerin',
  'Faure',
  'Chevalier',
] as const;

export const NOTES = [
  'Table au calme si possible.',
  'Vient avec une poussette.',
  'Arrivera peut-être avec un quart d’heure de retard.',
  'Préfère la terrasse.',
  'Chaise haute pour un enfant.',
  'Client fidèle : la table près de la fenêtre.',
  'Régler en deux additions.',
  'Mobilité réduite : éviter la marche de la terrasse.',
  'Souhaite goûter le vin du mois.',
] as const;

export const ALLERGIES = [
  'arachides',
  'fruits à coque',
  'gluten',
  'lactose',
  'crustacés',
  'œufs',
  'sésame',
  'poisson',
] as const;

export const DIETS = ['végétarien', 'végan', 'sans porc', 'halal', 'sans alcool'] as const;

export const OCCASIONS = [
  'Anniversaire',
  'Anniversaire de mariage',
  'Repas d’affaires',
  'Demande en mariage',
  'Fête des 40 ans',
  'Départ à la retraite',
] as const;

export interface Guest {
  readonly name: string;
  readonly phone: string;
  readonly email?: string;
}

function mobile(random: SeededRandom): string {
  const pair = () => String(random.int(0, 99)).padStart(2, '0');
  return `+33 ${random.pick(['6', '7'])} ${pair()} ${pair()} ${pair()} ${pair()}`;
}

/** The demo's address for a guest: `Chloé Dubois` → `chloe.dubois@example.fr`. */
export function emailOf(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
  return `${local}@example.fr`;
}

export function randomGuest(random: SeededRandom): Guest {
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  return random.chance(0.4)
    ? { name, phone: mobile(random), email: emailOf(name) }
    : { name, phone: mobile(random) };
}

/** A regular before the demo's fortnight; visit counters are completed once bookings exist. */
export type DemoCustomer = Omit<
  Customer,
  'createdAt' | 'updatedAt' | 'nameKey' | 'phoneKey' | 'lastVisitAt'
> & { lastVisitAt?: number };

export function demoRegulars(
  random: SeededRandom,
  count: number,
  vipCount: number,
): DemoCustomer[] {
  const used = new Set<string>();
  const out: DemoCustomer[] = [];
  while (out.length < count) {
    const guest = randomGuest(random);
    if (used.has(guest.name)) continue;
    used.add(guest.name);
    const vip = out.length < vipCount;
    const customer: DemoCustomer = {
      id: `demo-customer-${String(out.length + 1).padStart(2, '0')}`,
      name: guest.name,
      phone: guest.phone,
      email: guest.email ?? emailOf(guest.name),
      locale: random.chance(0.85) ? 'fr-FR' : random.pick(['en-GB', 'de-DE', 'it-IT']),
      tags: vip ? ['VIP', ...(random.chance(0.5) ? ['habitué'] : [])] : ['habitué'],
      vip,
      allergies: random.chance(0.3) ? [random.pick(ALLERGIES)] : [],
      dietaryRestrictions: random.chance(0.2) ? [random.pick(DIETS)] : [],
      visitCount: random.int(vip ? 8 : 3, vip ? 60 : 15),
      noShowCount: random.chance(0.15) ? 1 : 0,
    };
    if (vip) customer.notes = random.pick(NOTES);
    out.push(customer);
  }
  return out;
}
