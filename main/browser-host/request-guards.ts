import { timingSafeEqual } from 'node:crypto';
import { TOKEN_PROTOCOL_PREFIX } from '../../shared/contract/ws-frames';

/**
 * Browser mode listens on 127.0.0.1 only. These checks keep other web pages out:
 * - Host must be the loopback address we listen on (defeats DNS rebinding);
 * - a WebSocket's Origin must be this very server (defeats cross-site WebSocket hijacking);
 * - the per-run token, which only our own page can read, must be offered as a subprotocol.
 */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return (
    typeof origin === 'string' &&
    allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`)
  );
}

export function tokenFromProtocols(header: string | undefined): string | null {
  if (typeof header !== 'string') return null;
  const offered = header.split(',').map((p) => p.trim());
  const entry = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return entry ? entry.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}

export function tokensMatch(expected: string, offered: string | null): boolean {
  if (offered === null) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(offered, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
