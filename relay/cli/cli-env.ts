import path from 'node:path';
import { DEFAULT_PORT } from '../config';

/** Where the relay keeps its state, from flags first, then the environment, then defaults. */
export interface StateLocation {
  dataDir: string;
  databaseUrl: string | undefined;
}

export function stateLocation(
  flags: { data?: string | undefined },
  env = process.env,
): StateLocation {
  return {
    dataDir: path.resolve(flags.data ?? env.RELAY_DATA_DIR ?? 'relay-data'),
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

export function publicUrl(
  flags: { 'public-url'?: string | undefined; port?: string | undefined },
  env = process.env,
): string {
  const raw =
    flags['public-url'] ??
    env.RELAY_PUBLIC_URL ??
    `http://127.0.0.1:${flags.port ?? env.PORT ?? String(DEFAULT_PORT)}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `--public-url must be an absolute URL such as https://relay.example.com (got "${raw}").`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('--public-url must start with https:// (or http:// for local tests).');
  return url.toString().replace(/\/+$/, '');
}

export function parseNumber(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`--${name} must be a number from ${min} to ${max} (got "${raw}").`);
  return n;
}
