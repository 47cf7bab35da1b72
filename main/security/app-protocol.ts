import { APP_HOST, APP_SCHEME } from './trusted-origin';
import { isInsideRoot, resolveStaticPath } from './static-files';

export interface FileAccess {
  readFile(file: string): Promise<Uint8Array>;
  realpath(file: string): Promise<string>;
}

/**
 * The handler behind `protocol.handle('app', ...)`. The UI is only ever loaded from app://couvert/,
 * never file://. Requests for another host, another method, or a path outside the renderer bundle
 * get an error response and no file is read.
 */
export function createAppProtocolHandler(deps: { root: string; files: FileAccess; csp: string }) {
  const securityHeaders = {
    'content-security-policy': deps.csp,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
  const refuse = (status: number, reason: string) =>
    new Response(reason, {
      status,
      headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' },
    });

  return async (request: Request): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'not found');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(405, 'method not allowed');
    const resolved = resolveStaticPath(deps.root, url.pathname);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    try {
      const [realRoot, realFile] = await Promise.all([
        deps.files.realpath(deps.root),
        deps.files.realpath(resolved.file),
      ]);
      if (!isInsideRoot(realRoot, realFile)) return refuse(403, 'outside the app');
      const body = await deps.files.readFile(realFile);
      return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
        status: 200,
        headers: {
          ...securityHeaders,
          'content-type': resolved.contentType,
          'cache-control': 'no-cache',
        },
      });
    } catch {
      return refuse(404, 'not found');
    }
  };
}
