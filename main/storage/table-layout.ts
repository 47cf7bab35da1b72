import { createHash } from 'node:crypto';
import {
  getPrimaryFieldOfPrimaryKey,
  getSchemaByObjectPath,
  type RxDocumentData,
  type RxJsonSchema,
} from 'rxdb';
import { keyMaker, type KeyMaker } from './index-keys';

export interface KeyColumn<RxDocType> {
  /** Column name, `k0`, `k1`, … */
  column: string;
  /** The schema index it holds, e.g. `['_deleted', 'startsAt', 'id']`. */
  fields: string[];
  makeKey: KeyMaker<RxDocType>;
}

/**
 * Where one collection (at one schema version) lives in the file: a document table with `data`
 * (the RxDB document as JSON, returned verbatim), `deleted`, `lwt` and one key column per schema
 * index, and an attachments table when the schema has attachments.
 */
export interface TableLayout<RxDocType> {
  name: string;
  primaryPath: string;
  /** Quoted identifiers, ready for SQL. */
  table: string;
  attachments: string;
  keyColumns: KeyColumn<RxDocType>[];
  /** Key column by the index's fields joined with ','. */
  keyColumnByIndex: Map<string, KeyColumn<RxDocType>>;
  /**
   * The key column of RxDB's `['_meta.lwt', primaryKey]` index (always added by
   * fillWithDefaultSettings): the change feed reads it in (lwt, id) order. Null only for a schema
   * without that index, which then gets a plain SQLite index on (lwt, id).
   */
  changesKey: KeyColumn<RxDocType> | null;
  hasAttachments: boolean;
  /** Changes whenever the stored layout would change (indexes, field shapes, DDL version). */
  fingerprint: string;
}

/** Raise when the DDL of the collection tables changes: existing tables are then rebuilt. */
const DDL_VERSION = 1;

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** SQLite folds ASCII case in identifiers: names that are not plain lower case are hex-encoded. */
export function tableName(collectionName: string, version: number): string {
  const base = /^[a-z0-9_-]+$/.test(collectionName)
    ? `c:${collectionName}`
    : `h:${Buffer.from(collectionName, 'utf8').toString('hex')}`;
  return `${base}:v${version}`;
}

export function describeTable<RxDocType>(
  collectionName: string,
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
): TableLayout<RxDocType> {
  const name = tableName(collectionName, schema.version);
  const indexes = (schema.indexes ?? []).map((index) =>
    typeof index === 'string' ? [index] : [...index],
  );
  const keyColumns = indexes.map((fields, i) => ({
    column: `k${i}`,
    fields,
    makeKey: keyMaker(schema, fields),
  }));
  const fieldShapes = [...new Set(indexes.flat())].map((field) => {
    const part = getSchemaByObjectPath(schema, field);
    return [field, part.type, part.maxLength, part.minimum, part.maximum, part.multipleOf];
  });
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify({ DDL_VERSION, indexes, fieldShapes, attachments: !!schema.attachments }),
    )
    .digest('hex');
  const primaryPath = getPrimaryFieldOfPrimaryKey(schema.primaryKey);
  const keyColumnByIndex = new Map(keyColumns.map((k) => [k.fields.join(','), k]));
  return {
    name,
    primaryPath,
    table: quoteIdentifier(name),
    attachments: quoteIdentifier(`${name}:att`),
    keyColumns,
    keyColumnByIndex,
    changesKey: keyColumnByIndex.get(`_meta.lwt,${primaryPath}`) ?? null,
    hasAttachments: !!schema.attachments,
    fingerprint,
  };
}
