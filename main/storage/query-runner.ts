import {
  getQueryMatcher,
  getSortComparator,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageCountResult,
} from 'rxdb';
import type { SQLOutputValue } from 'node:sqlite';
import { planBounds } from './index-keys';
import type { SqliteConnection } from './sqlite-connection';
import type { KeyColumn, TableLayout } from './table-layout';

export interface QueryContext<RxDocType> {
  connection: SqliteConnection;
  layout: TableLayout<RxDocType>;
  schema: RxJsonSchema<RxDocumentData<RxDocType>>;
}

/** A stored document from its `data` column. */
export function parseDocument<RxDocType>(
  data: SQLOutputValue | undefined,
): RxDocumentData<RxDocType> {
  if (typeof data !== 'string') throw new Error('A stored row has no JSON data column.');
  return JSON.parse(data) as RxDocumentData<RxDocType>;
}

/**
 * Runs a query as a range scan over the key column of the plan's index:
 * - selector and sort satisfied by the index: range, order, skip and limit all in SQL;
 * - only the sort satisfied: walk the range in key order through RxDB's matcher, stop early;
 * - sort not satisfied: read the range, filter, sort with RxDB's comparator, then slice.
 */
export function runQuery<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): RxDocumentData<RxDocType>[] {
  const { query, queryPlan: plan } = prepared;
  const skip = query.skip;
  const limit = typeof query.limit === 'number' ? query.limit : Infinity;
  if (limit <= 0) return [];
  const { connection, layout, schema } = context;
  const keyColumn = keyColumnFor(layout, plan.index);
  const { lower, upper } = planBounds(schema as RxJsonSchema<RxDocumentData<unknown>>, plan);
  const range = `FROM ${layout.table} WHERE ${rangeCondition(keyColumn, plan)}`;

  if (plan.selectorSatisfiedByIndex && plan.sortSatisfiedByIndex) {
    return connection.guard(() =>
      connection
        .arrays(`SELECT data ${range} ORDER BY ${keyColumn.column} LIMIT ? OFFSET ?`)
        .all(lower, upper, Number.isFinite(limit) ? limit : -1, skip)
        .map((row) => parseDocument<RxDocType>(row[0])),
    );
  }

  const matches = plan.selectorSatisfiedByIndex ? null : getQueryMatcher(schema, query);
  if (plan.sortSatisfiedByIndex) {
    const wanted = skip + limit;
    const found: RxDocumentData<RxDocType>[] = [];
    connection.guard(() => {
      const rows = connection
        .arrays(`SELECT data ${range} ORDER BY ${keyColumn.column}`)
        .iterate(lower, upper);
      for (const row of rows) {
        const doc = parseDocument<RxDocType>(row[0]);
        if (matches && !matches(doc)) continue;
        found.push(doc);
        if (found.length >= wanted) break;
      }
    });
    return skip > 0 ? found.slice(skip) : found;
  }

  let docs = connection.guard(() =>
    connection
      .arrays(`SELECT data ${range}`)
      .all(lower, upper)
      .map((row) => parseDocument<RxDocType>(row[0])),
  );
  if (matches) docs = docs.filter((doc) => matches(doc));
  docs.sort(getSortComparator(schema, query));
  return docs.slice(skip, skip + limit);
}

/**
 * Counts without loading documents when the index range is the whole selector (`fast`);
 * otherwise walks the range through RxDB's matcher (`slow`). Skip and limit apply, so the count
 * always equals the length of the same query's result.
 */
export function runCount<RxDocType>(
  context: QueryContext<RxDocType>,
  prepared: PreparedQuery<RxDocType>,
): RxStorageCountResult {
  const { query, queryPlan: plan } = prepared;
  const skip = query.skip;
  const limit = typeof query.limit === 'number' ? query.limit : Infinity;
  const { connection, layout, schema } = context;
  const keyColumn = keyColumnFor(layout, plan.index);
  const { lower, upper } = planBounds(schema as RxJsonSchema<RxDocumentData<unknown>>, plan);
  const range = `FROM ${layout.table} WHERE ${rangeCondition(keyColumn, plan)}`;
  const bounded = (n: number) => Math.min(Math.max(n - skip, 0), limit);

  if (plan.selectorSatisfiedByIndex) {
    const row = connection.guard(() =>
      connection.statement(`SELECT count(*) AS n ${range}`).get(lower, upper),
    );
    return { count: bounded(Number(row?.n ?? 0)), mode: 'fast' };
  }
  const matches = getQueryMatcher(schema, query);
  const wanted = skip + limit;
  let count = 0;
  connection.guard(() => {
    for (const row of connection.arrays(`SELECT data ${range}`).iterate(lower, upper)) {
      if (matches(parseDocument<RxDocType>(row[0])) && ++count >= wanted) break;
    }
  });
  return { count: bounded(count), mode: 'slow' };
}

function keyColumnFor<RxDocType>(
  layout: TableLayout<RxDocType>,
  index: string[],
): KeyColumn<RxDocType> {
  const keyColumn = layout.keyColumnByIndex.get(index.join(','));
  if (!keyColumn) {
    throw new Error(
      `The query asks for the index [${index.join(', ')}], which the schema does not declare. ` +
        'Add it to the schema indexes or remove `index` from the query.',
    );
  }
  return keyColumn;
}

function rangeCondition<RxDocType>(
  keyColumn: KeyColumn<RxDocType>,
  plan: { inclusiveStart: boolean; inclusiveEnd: boolean },
): string {
  const { column } = keyColumn;
  return `${column} ${plan.inclusiveStart ? '>=' : '>'} ? AND ${column} ${plan.inclusiveEnd ? '<=' : '<'} ?`;
}
