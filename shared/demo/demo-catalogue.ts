import type { DiningService } from '../domain/dining-service';
import type { Offer } from '../domain/offer';
import type { RestaurantSettingsInput } from '../store/settings-repository';
import { addDays } from '../domain/time';
import type { SeededRandom } from './seeded-random';

/** The restaurant's settings, services and offers: fixed facts, a few chosen by the seed. */

export type DemoService = Omit<DiningService, 'createdAt' | 'updatedAt'>;
export type DemoOffer = Omit<Offer, 'createdAt' | 'updatedAt'>;

const NAMES = [
  'Le Comptoir des Halles',
  'Bistrot Marguerite',
  'Chez Lucien',
  'Le Zinc de la Place',
  "L'Ardoise du Marché",
] as const;

export function demoSettings(random: SeededRandom, timeZone: string): RestaurantSettingsInput {
  return { name: random.pick(NAMES), timeZone, locale: 'fr-FR', currency: 'EUR' };
}

export const LUNCH_ID = 'demo-service-lunch';
export const DINNER_ID = 'demo-service-dinner';

/** Lunch Monday to Saturday, dinner every evening (so that "today" always has a dinner). */
export const DEMO_SERVICES: readonly DemoService[] = [
  {
    id: LUNCH_ID,
    name: 'Déjeuner',
    type: 'lunch',
    weekdays: [1, 2, 3, 4, 5, 6],
    startTime: '12:00',
    endTime: '14:30',
    lastSeatingTime: '13:45',
    maxCovers: 80,
    slotIntervalMinutes: 15,
    defaultDurationMinutes: 75,
    prepayment: { mode: 'none' },
    autoConfirm: true,
    diningRoomIds: [],
    private: false,
    active: true,
    position: 0,
  },
  {
    id: DINNER_ID,
    name: 'Dîner',
    type: 'dinner',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: '19:00',
    endTime: '23:00',
    lastSeatingTime: '21:45',
    maxCovers: 110,
    slotIntervalMinutes: 15,
    defaultDurationMinutes: 105,
    prepayment: {
      mode: 'card_guarantee',
      amountPerPersonMinor: 2000,
      currency: 'EUR',
      fromPartySize: 6,
    },
    autoConfirm: false,
    diningRoomIds: [],
    private: false,
    active: true,
    position: 1,
  },
];

export const SET_MENU_ID = 'demo-offer-formule-midi';
export const DISCOUNT_ID = 'demo-offer-remise-semaine';
export const TASTING_ID = 'demo-offer-soiree-degustation';

/** Days after today on which the tasting evening takes place. */
export const TASTING_DAY_OFFSET = 6;

export function demoOffers(today: string): DemoOffer[] {
  const tastingDay = addDays(today, TASTING_DAY_OFFSET);
  return [
    {
      id: SET_MENU_ID,
      name: 'Formule du midi',
      description: 'Entrée, plat et dessert du jour, café compris.',
      type: 'set_menu',
      partySizeMin: 1,
      partySizeMax: 12,
      pricePerPersonMinor: 2400,
      prepayment: { mode: 'none' },
      serviceIds: [LUNCH_ID],
      bookable: true,
      active: true,
    },
    {
      id: DISCOUNT_ID,
      name: '-20 % sur la carte en semaine',
      description: 'Hors boissons, du lundi au jeudi soir, réservé en ligne.',
      type: 'discount',
      startDate: addDays(today, -30),
      endDate: addDays(today, 60),
      partySizeMin: 1,
      partySizeMax: 6,
      prepayment: { mode: 'none' },
      serviceIds: [DINNER_ID],
      bookable: true,
      active: true,
    },
    {
      id: TASTING_ID,
      name: 'Soirée dégustation : vins de Loire',
      description: 'Menu en six services, accords mets et vins avec le vigneron.',
      type: 'event',
      startDate: tastingDay,
      endDate: tastingDay,
      partySizeMin: 2,
      partySizeMax: 8,
      pricePerPersonMinor: 7500,
      prepayment: { mode: 'deposit', amountPerPersonMinor: 2500, currency: 'EUR' },
      serviceIds: [DINNER_ID],
      bookable: true,
      active: true,
    },
  ];
}
