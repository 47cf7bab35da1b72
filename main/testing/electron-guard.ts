/**
 * Vitest aliases `electron` to this module. Since Electron 42, requiring the real package starts a
 * binary download; a test that reaches Electron at runtime must fail here, loudly and at once.
 */
throw new Error(
  'A module under test imported "electron" at runtime. Only main/index.ts and the preload may do that; ' +
    'take the Electron API as a port (see main/ports.ts) and use "import type" elsewhere.',
);
