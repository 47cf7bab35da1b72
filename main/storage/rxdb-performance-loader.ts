/**
 * Loads RxDB's `runPerformanceTests` for the bench. The helper ships in the rxdb package but
 * imports `async-test-util`, a devDependency of rxdb that npm does not install for us (and the
 * test-utils entry point also pulls in `clone`). Until those are added as our devDependencies,
 * the two functions the performance helper uses are supplied here through a resolve hook, and
 * the helper module is loaded by its file path inside rxdb's ESM build.
 */
import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { runPerformanceTests as RunPerformanceTests } from 'rxdb/plugins/test-utils';

const SHIM_SOURCE = [
  'export const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));',
  "const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';",
  'export const randomString = (length = 10, charset = LETTERS) =>',
  "  Array.from({ length }, () => charset[Math.floor(Math.random() * charset.length)]).join('');",
].join('\n');

let hooked = false;

export async function loadRunPerformanceTests(): Promise<typeof RunPerformanceTests> {
  if (!hooked) {
    hooked = true;
    const shimUrl = `data:text/javascript,${encodeURIComponent(SHIM_SOURCE)}`;
    registerHooks({
      resolve: (specifier, context, nextResolve) =>
        specifier === 'async-test-util'
          ? { url: shimUrl, format: 'module', shortCircuit: true }
          : nextResolve(specifier, context),
    });
  }
  const rxdbCjsEntry = createRequire(import.meta.url).resolve('rxdb');
  const performanceFile = path.join(
    path.dirname(rxdbCjsEntry),
    '..',
    'esm',
    'plugins',
    'test-utils',
    'performance.js',
  );
  const loaded = (await import(pathToFileURL(performanceFile).href)) as {
    runPerformanceTests: typeof RunPerformanceTests;
  };
  return loaded.runPerformanceTests;
}
