import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import {
  Count,
  Email,
  EpochMs,
  Id,
  LocaleTag,
  Note,
  PersonName,
  Phone,
  TextList,
} from './primitives';
import { NAME_KEY_MAX_LENGTH, PHONE_KEY_MAX_LENGTH, nameKey, phoneKey } from './search-keys';

export const CustomerFields = z.strictObject({
  id: Id,
  name: PersonName,
  phone: Phone.optional(),
  /** Stored in lower case (see normalizeCustomer) so that matching by email is exact. */
  email: Email.optional(),
  /** Preferred language for messages. */
  locale: LocaleTag.optional(),
  tags: TextList,
  vip: z.boolean(),
  allergies: TextList,
  dietaryRestrictions: TextList,
  visitCount: Count,
  noShowCount: Count,
  notes: Note.optional(),
  lastVisitAt: EpochMs.optional(),
  /** Derived: `nameKey(name)`, kept by normalizeCustomer on every write. */
  nameKey: z.string().max(NAME_KEY_MAX_LENGTH),
  /** Derived: `phoneKey(phone)`, absent without a phone. */
  phoneKey: z.string().min(1).max(PHONE_KEY_MAX_LENGTH).optional(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const Customer = CustomerFields.superRefine((c, ctx) => {
  if (c.nameKey !== nameKey(c.name)) {
    ctx.addIssue({ code: 'custom', path: ['nameKey'], message: 'nameKey must be nameKey(name)' });
  }
  const expectedPhoneKey = c.phone === undefined ? undefined : phoneKey(c.phone) || undefined;
  if (c.phoneKey !== expectedPhoneKey) {
    ctx.addIssue({
      code: 'custom',
      path: ['phoneKey'],
      message: 'phoneKey must be phoneKey(phone)',
    });
  }
});
export type Customer = z.infer<typeof Customer>;

export type CustomerDraft = Omit<Customer, 'nameKey' | 'phoneKey'> &
  Partial<Pick<Customer, 'nameKey' | 'phoneKey'>>;

/** Recomputes the derived fields; every writer calls it (the collection hooks do too). */
export function normalizeCustomer(customer: CustomerDraft): Customer {
  const next: Customer = { ...customer, nameKey: nameKey(customer.name) };
  delete next.phoneKey;
  const digits = customer.phone === undefined ? '' : phoneKey(customer.phone);
  if (digits !== '') next.phoneKey = digits;
  if (customer.email !== undefined) next.email = customer.email.toLowerCase();
  return next;
}

export const customerCollection = defineCollection({
  name: 'customers',
  schema: Customer,
  description: 'Guests: contact, preferences, history counters; searchable by name and phone.',
  version: 0,
  primaryKey: 'id',
  indexes: [['nameKey'], ['phoneKey'], ['email'], ['updatedAt']],
  migrations: [],
  normalize: normalizeCustomer,
});
