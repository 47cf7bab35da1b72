import { registerHooks } from 'node:module';

/**
 * `rxdb/plugins/test-utils` imports two of RxDB's devDependencies, `clone` and `async-test-util`,
 * which an application install does not bring. Until they are added to our devDependencies, this
 * resolve hook supplies the three functions the suite uses (deep clone, wait, randomString), and
 * only when the real package cannot be resolved. Call it before importing the test utils.
 */
const STAND_INS: Record<string, string> = {
  clone: 'export default function clone(value) { return structuredClone(value); }',
  'async-test-util': [
    'export function wait(ms = 0) { return new Promise((resolve) => setTimeout(resolve, ms)); }',
    "export function randomString(length = 10, charset = 'abcdefghijklmnopqrstuvwxyz') {",
    "  let out = '';",
    '  for (let i = 0; i < length; i++) out += charset[Math.floor(Math.random() * charset.length)];',
    '  return out;',
    '}',
  ].join('\n'),
};

let installed = false;

export function provideRxdbTestUtilsDeps(): void {
  if (installed) return;
  installed = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const source = STAND_INS[specifier];
      if (source === undefined) return nextResolve(specifier, context);
      try {
        return nextResolve(specifier, context);
      } catch {
        return {
          url: `data:text/javascript,${encodeURIComponent(source)}`,
          format: 'module',
          shortCircuit: true,
        };
      }
    },
  });
}
