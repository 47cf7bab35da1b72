import { addDays, instantOf, isoWeekday, localDateOf } from '../../shared/domain/time';
import type { ReservationStatus } from '../../shared/domain/reservation';
import { DINNER_ID, LUNCH_ID } from '../../shared/demo/demo-catalogue';
import { DEMO_TABLES } from '../../shared/demo/demo-floor';
import { seedDemoRestaurant } from '../../shared/demo/seed-demo-restaurant';
import type { DeskRepositories } from '../../shared/store/desk-repositories';
import type { ReservationDraft } from '../../shared/store/reservation-repository';

/**
 * The data of the `desk` bench: the demo restaurant (settings, services, floor, its own fortnight
 * of bookings), then, weeks ahead where the demo has nothing, busy days of `perDay` bookings and
 * as many empty days of the same weekdays (the reference), plus one quiet day for the status
 * clicks' reference. Everything is written through the store's repositories (zod-checked).
 */

export const ZONE = 'Europe/Paris';

/** No first name is a prefix of another, so a "first last" search matches one guest of a day. */
const FIRST = [
  'Adèle',
  'Bruno',
  'Céline',
  'Damien',
  'Estelle',
  'Fabien',
  'Gaëlle',
  'Henri',
  'Irène',
  'Jérôme',
  'Karine',
  'Lionel',
  'Maëlys',
  'Noël',
  'Odile',
  'Pascal',
  'Rémi',
  'Solène',
  'Tristan',
  'Viviane',
] as const;
const LAST = [
  'Aubert',
  'Barbier',
  'Carpentier',
  'Delmas',
  'Étienne',
  'Ferrand',
  'Gauthier',
  'Hamel',
  'Jacquet',
  'Kléber',
  'Lemaire',
  'Marchand',
  'Noiret',
  'Ollivier',
  'Perrin',
  'Renaud',
  'Sauvage',
  'Tessier',
  'Vasseur',
  'Weber',
] as const;

/** The i-th guest name of a day (unique for i < 400). */
export function guestName(i: number): string {
  return `${FIRST[i % FIRST.length] ?? ''} ${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? ''}`;
}

const SOURCES = ['phone', 'thefork', 'website', 'phone', 'zenchef', 'google', 'email'] as const;
const TABLES = DEMO_TABLES.filter((t) => !t.blocked);

/** `count` bookings of one date: about a third at lunch, the rest at dinner, most with a table. */
export function dayOfBookings(date: string, count: number): ReservationDraft[] {
  const lunchCount = Math.round(count * 0.36);
  return Array.from({ length: count }, (_, i) => {
    const lunch = i < lunchCount;
    const k = lunch ? i : i - lunchCount;
    // Lunch seats 12:00-13:45, dinner 19:00-21:45, every quarter hour.
    const minutes = lunch ? 12 * 60 + (k % 8) * 15 : 19 * 60 + (k % 12) * 15;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const table = i % 8 === 7 ? undefined : TABLES[i % TABLES.length];
    const status: ReservationStatus = i % 20 === 19 ? 'requested' : 'confirmed';
    const draft: ReservationDraft = {
      guestName: guestName(i),
      phone: `+33 6 ${String(10 + (i % 90))} ${String(1000 + i).slice(-4)} ${String(i % 100).padStart(2, '0')}`,
      partySize: 1 + ((i * 7) % 6),
      startsAt: instantOf(date, time, ZONE),
      durationMinutes: lunch ? 75 : 105,
      status,
      source: SOURCES[i % SOURCES.length] ?? 'phone',
      serviceId: lunch ? LUNCH_ID : DINNER_ID,
      tableIds: table === undefined || status === 'requested' ? [] : [table.id],
      allergies: i % 9 === 4 ? ['gluten'] : [],
      dietaryRestrictions: [],
    };
    if (table !== undefined && status !== 'requested') draft.diningRoomId = table.diningRoomId;
    if (i % 13 === 5) draft.notes = 'Window seat if possible';
    if (i % 31 === 3) draft.occasion = 'Birthday';
    return draft;
  });
}

export interface BenchDays {
  /** Where each measured opening starts from: an empty weekday. */
  readonly neutral: string;
  /** One per opening measured (warm-ups included): `perDay` bookings each. */
  readonly busy: readonly string[];
  /** As many empty weekdays: the reference. */
  readonly empty: readonly string[];
  /** A weekday with a handful of bookings: the reference of the status clicks. */
  readonly quiet: string;
}

/** Weekdays (lunch runs Monday to Saturday) from three weeks after today, clear of the demo. */
export function chooseDays(now: number, openings: number): BenchDays {
  const dates: string[] = [];
  for (let d = addDays(localDateOf(now, ZONE), 21); dates.length < 2 * openings + 2;) {
    if (isoWeekday(d) !== 7) dates.push(d);
    d = addDays(d, 1);
  }
  const [neutral = '', quiet = '', ...rest] = dates;
  return {
    neutral,
    quiet,
    busy: rest.filter((_, i) => i % 2 === 0),
    empty: rest.filter((_, i) => i % 2 === 1),
  };
}

/** Writes the demo restaurant and the bench days; returns how many bookings it wrote. */
export async function seedBenchDesk(
  repos: DeskRepositories,
  options: { now: number; days: BenchDays; perDay: number; quietCount: number },
): Promise<number> {
  await seedDemoRestaurant(repos, { now: options.now, timeZone: ZONE });
  const drafts = [
    ...options.days.busy.flatMap((date) => dayOfBookings(date, options.perDay)),
    ...dayOfBookings(options.days.quiet, options.quietCount),
  ];
  // A few writes in flight at a time: the store is shared, each write validated on its own.
  for (let i = 0; i < drafts.length; i += 16) {
    await Promise.all(drafts.slice(i, i + 16).map((d) => repos.reservations.create(d)));
  }
  return drafts.length;
}
