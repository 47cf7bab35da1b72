import type { ReplicatedDoc, ReplicationPullResponse } from '../../shared/relay/replication';
import { sqlErrorCode, type Db } from '../db/db-port';
import { HttpError } from '../http/http-error';
import { jsonProblem } from '../db/jsonb-guard';

export interface CollectionRef {
  tenantId: string;
  collection: string;
  schemaVersion: number;
}

const outdated = (ref: CollectionRef, current: number) =>
  new HttpError(
    426,
    `Collection "${ref.collection}" is at schema version ${current} on the relay; this desk has version ${ref.schemaVersion}. Update the app.`,
    { relaySchemaVersion: current },
  );

/** Documents strictly after `seq`, ascending, at most `limit`; tombstones included. */
export async function pullDocuments(
  db: Pick<Db, 'query'>,
  ref: CollectionRef,
  seq: number,
  limit: number,
): Promise<ReplicationPullResponse> {
  const rows = await db.query<{ v: number; seq: number | null; data: ReplicatedDoc | null }>(
    `SELECT c.schema_version AS v, d.seq, d.data FROM replication_collections c
       LEFT JOIN LATERAL (
         SELECT r.seq, r.data FROM replication_docs r
          WHERE r.tenant_id = c.tenant_id AND r.collection = c.collection AND r.seq > $3
          ORDER BY r.seq LIMIT $4
       ) d ON true
      WHERE c.tenant_id = $1 AND c.collection = $2`,
    [ref.tenantId, ref.collection, seq, limit],
  );
  const first = rows[0];
  if (!first) return { documents: [], checkpoint: { seq } };
  if (ref.schemaVersion < first.v) throw outdated(ref, first.v);
  const documents: ReplicatedDoc[] = [];
  let last = seq;
  for (const row of rows) {
    if (row.data === null || row.seq === null) continue;
    documents.push(row.data);
    last = row.seq;
  }
  return { documents, checkpoint: { seq: last } };
}

export interface PushRow {
  assumedMasterState?: ReplicatedDoc | null | undefined;
  newDocumentState: ReplicatedDoc;
}

/** What the relay stores of a document: RxDB's local bookkeeping is not replicated. */
export function docState(doc: ReplicatedDoc): ReplicatedDoc {
  const rest = { ...doc };
  delete rest._meta;
  delete rest._rev;
  delete rest._attachments;
  return rest;
}

/**
 * RxDB's conflict rule, atomically per batch: a row is written when there is no current state, or
 * when its assumed master state equals the current one (jsonb equality: key order and number
 * spelling do not matter); otherwise the current state is returned as a conflict.
 */
export async function pushDocuments(
  db: Pick<Db, 'query'>,
  ref: CollectionRef,
  primaryPath: string,
  rows: readonly PushRow[],
): Promise<ReplicatedDoc[]> {
  const byId = new Map<string, { assumed: ReplicatedDoc | null; next: ReplicatedDoc }>();
  rows.forEach((row, i) => {
    const next = docState(row.newDocumentState);
    const id = next[primaryPath];
    if (typeof id !== 'string' || id.length === 0 || id.length > 512)
      throw new HttpError(
        400,
        `rows[${i}].newDocumentState.${primaryPath} must be a string of 1 to 512 characters.`,
      );
    if ('_deleted' in next && typeof next._deleted !== 'boolean')
      throw new HttpError(400, `rows[${i}].newDocumentState._deleted must be a boolean.`);
    const problem = jsonProblem(next);
    if (problem) throw new HttpError(400, `rows[${i}].newDocumentState: ${problem}`);
    const assumed = row.assumedMasterState ? docState(row.assumedMasterState) : null;
    byId.set(id, { assumed, next });
  });
  const ids = [...byId.keys()];
  const entries = [...byId.values()];
  try {
    const result = await db.query<{ r_idx: number; r_conflict: ReplicatedDoc }>(
      `SELECT r_idx, r_conflict FROM couvert_push($1, $2, $3, $4, $5::text[], $6::jsonb[], $7::jsonb[])`,
      [
        ref.tenantId,
        ref.collection,
        ref.schemaVersion,
        primaryPath,
        ids,
        entries.map((e) => (e.assumed ? JSON.stringify(e.assumed) : null)),
        entries.map((e) => JSON.stringify(e.next)),
      ],
    );
    return result.map((r) => r.r_conflict);
  } catch (error) {
    const code = sqlErrorCode(error);
    const detail = (error as { detail?: unknown }).detail;
    if (code === 'CV426') throw outdated(ref, Number(detail));
    if (code === 'CV409')
      throw new HttpError(
        409,
        `Collection "${ref.collection}" uses "${String(detail)}" as its primary path, not "${primaryPath}".`,
      );
    throw error;
  }
}
