import type { z } from 'zod';
import { Email, LocaleTag, Note, PersonName, Phone } from '../../../../shared/domain/primitives';
import type { DroppedField, NeutralGuest } from './neutral-reservation';

/**
 * Turning platform values into desk values: an optional value that does not fit the desk (bad
 * email, 5000-character name) is left out and recorded in `dropped`, so one odd field never loses
 * the whole reservation and nothing is changed behind anyone's back.
 */
export class FieldCleaner {
  readonly dropped: DroppedField[] = [];

  drop(field: string, reason: string): void {
    if (this.dropped.length < 50) this.dropped.push({ field, reason: reason.slice(0, 300) });
  }

  /** Trimmed text that passes `schema`, or undefined (empty is simply absent). */
  keep(
    field: string,
    value: string | null | undefined,
    schema: z.ZodType<string>,
    reason: string,
  ): string | undefined {
    if (value === null || value === undefined) return undefined;
    const trimmed = value.trim();
    if (trimmed.length === 0) return undefined;
    if (schema.safeParse(trimmed).success) return trimmed;
    this.drop(field, reason);
    return undefined;
  }

  name(field: string, value: string | null | undefined): string | undefined {
    return this.keep(field, value, PersonName, 'not a usable name (longer than 200 characters)');
  }

  note(field: string, value: string | null | undefined): string | undefined {
    if (value === null || value === undefined || value.trim().length === 0) return undefined;
    if (Note.safeParse(value).success) return value;
    this.drop(field, 'longer than the 4000 characters a note can hold');
    return undefined;
  }

  email(value: string | null | undefined): string | undefined {
    const kept = this.keep('email', value, Email, 'not a valid email address');
    return kept?.toLowerCase();
  }

  phone(value: string | null | undefined): string | undefined {
    return this.keep('phone', value, Phone, 'not a phone number the desk can store');
  }

  /** `fr_FR` (TheFork) or `nl` (Formitable) to a BCP 47 tag. */
  locale(value: string | null | undefined): string | undefined {
    return this.keep('locale', value?.replace('_', '-'), LocaleTag, 'not a language tag');
  }
}

/** First and last name joined as the desk shows them. */
export function joinName(first: string | undefined, last: string | undefined): string | undefined {
  const joined = [first, last].filter((part) => part !== undefined && part.length > 0).join(' ');
  if (joined.length === 0) return undefined;
  return PersonName.safeParse(joined).success ? joined : undefined;
}

export function guestOf(parts: {
  firstName?: string;
  lastName?: string;
  fallbackName?: string;
  email?: string;
  phone?: string;
  locale?: string;
}): NeutralGuest {
  const guest: NeutralGuest = {};
  const name = joinName(parts.firstName, parts.lastName) ?? parts.fallbackName;
  if (name !== undefined) guest.name = name;
  if (parts.firstName !== undefined) guest.firstName = parts.firstName;
  if (parts.lastName !== undefined) guest.lastName = parts.lastName;
  if (parts.email !== undefined) guest.email = parts.email;
  if (parts.phone !== undefined) guest.phone = parts.phone;
  if (parts.locale !== undefined) guest.locale = parts.locale;
  return guest;
}

/**
 * A full name split for platforms that want first and last apart: the last word is the last
 * name. A single word is used as the last name, with an empty first name for the caller to handle.
 */
export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: '', lastName: words[0] ?? '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] ?? '' };
}

/** A desk phone number in E.164 (`+33 6 12-34.56.78` -> `+33612345678`), or undefined. */
export function toE164(phone: string | undefined): string | undefined {
  if (phone === undefined) return undefined;
  let digits = phone.replace(/[\s().-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  return /^\+[1-9]\d{1,14}$/.test(digits) ? digits : undefined;
}

/** Cuts text to `max` characters, saying so in `warnings`. */
export function fitText(
  value: string | undefined,
  max: number,
  what: string,
  warnings: string[],
): string | undefined {
  if (value === undefined || value.length === 0) return undefined;
  if (value.length <= max) return value;
  warnings.push(`${what} was cut to the platform's ${max} characters.`);
  return `${value.slice(0, max - 1)}…`;
}
