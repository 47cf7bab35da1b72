import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * HMAC keys as KeyObjects, made once per secret: createHmac with a raw Buffer key builds a key
 * object on every call, which costs several times the HMAC itself.
 */
const cache = new Map<string, KeyObject>();
const MAX_KEYS = 10_000;

export function hmacKey(cacheKey: string, material: () => Buffer): KeyObject {
  let key = cache.get(cacheKey);
  if (!key) {
    if (cache.size >= MAX_KEYS) cache.clear();
    key = createSecretKey(material());
    cache.set(cacheKey, key);
  }
  return key;
}
