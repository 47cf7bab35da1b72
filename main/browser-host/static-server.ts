import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { isInsideRoot, resolveStaticPath } from '../security/static-files';
import { TOKEN_META_NAME } from '../../shared/contract/ws-frames';
import { isAllowedHost } from './request-guards';

/** Serves the renderer bundle in browser mode, with the per-run bridge token in index.html. */
export function createStaticHandler(deps: {
  root: string;
  token: string;
  csp: () => string;
  port: () => number;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = {
      'content-security-policy': deps.csp(),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    };
    const refuse = (status: number, reason: string) => {
      res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end(reason);
    };
    if (!isAllowedHost(req.headers.host, deps.port()))
      return refuse(421, 'This desk only answers on its loopback address.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, 'method not allowed');
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const resolved = resolveStaticPath(deps.root, pathname);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    let body: Buffer;
    try {
      const [realRoot, realFile] = await Promise.all([
        realpath(deps.root),
        realpath(resolved.file),
      ]);
      if (!isInsideRoot(realRoot, realFile)) return refuse(403, 'outside the app');
      body = await readFile(realFile);
    } catch {
      return refuse(404, 'not found');
    }
    const isIndex = resolved.file.endsWith('index.html');
    if (isIndex) {
      const meta = `<meta name="${TOKEN_META_NAME}" content="${deps.token}" />`;
      body = Buffer.from(
        body.toString('utf8').replace('</head>', `    ${meta}\n  </head>`),
        'utf8',
      );
    }
    res.writeHead(200, {
      ...headers,
      'content-type': resolved.contentType,
      'cache-control': isIndex ? 'no-store' : 'no-cache',
      'content-length': String(body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
