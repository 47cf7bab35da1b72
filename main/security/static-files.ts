import path from 'node:path';

/**
 * Maps a request path to a file under `root`, or refuses it. Used by the app:// protocol in
 * Electron and by the browser host, so both serve the renderer with the same rules:
 * no traversal out of `root` (encoded or not), no NUL bytes, no dot-files, no directories.
 */
export type StaticResolution =
  | { ok: true; file: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function resolveStaticPath(root: string, rawPathname: string): StaticResolution {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed path' };
  }
  if (pathname.includes('\0') || pathname.includes('\\'))
    return { ok: false, status: 400, reason: 'forbidden character' };
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s.startsWith('.')))
    return { ok: false, status: 403, reason: 'outside the app' };
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, ...segments);
  if (!file.startsWith(absoluteRoot + path.sep))
    return { ok: false, status: 403, reason: 'outside the app' };
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
  if (!contentType) return { ok: false, status: 404, reason: 'not found' };
  return { ok: true, file, contentType };
}

/** After following links, the file must still be inside the (real) root. */
export function isInsideRoot(realRoot: string, realFile: string): boolean {
  return realFile.startsWith(realRoot + path.sep);
}
