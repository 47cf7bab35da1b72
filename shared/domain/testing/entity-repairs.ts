import fc from 'fast-check';
import { normalizeCustomer, type CustomerDraft } from '../customer';
import { externalMappingId } from '../external-mapping';
import type { EntityType } from '../primitives';
import type { FieldOverrides } from './schema-arbitrary';

/**
 * Test support. A document generated from a JSON schema satisfies every per-field rule; the
 * rules that tie fields together (zod refinements, which JSON Schema cannot say) are applied here
 * so that property tests get valid documents of every collection. Each repair mirrors one
 * refinement of the entity's zod schema.
 */

type Doc = Record<string, unknown>;

export const fieldOverrides: FieldOverrides = {
  timeZone: fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC'),
  locale: fc.constantFrom('fr-FR', 'en', 'de-CH', 'es'),
};

const n = (v: unknown): number => (typeof v === 'number' ? v : 0);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function orderedTimes(doc: Doc): void {
  if (typeof doc.createdAt === 'number' && typeof doc.updatedAt === 'number') {
    doc.updatedAt = Math.max(doc.createdAt, doc.updatedAt);
  }
}

export const repairs: Readonly<Record<string, (doc: Doc) => Doc>> = {
  reservations: (doc) => {
    if (doc.adults !== undefined && doc.children !== undefined) {
      doc.children = Math.min(n(doc.children), n(doc.partySize));
      doc.adults = n(doc.partySize) - n(doc.children);
    }
    doc.tableIds = [...new Set(list(doc.tableIds))];
    orderedTimes(doc);
    return doc;
  },
  customers: (doc) => normalizeCustomer(doc as unknown as CustomerDraft),
  dining_tables: (doc) => {
    const [min, max] = [n(doc.seatsMin), n(doc.seatsMax)].sort((a, b) => a - b);
    doc.seatsMin = min;
    doc.seatsMax = max;
    doc.combinableWith = list(doc.combinableWith).filter((id) => id !== doc.id);
    return doc;
  },
  dining_services: (doc) => {
    doc.weekdays = [...new Set(list(doc.weekdays))];
    if (doc.startTime === doc.endTime) doc.endTime = doc.startTime === '23:59' ? '00:00' : '23:59';
    return doc;
  },
  offers: (doc) => {
    const [min, max] = [n(doc.partySizeMin), n(doc.partySizeMax)].sort((a, b) => a - b);
    doc.partySizeMin = min;
    doc.partySizeMax = max;
    if (typeof doc.startDate === 'string' && typeof doc.endDate === 'string') {
      const [start, end] = [doc.startDate, doc.endDate].sort();
      doc.startDate = start;
      doc.endDate = end;
    }
    return doc;
  },
  orders: (doc) => {
    const lines = list(doc.lines) as Doc[];
    for (const line of lines) line.unitPriceMinor = n(line.unitPriceMinor) % 20_000;
    const subtotal = lines.reduce((sum, l) => sum + n(l.quantity) * n(l.unitPriceMinor), 0);
    doc.discountMinor = Math.min(n(doc.discountMinor), subtotal);
    doc.totalMinor = subtotal - n(doc.discountMinor);
    return doc;
  },
  platform_configs: (doc) => {
    doc.id = doc.platform;
    doc.syncEntities = [...new Set([...list(doc.syncEntities), ...list(doc.masterFor)])];
    return doc;
  },
  external_mappings: (doc) => {
    doc.id = externalMappingId(
      String(doc.platform),
      doc.entityType as EntityType,
      String(doc.externalId),
    );
    return doc;
  },
  sync_logs: (doc) => {
    if (doc.status === 'retry_scheduled') doc.nextRetryAt ??= doc.at;
    if (doc.status === 'failed' || doc.status === 'parked') {
      doc.error ??= { code: 'server', message: 'The platform answered 503.', at: doc.at };
    }
    return doc;
  },
  conflicts: (doc) => {
    const seen = new Set<unknown>();
    doc.fields = (list(doc.fields) as Doc[]).filter((f) => !seen.has(f.field) && seen.add(f.field));
    if (doc.status === 'resolved') {
      const choices: Doc = { ...(doc.resolution as Doc | undefined) };
      for (const field of seen) choices[String(field)] = 'remote';
      doc.resolution = choices;
    }
    if (doc.status !== 'open') {
      doc.resolvedAt ??= doc.updatedAt;
      doc.resolvedBy ??= 'Camille';
    }
    return doc;
  },
};

export function repair(collection: string, doc: unknown): Doc {
  const copy = structuredClone(doc) as Doc;
  const fix = repairs[collection];
  const fixed = fix === undefined ? copy : fix(copy);
  orderedTimes(fixed);
  return fixed;
}
