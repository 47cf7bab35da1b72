import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppProtocolHandler } from './app-protocol';
import { resolveStaticPath } from './static-files';

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'couvert-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<html>app</html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, '.env'), 'SECRET=1');
  await writeFile(path.join(base, 'secret.txt'), 'TOP-SECRET-CONTENT');
  await writeFile(path.join(base, 'secret.js'), 'TOP-SECRET-CONTENT');
  await symlink(path.join(base, 'secret.js'), path.join(root, 'assets', 'escape.js'));
  handle = createAppProtocolHandler({
    root,
    files: { readFile, realpath },
    csp: "default-src 'none'",
  });
});
afterAll(async () => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the renderer with the CSP and the right content type', async () => {
    const index = await get('app://couvert/');
    expect(index.status).toBe(200);
    expect(await index.text()).toBe('<html>app</html>');
    expect(index.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await get('app://couvert/assets/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it.each([
    'app://couvert/../secret.txt',
    'app://couvert/%2e%2e/secret.txt',
    'app://couvert/assets/..%2f..%2fsecret.txt',
    'app://couvert/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://couvert/assets/%2e%2e/%2e%2e/secret.txt',
    'app://couvert/..%5csecret.txt',
    'app://couvert/index.html%00.js',
    'app://couvert/.env',
    'app://couvert/assets/escape.js',
    'app://couvert/%E0%A4%A',
    'app://couvert/assets',
    'app://couvert/missing.js',
  ])('never serves anything outside the bundle: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('TOP-SECRET-CONTENT');
  });

  it('answers only for its own host', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://couvert.evil/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://couvert/', 'POST')).status).toBe(405);
    const head = await get('app://couvert/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('resolveStaticPath', () => {
  it('maps / to index.html', () => {
    const r = resolveStaticPath('/srv/app', '/');
    expect(r).toEqual({
      ok: true,
      file: path.resolve('/srv/app/index.html'),
      contentType: 'text/html; charset=utf-8',
    });
  });
  it.each([
    ['/../secret.txt', 403],
    ['/assets/../../secret.txt', 403],
    ['/..%2fsecret.txt', 403],
    ['/%2e%2e/%2e%2e/secret.txt', 403],
    ['/assets/%2E%2E/%2E%2E/secret.txt', 403],
    ['/.env', 403],
    ['/assets/.git/config.txt', 403],
    ['/index.html%00.js', 400],
    ['/..%5c..%5csecret.txt', 400],
    ['/a\\b.js', 400],
    ['/%E0%A4%A', 400],
  ] as const)('refuses the raw path %s without touching the disk', (raw, status) => {
    expect(resolveStaticPath('/srv/app', raw)).toMatchObject({ ok: false, status });
  });

  it('refuses unknown file types', () => {
    expect(resolveStaticPath('/srv/app', '/x.exe')).toMatchObject({ ok: false, status: 404 });
  });
});
