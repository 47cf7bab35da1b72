/** One line of `npm run bench`; bench-results.json is an array of these. */
export interface BenchRow {
  suite: string;
  name: string;
  value: number;
  unit: string;
  /** The figure it is compared with, measured in the same run (null when there is none). */
  reference: number | null;
  /** value / reference. */
  ratio: number | null;
  /** The target in words, e.g. "median < 2 ms" (null when there is none). */
  target: string | null;
  met: boolean | null;
}

export interface BenchContext {
  /** A fresh folder for this suite's files, removed afterwards. */
  tmpDir: string;
  log: (message: string) => void;
}

export interface BenchSuite {
  name: string;
  description: string;
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
}

export type Target = { op: '<' | '<=' | '>' | '>='; value: number; label: string };

export function row(input: {
  suite: string;
  name: string;
  value: number;
  unit: string;
  reference?: number | null;
  target?: Target | null;
  /** When the target applies to the ratio rather than to the value. */
  targetOn?: 'value' | 'ratio';
}): BenchRow {
  const reference = input.reference ?? null;
  const ratio = reference !== null && reference !== 0 ? input.value / reference : null;
  const target = input.target ?? null;
  let met: boolean | null = null;
  if (target) {
    const subject = input.targetOn === 'ratio' ? ratio : input.value;
    met = subject === null ? null : compare(subject, target);
  }
  return {
    suite: input.suite,
    name: input.name,
    value: input.value,
    unit: input.unit,
    reference,
    ratio,
    target: target?.label ?? null,
    met,
  };
}

function compare(subject: number, target: Target): boolean {
  switch (target.op) {
    case '<':
      return subject < target.value;
    case '<=':
      return subject <= target.value;
    case '>':
      return subject > target.value;
    case '>=':
      return subject >= target.value;
  }
}
