import type { RxCollection } from 'rxdb';
import { Customer, normalizeCustomer, type CustomerDraft } from '../domain/customer';
import { customerSearchQuery } from '../domain/queries';
import { compact } from './store-errors';
import { insertValidated, modifyValidated } from './validated-writes';
import type { Snapshot, StoreDeps } from './store-deps';

export type NewCustomer = Omit<CustomerDraft, 'id' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<Customer, 'id'>>;
export type CustomerPatch = Partial<Omit<CustomerDraft, 'id' | 'createdAt' | 'updatedAt'>>;

export interface CustomerRepository {
  byId(id: string): Promise<Snapshot<Customer> | null>;
  /** Emails are stored in lower case; the lookup is exact after trimming and lowering. */
  byEmail(email: string): Promise<Snapshot<Customer>[]>;
  /** See customerSearchQuery: phone digits anywhere, or name words by prefix; name order. */
  search(text: string, limit?: number): Promise<Snapshot<Customer>[]>;
  create(draft: NewCustomer): Promise<Snapshot<Customer>>;
  update(id: string, patch: CustomerPatch): Promise<Snapshot<Customer>>;
}

export function createCustomerRepository(
  collection: RxCollection<Customer>,
  deps: StoreDeps,
): CustomerRepository {
  const now = (): number => deps.clock.now().getTime();
  const snapshot = (doc: { toJSON(): unknown }): Snapshot<Customer> =>
    doc.toJSON() as Snapshot<Customer>;

  return {
    byId: async (id) => {
      const doc = await collection.findOne(id).exec();
      return doc === null ? null : snapshot(doc);
    },
    byEmail: async (email) => {
      const docs = await collection
        .find({ selector: { email: email.trim().toLowerCase() } })
        .exec();
      return docs.map(snapshot);
    },
    search: async (text, limit = 20) => {
      const query = customerSearchQuery(text, limit);
      return query === null ? [] : (await collection.find(query).exec()).map(snapshot);
    },
    create: (draft) => {
      const at = now();
      const id = draft.id ?? deps.newId();
      const doc = normalizeCustomer(compact({ ...draft, id, createdAt: at, updatedAt: at }));
      return insertValidated(collection, Customer, doc);
    },
    update: (id, patch) =>
      modifyValidated(
        collection,
        Customer,
        id,
        (current) => normalizeCustomer(compact({ ...current, ...patch })),
        now,
      ),
  };
}
