import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ALLOWED = new Set(['main/index.ts', 'main/preload/index.ts']);
const RUNTIME_IMPORT =
  /^\s*import\s+(?!type\b)[^;]*?from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/m;

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === 'output') continue;
      out.push(...(await sources(rel)));
    } else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      out.push(rel);
  }
  return out;
}

describe('Electron stays in the composition root', () => {
  it('no module but main/index.ts and the preload imports electron at runtime', async () => {
    const offenders: string[] = [];
    for (const dir of ['main', 'renderer', 'shared', 'relay', 'sim', 'e2e']) {
      for (const file of await sources(dir)) {
        if (ALLOWED.has(file) || file === 'main/testing/electron-boundary.test.ts') continue;
        if (RUNTIME_IMPORT.test(await readFile(path.join(root, file), 'utf8')))
          offenders.push(file);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the pattern catches what it should', () => {
    expect(RUNTIME_IMPORT.test("import { app } from 'electron';")).toBe(true);
    const name = 'electron';
    expect(RUNTIME_IMPORT.test(`const { app } = require('${name}');`)).toBe(true);
    expect(RUNTIME_IMPORT.test("await import('electron')")).toBe(true);
    expect(RUNTIME_IMPORT.test("import type { App } from 'electron';")).toBe(false);
  });

  it('an accidental runtime import fails loudly instead of downloading Electron', async () => {
    await expect(import('electron')).rejects.toThrow(/imported "electron" at runtime/);
  });
});
