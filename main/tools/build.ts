/**
 * `npm run build`: the renderer with Vite, the main process and the preload with esbuild.
 * Output: out/renderer, out/main/index.cjs, out/preload/index.cjs.
 */
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();

await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

await esbuild({
  entryPoints: [path.join(root, 'main/index.ts')],
  outfile: path.join(root, 'out/main/index.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'bufferutil', 'utf-8-validate'],
  logLevel: 'warning',
});

// A sandboxed preload may load nothing but Electron itself: bundle everything else, for the browser platform.
await esbuild({
  entryPoints: [path.join(root, 'main/preload/index.ts')],
  outfile: path.join(root, 'out/preload/index.cjs'),
  bundle: true,
  platform: 'browser',
  target: 'chrome130',
  format: 'cjs',
  external: ['electron'],
  logLevel: 'warning',
});

const preload = await readFile(path.join(root, 'out/preload/index.cjs'), 'utf8');
const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
const foreign = required.filter((name) => name !== 'electron');
if (foreign.length > 0) {
  throw new Error(
    `The preload bundle requires ${foreign.join(', ')}; a sandboxed preload may only require electron.`,
  );
}

console.log(
  `Built renderer, main and preload into out/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
