import type { MangoQuery } from 'rxdb';
import type { Customer } from '../customer';
import { nameKey, phoneKey } from '../search-keys';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Two digits or more and nothing but phone punctuation: the host is typing a number. */
export function looksLikePhone(text: string): boolean {
  return /^[+\d\s().-]+$/.test(text) && /\d.*\d/.test(text);
}

/**
 * What a host types in the search box. Digits search phone numbers anywhere in the number ("06 12"
 * finds "+33 6 12 ..."); anything else searches names by word start, accents and case ignored.
 * Walks the nameKey index in name order and stops at `limit`. Null when there is nothing to find.
 */
export function customerSearchQuery(text: string, limit: number): MangoQuery<Customer> | null {
  const trimmed = text.trim();
  if (trimmed === '' || limit <= 0) return null;
  if (looksLikePhone(trimmed)) {
    const digits = phoneKey(trimmed);
    if (digits === '') return null;
    return {
      selector: { phoneKey: { $regex: escapeRegex(digits) } },
      sort: [{ nameKey: 'asc' }],
      limit,
    };
  }
  const key = nameKey(trimmed);
  if (key === '') return null;
  return {
    selector: { nameKey: { $regex: `(^| )${escapeRegex(key)}` } },
    sort: [{ nameKey: 'asc' }],
    limit,
  };
}
