import type { RxDocumentData, RxStorageDefaultCheckpoint } from 'rxdb';
import { parseDocument, type QueryContext } from './query-runner';

/**
 * Documents changed after the checkpoint, tombstones included, in (lwt, id) order. It reads the
 * key column of RxDB's `['_meta.lwt', primaryKey]` index, so the order and the "after the
 * checkpoint" test are exactly those of RxDB's own fallback query, with no extra SQLite index.
 */
export function readChanges<RxDocType>(
  context: QueryContext<RxDocType>,
  limit: number,
  checkpoint: RxStorageDefaultCheckpoint | undefined,
): RxDocumentData<RxDocType>[] {
  const { connection, layout } = context;
  const max = Number.isFinite(limit) ? limit : -1;
  const key = layout.changesKey;
  const rows = connection.guard(() => {
    if (key) {
      const after = checkpoint
        ? key.makeKey({
            [layout.primaryPath]: checkpoint.id,
            _meta: { lwt: checkpoint.lwt },
          } as unknown as RxDocumentData<RxDocType>)
        : new Uint8Array();
      return connection
        .arrays(
          `SELECT data FROM ${layout.table} WHERE ${key.column} > ? ORDER BY ${key.column} LIMIT ?`,
        )
        .all(after, max);
    }
    return checkpoint
      ? connection
          .arrays(
            `SELECT data FROM ${layout.table} WHERE (lwt, id) > (?, ?) ORDER BY lwt, id LIMIT ?`,
          )
          .all(checkpoint.lwt, checkpoint.id, max)
      : connection.arrays(`SELECT data FROM ${layout.table} ORDER BY lwt, id LIMIT ?`).all(max);
  });
  return rows.map((row) => parseDocument<RxDocType>(row[0]));
}
