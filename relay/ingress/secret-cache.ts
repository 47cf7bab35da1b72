import type { Db } from '../db/db-port';
import { listPlatformSecrets } from '../tenants/platform-secrets';
import type { ConfiguredSecret } from './verdict';

export interface SecretCache {
  get(tenantId: string, platform: string): Promise<ConfiguredSecret[]>;
  invalidate(tenantId?: string): void;
}

/**
 * Webhook secrets read once per few seconds per endpoint instead of once per delivery. Changes
 * reach every process at once through couvert_config; the TTL bounds a missed notification.
 */
export function createSecretCache(
  db: Pick<Db, 'query'>,
  options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {},
): SecretCache {
  const ttlMs = options.ttlMs ?? 5000;
  const now = options.now ?? (() => performance.now());
  const maxEntries = options.maxEntries ?? 10_000;
  const entries = new Map<string, { at: number; value: Promise<ConfiguredSecret[]> }>();
  return {
    get(tenantId, platform) {
      const key = `${tenantId}/${platform}`;
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) entries.clear();
      const value = listPlatformSecrets(db, tenantId, platform);
      entries.set(key, { at: now(), value });
      value.catch(() => entries.delete(key));
      return value;
    },
    invalidate(tenantId) {
      if (!tenantId) return entries.clear();
      for (const key of entries.keys()) if (key.startsWith(`${tenantId}/`)) entries.delete(key);
    },
  };
}
