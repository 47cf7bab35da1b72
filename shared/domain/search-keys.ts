/**
 * Normalised keys for searching people by name or phone: what the host types ("dupont",
 * "Müller", "06 12") must find what the platforms sent ("DUPONT Jean", "+33 6 12 ...").
 * Pure functions, shared by main and renderer.
 */

export const NAME_KEY_MAX_LENGTH = 200;
export const PHONE_KEY_MAX_LENGTH = 32;

/** Cuts at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}

/** Lower case, accents removed, punctuation to spaces, single spaces. "Zoë  O'Neil" -> "zoe o neil". */
export function nameKey(name: string): string {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return cut(key, NAME_KEY_MAX_LENGTH).trimEnd();
}

/** Digits only, leading zeros and the + dropped: "+33 6 12" -> "33612", "06 12" -> "612". */
export function phoneKey(phone: string): string {
  return phone.replace(/\D+/g, '').replace(/^0+/, '').slice(0, PHONE_KEY_MAX_LENGTH);
}
