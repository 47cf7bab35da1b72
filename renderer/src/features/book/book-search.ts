import { looksLikePhone } from '../../../../shared/domain/queries/customer-queries';
import { nameKey, phoneKey } from '../../../../shared/domain/search-keys';
import type { BookReservation } from './book-types';

export interface BookSearch {
  readonly kind: 'none' | 'phone' | 'name';
  /** Digits (phone) or name words (accents and case removed). */
  readonly terms: readonly string[];
}

/**
 * What the host typed: digits and phone punctuation search phone numbers anywhere ("06 12"
 * finds "+33 6 12 …"); anything else searches names, every word matching the start of a word
 * of the name, accents and case ignored ("dup jea" finds "DUPONT Jean").
 */
export function parseBookSearch(text: string): BookSearch {
  const trimmed = text.trim().slice(0, 200);
  if (trimmed === '') return { kind: 'none', terms: [] };
  if (looksLikePhone(trimmed)) {
    const digits = phoneKey(trimmed);
    return digits === '' ? { kind: 'none', terms: [] } : { kind: 'phone', terms: [digits] };
  }
  const key = nameKey(trimmed);
  return key === '' ? { kind: 'none', terms: [] } : { kind: 'name', terms: key.split(' ') };
}

export function matchesBookSearch(
  reservation: Pick<BookReservation, 'guestName' | 'phone'>,
  search: BookSearch,
): boolean {
  if (search.kind === 'none') return true;
  if (search.kind === 'phone') {
    const digits = search.terms[0] ?? '';
    return reservation.phone !== undefined && phoneKey(reservation.phone).includes(digits);
  }
  const words = nameKey(reservation.guestName).split(' ');
  return search.terms.every((term) => words.some((word) => word.startsWith(term)));
}

/** Search keys computed once per emission of the day's book, not once per keystroke. */
export interface IndexedBooking<T> {
  readonly item: T;
  readonly words: readonly string[];
  readonly digits: string;
}

export function indexBook<T extends Pick<BookReservation, 'guestName' | 'phone'>>(
  reservations: readonly T[],
): IndexedBooking<T>[] {
  return reservations.map((item) => ({
    item,
    words: nameKey(item.guestName).split(' '),
    digits: item.phone === undefined ? '' : phoneKey(item.phone),
  }));
}

export function filterIndexed<T>(
  index: readonly IndexedBooking<T>[],
  text: string,
): readonly T[] | null {
  const search = parseBookSearch(text);
  if (search.kind === 'none') return null;
  const digits = search.terms[0] ?? '';
  return index
    .filter((entry) =>
      search.kind === 'phone'
        ? entry.digits !== '' && entry.digits.includes(digits)
        : search.terms.every((term) => entry.words.some((word) => word.startsWith(term))),
    )
    .map((entry) => entry.item);
}

export function filterBook<T extends Pick<BookReservation, 'guestName' | 'phone'>>(
  reservations: readonly T[],
  text: string,
): readonly T[] {
  return filterIndexed(indexBook(reservations), text) ?? reservations;
}
