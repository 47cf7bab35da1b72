/**
 * `npm run bench [-- <suite> ...]`: runs the benchmark suites, prints one table with each figure,
 * its reference measured in the same run, the ratio and the target, and writes
 * bench-results.json.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench/bench-types';
import { SUITES } from './bench/suites';

const root = fileURLToPath(new URL('../..', import.meta.url));
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(
    `Unknown bench suite: ${unknown.join(', ')}. Known: ${Object.keys(SUITES).join(', ')}.`,
  );
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(SUITES);
const rows: BenchRow[] = [];
for (const name of names) {
  const load = SUITES[name];
  if (!load) continue;
  const suite = await load();
  const tmpDir = await mkdtemp(path.join(tmpdir(), `couvert-bench-${name}-`));
  console.log(`\n▶ ${suite.name}: ${suite.description}`);
  try {
    rows.push(...(await suite.run({ tmpDir, log: (m) => console.log(`  ${m}`) })));
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

const fmt = (n: number | null, digits = 3) =>
  n === null ? '' : Number.isInteger(n) ? String(n) : n.toPrecision(digits);
console.log('');
console.table(
  rows.map((r) => ({
    suite: r.suite,
    name: r.name,
    value: `${fmt(r.value)} ${r.unit}`,
    reference: r.reference === null ? '' : `${fmt(r.reference)} ${r.unit}`,
    ratio: r.ratio === null ? '' : `${fmt(r.ratio)}x`,
    target: r.target ?? '',
    met: r.met === null ? '' : r.met ? 'yes' : 'NO',
  })),
);
await writeFile(path.join(root, 'bench-results.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(`Wrote bench-results.json (${rows.length} figures).`);
