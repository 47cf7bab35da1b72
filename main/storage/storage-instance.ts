import { Subject, type Observable } from 'rxjs';
import {
  now,
  type BulkWriteRow,
  type EventBulk,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageBulkWriteResponse,
  type RxStorageChangeEvent,
  type RxStorageCountResult,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
  type RxStorageQueryResult,
} from 'rxdb';
import {
  deleteAttachmentsOf,
  readAttachment,
  readAttachmentBytes,
  type AttachmentBytes,
} from './attachment-rows';
import type { ConnectionLease } from './connection-pool';
import { readChanges } from './change-feed';
import { runCount, runQuery, type QueryContext } from './query-runner';
import { storageError } from './storage-errors';
import { dropTables } from './table-ddl';
import type { TableLayout } from './table-layout';
import { readStored, writeRows } from './write-rows';

export interface SqliteStorageInternals {
  /** The database file. */
  file: string;
  /** The table of this collection and schema version. */
  table: string;
}

/** No per-collection options yet. */
export type SqliteInstanceOptions = Record<string, never>;

type Changes<RxDocType> = EventBulk<
  RxStorageChangeEvent<RxDocumentData<RxDocType>>,
  RxStorageDefaultCheckpoint
>;

/** Tombstones purged per cleanup() call; RxDB calls again while it returns false. */
const CLEANUP_BATCH = 1000;

export class SqliteStorageInstance<RxDocType> implements RxStorageInstance<
  RxDocType,
  SqliteStorageInternals,
  SqliteInstanceOptions,
  RxStorageDefaultCheckpoint
> {
  readonly internals: SqliteStorageInternals;
  private readonly changes$ = new Subject<Changes<RxDocType>>();
  private readonly context: QueryContext<RxDocType>;
  private readonly pendingWrites = new Set<Promise<unknown>>();
  private closing: Promise<void> | null = null;

  constructor(
    readonly databaseName: string,
    readonly collectionName: string,
    readonly schema: Readonly<RxJsonSchema<RxDocumentData<RxDocType>>>,
    readonly options: Readonly<SqliteInstanceOptions>,
    private readonly lease: ConnectionLease,
    private readonly layout: TableLayout<RxDocType>,
  ) {
    this.internals = { file: lease.connection.file, table: layout.name };
    this.context = { connection: lease.connection, layout, schema };
  }

  bulkWrite(
    rows: BulkWriteRow<RxDocType>[],
    context: string,
  ): Promise<RxStorageBulkWriteResponse<RxDocType>> {
    const write = this.write(rows, context);
    this.pendingWrites.add(write);
    const forget = () => this.pendingWrites.delete(write);
    write.then(forget, forget);
    return write;
  }

  private async write(
    rows: BulkWriteRow<RxDocType>[],
    context: string,
  ): Promise<RxStorageBulkWriteResponse<RxDocType>> {
    this.ensureOpen('bulkWrite');
    if (rows.length === 0) return { error: [] };
    // Blobs are read before the transaction: node:sqlite transactions are synchronous.
    const bytes: AttachmentBytes = this.layout.hasAttachments
      ? await readAttachmentBytes(rows)
      : new Map<Blob, Uint8Array>();
    const categorized = this.context.connection.transaction(() =>
      writeRows(this.context, this, rows, context, bytes),
    );
    const newest = categorized.newestRow?.document;
    if (newest && categorized.eventBulk.events.length > 0) {
      categorized.eventBulk.checkpoint = {
        id: this.idOf(newest),
        lwt: newest._meta.lwt,
      };
      this.changes$.next(categorized.eventBulk);
    }
    return { error: categorized.errors };
  }

  async findDocumentsById(
    ids: string[],
    withDeleted: boolean,
  ): Promise<RxDocumentData<RxDocType>[]> {
    this.ensureOpen('findDocumentsById');
    const stored = this.context.connection.guard(() => readStored(this.context, ids));
    const found = [...stored.values()];
    return withDeleted ? found : found.filter((doc) => !doc._deleted);
  }

  async query(prepared: PreparedQuery<RxDocType>): Promise<RxStorageQueryResult<RxDocType>> {
    this.ensureOpen('query');
    return { documents: runQuery(this.context, prepared) };
  }

  async count(prepared: PreparedQuery<RxDocType>): Promise<RxStorageCountResult> {
    this.ensureOpen('count');
    return runCount(this.context, prepared);
  }

  /** Documents changed after the checkpoint, in (lwt, id) order, tombstones included. */
  async getChangedDocumentsSince(
    limit: number,
    checkpoint?: RxStorageDefaultCheckpoint,
  ): Promise<{ documents: RxDocumentData<RxDocType>[]; checkpoint: RxStorageDefaultCheckpoint }> {
    this.ensureOpen('getChangedDocumentsSince');
    const documents = readChanges(this.context, limit, checkpoint);
    const last = documents.at(-1);
    return {
      documents,
      checkpoint: last
        ? { id: this.idOf(last), lwt: last._meta.lwt }
        : (checkpoint ?? { id: '', lwt: 0 }),
    };
  }

  changeStream(): Observable<Changes<RxDocType>> {
    this.ensureOpen('changeStream');
    return this.changes$.asObservable();
  }

  /** Purges tombstones older than `minimumDeletedTime` ms, with their attachments. */
  async cleanup(minimumDeletedTime: number): Promise<boolean> {
    this.ensureOpen('cleanup');
    const { connection, layout } = this.context;
    const olderThan = now() - minimumDeletedTime;
    const purged = connection.transaction(() => {
      const ids = connection
        .arrays(`SELECT id FROM ${layout.table} WHERE deleted = 1 AND lwt < ? LIMIT ?`)
        .all(olderThan, CLEANUP_BATCH)
        .map((row) => String(row[0]));
      if (ids.length === 0) return 0;
      const idsJson = JSON.stringify(ids);
      deleteAttachmentsOf(connection, layout, idsJson);
      connection
        .statement(`DELETE FROM ${layout.table} WHERE id IN (SELECT value FROM json_each(?))`)
        .run(idsJson);
      return ids.length;
    });
    return purged < CLEANUP_BATCH;
  }

  async getAttachmentData(documentId: string, attachmentId: string, digest: string): Promise<Blob> {
    this.ensureOpen('getAttachmentData');
    return readAttachment(this.context.connection, this.layout, documentId, attachmentId, digest);
  }

  /** Deletes this collection's tables, then closes. */
  async remove(): Promise<void> {
    this.ensureOpen('remove');
    await this.settleWrites();
    dropTables(this.context.connection, this.layout);
    return this.close();
  }

  /** Idempotent; resolves after the writes already started have finished. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.settleWrites();
      this.changes$.complete();
      this.lease.release();
    })();
    return this.closing;
  }

  private async settleWrites(): Promise<void> {
    while (this.pendingWrites.size > 0) await Promise.allSettled([...this.pendingWrites]);
  }

  private ensureOpen(operation: string): void {
    if (this.closing) {
      throw storageError(
        'closed',
        this.internals.file,
        `${operation} on collection ${this.collectionName} after close()`,
      );
    }
  }

  private idOf(doc: RxDocumentData<RxDocType>): string {
    return String((doc as Record<string, unknown>)[this.layout.primaryPath]);
  }
}
