import { Subject, type Subscription } from 'rxjs';
import type {
  EventBulk,
  RxStorage,
  RxStorageChangeEvent,
  RxStorageInstance,
  RxStorageInstanceCreationParams,
} from 'rxdb';

type AnyInstance = RxStorageInstance<unknown, unknown, unknown, unknown>;

interface Entry {
  instance: Promise<AnyInstance>;
  refs: number;
  events: Subject<EventBulk<RxStorageChangeEvent<unknown>, unknown>>;
  subscription: Promise<Subscription>;
}

/**
 * Lets the main process's RxDatabase and the renderers (through the remote-storage hub) share ONE
 * storage instance per database, collection and schema version. Every write, from either side,
 * comes out of the same change stream, so a renderer's live query sees a write made in main as
 * soon as it commits, without a second connection to the file or cross-instance messaging.
 */
export function createSharedStorage<I, O>(base: RxStorage<I, O>): RxStorage<I, O> {
  const entries = new Map<string, Entry>();

  return {
    name: base.name,
    rxdbVersion: base.rxdbVersion,
    async createStorageInstance<RxDocType>(params: RxStorageInstanceCreationParams<RxDocType, O>) {
      const key = [params.databaseName, params.collectionName, params.schema.version].join('|');
      let entry = entries.get(key);
      if (!entry) {
        const instance = base.createStorageInstance(
          params,
        ) as Promise<unknown> as Promise<AnyInstance>;
        const events = new Subject<EventBulk<RxStorageChangeEvent<unknown>, unknown>>();
        const created: Entry = {
          instance,
          refs: 0,
          events,
          subscription: instance.then((i) => i.changeStream().subscribe(events)),
        };
        entries.set(key, created);
        instance.catch(() => entries.delete(key));
        entry = created;
      }
      entry.refs += 1;
      const shared = entry;
      const inner = await shared.instance;
      await shared.subscription;
      let released = false;
      const release = async (action: 'close' | 'remove') => {
        if (released) return;
        released = true;
        shared.refs -= 1;
        if (action === 'remove') {
          entries.delete(key);
          (await shared.subscription).unsubscribe();
          await inner.remove();
          shared.events.complete();
          return;
        }
        if (shared.refs === 0 && entries.get(key) === shared) {
          entries.delete(key);
          (await shared.subscription).unsubscribe();
          await inner.close();
          shared.events.complete();
        }
      };
      const handle: AnyInstance = {
        databaseName: inner.databaseName,
        internals: inner.internals,
        options: inner.options,
        schema: inner.schema,
        collectionName: inner.collectionName,
        underlyingPersistentStorage: inner.underlyingPersistentStorage,
        bulkWrite: (rows, context) => inner.bulkWrite(rows, context),
        findDocumentsById: (ids, withDeleted) => inner.findDocumentsById(ids, withDeleted),
        query: (preparedQuery) => inner.query(preparedQuery),
        count: (preparedQuery) => inner.count(preparedQuery),
        getAttachmentData: (documentId, attachmentId, digest) =>
          inner.getAttachmentData(documentId, attachmentId, digest),
        ...(inner.getChangedDocumentsSince
          ? {
              getChangedDocumentsSince: (limit: number, checkpoint?: unknown) =>
                (
                  inner.getChangedDocumentsSince as NonNullable<
                    AnyInstance['getChangedDocumentsSince']
                  >
                )(limit, checkpoint),
            }
          : {}),
        changeStream: () => shared.events.asObservable(),
        cleanup: (minimumDeletedTime) => inner.cleanup(minimumDeletedTime),
        close: () => release('close'),
        remove: () => release('remove'),
      };
      return handle as unknown as RxStorageInstance<RxDocType, I, O>;
    },
  };
}
