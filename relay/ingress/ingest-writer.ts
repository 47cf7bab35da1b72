import type { Db } from '../db/db-port';

export interface IngestItem {
  tenantId: string;
  platform: string;
  eventKey: string;
  eventType: string | null;
  /** The raw JSON text, stored as jsonb without re-serializing. */
  payloadJson: string;
}

export interface IngestResult {
  seq: number;
  duplicate: boolean;
}

export interface IngestWriter {
  /** Resolves once the event is committed (or was already stored). */
  write(item: IngestItem): Promise<IngestResult>;
  /** Waits until everything queued so far is committed or failed. */
  drain(): Promise<void>;
  /** Deliveries not answered yet: queued or in a batch being committed. */
  pending(): number;
}

interface Pending {
  item: IngestItem;
  resolve: (r: IngestResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit: deliveries arriving while batches commit wait and go together in the next one
 * (one round trip, one transaction, one WAL flush). Up to `maxInFlight` batches run at once so
 * that the relay's own latency overlaps the database's; seq order stays commit order because each
 * tenant's counter row is locked until commit. A delivery is answered only after its batch
 * committed, so an acknowledged webhook survives a crash. Rows are sorted by tenant so that
 * batches lock tenant counters in the same order (no deadlocks).
 */
export function createIngestWriter(
  db: Pick<Db, 'query'>,
  options: {
    maxBatch?: number;
    maxInFlight?: number;
    onBatch?: (rows: number, ms: number) => void;
  } = {},
) {
  const maxBatch = options.maxBatch ?? 500;
  const maxInFlight = options.maxInFlight ?? 3;
  const queue: Pending[] = [];
  let inFlight = 0;
  let rowsInFlight = 0;
  let scheduled = false;
  const idleWaiters: (() => void)[] = [];

  const run = async (batch: Pending[]): Promise<void> => {
    try {
      const t0 = performance.now();
      const results = await insertBatch(
        db,
        batch.map((p) => p.item),
      );
      options.onBatch?.(batch.length, performance.now() - t0);
      batch.forEach((p, i) => {
        const r = results[i];
        if (r) p.resolve(r);
        else p.reject(new Error('The database returned no result for this event.'));
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // One bad row must not fail its neighbours: retry them one by one.
      for (const p of batch) await run([p]);
    }
  };

  const pump = () => {
    scheduled = false;
    while (queue.length > 0 && inFlight < maxInFlight) {
      const batch = queue.splice(0, maxBatch);
      inFlight++;
      rowsInFlight += batch.length;
      void run(batch).finally(() => {
        inFlight--;
        rowsInFlight -= batch.length;
        if (queue.length > 0) pump();
        else if (inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
      });
    }
  };

  const writer: IngestWriter = {
    write(item) {
      return new Promise<IngestResult>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!scheduled && inFlight < maxInFlight) {
          scheduled = true;
          setImmediate(pump);
        }
      });
    },
    async drain() {
      if (queue.length === 0 && inFlight === 0 && !scheduled) return;
      await new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    pending: () => queue.length + rowsInFlight,
  };
  return writer;
}

async function insertBatch(db: Pick<Db, 'query'>, items: IngestItem[]): Promise<IngestResult[]> {
  const order = items.map((item, index) => ({ item, index }));
  order.sort((a, b) =>
    a.item.tenantId < b.item.tenantId
      ? -1
      : a.item.tenantId > b.item.tenantId
        ? 1
        : a.index - b.index,
  );
  const rows = await db.query<{ r_idx: number; r_seq: number; r_duplicate: boolean }>(
    'SELECT r_idx, r_seq, r_duplicate FROM couvert_ingest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb)',
    [
      order.map((o) => o.item.tenantId),
      order.map((o) => o.item.platform),
      order.map((o) => o.item.eventKey),
      order.map((o) => o.item.eventType),
      // Already valid JSON texts: joined into one array, nothing to escape.
      `[${order.map((o) => o.item.payloadJson).join(',')}]`,
    ],
  );
  const results: IngestResult[] = new Array<IngestResult>(items.length);
  for (const row of rows) {
    const original = order[row.r_idx - 1];
    if (original) results[original.index] = { seq: row.r_seq, duplicate: row.r_duplicate };
  }
  return results;
}
