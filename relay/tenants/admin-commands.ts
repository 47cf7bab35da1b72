import type { Db } from '../db/db-port';
import { purgeExpired } from '../feed/feed-store';
import { KNOWN_PLATFORMS, webhookUrl, type Scheme } from '../ingress/platforms';
import { addPlatformSecret } from './platform-secrets';
import {
  createEnrolmentCode,
  createTenant,
  getTenant,
  listDevices,
  listTenants,
  revokeDevice,
} from './tenant-store';

export interface WebhookEndpoint {
  platform: string;
  scheme: Scheme;
  url: string;
  /** What the platform must be given besides the URL (null: the URL says it all). */
  secret: string | null;
  /** Set when the admin still has to act (Square chooses its own signature key). */
  todo: string | null;
}

/**
 * Creates a tenant with a secret for every platform whose secret we choose (TheFork's URL token,
 * Lightspeed's bearer token, the Standard Webhooks secrets). Square's key comes from Square.
 */
export async function createTenantWithEndpoints(
  db: Db,
  input: { name: string; publicUrl: string; codeTtlMs: number },
) {
  const tenant = await createTenant(db, input.name, input.codeTtlMs);
  const endpoints: WebhookEndpoint[] = [];
  for (const [platform, scheme] of Object.entries(KNOWN_PLATFORMS)) {
    if (scheme === 'square-hmac') {
      endpoints.push({
        platform,
        scheme,
        url: webhookUrl(input.publicUrl, tenant.tenantId, platform, scheme),
        secret: null,
        todo: `register this URL at Square, then: npm run relay:admin -- set-secret ${tenant.tenantId} ${platform} --secret <signature key>`,
      });
      continue;
    }
    const added = await addPlatformSecret(db, {
      tenantId: tenant.tenantId,
      platform,
      scheme,
      publicUrl: input.publicUrl,
    });
    endpoints.push({
      platform,
      scheme,
      url: webhookUrl(input.publicUrl, tenant.tenantId, platform, scheme, added.secret),
      secret: scheme === 'url-token' ? null : added.secret,
      todo: null,
    });
  }
  return { ...tenant, endpoints };
}

export async function setSecret(
  db: Db,
  input: {
    tenantId: string;
    platform: string;
    scheme?: Scheme;
    secret?: string;
    publicUrl: string;
    replace: boolean;
  },
) {
  if (!(await getTenant(db, input.tenantId))) throw new Error(`No tenant ${input.tenantId}.`);
  const added = await addPlatformSecret(db, input);
  return {
    ...added,
    url: webhookUrl(input.publicUrl, input.tenantId, input.platform, added.scheme, added.secret),
  };
}

export async function newEnrolmentCode(db: Db, tenantId: string, codeTtlMs: number) {
  const code = await createEnrolmentCode(db, tenantId, codeTtlMs);
  if (!code) throw new Error(`No tenant ${tenantId}.`);
  return code;
}

export async function revoke(db: Db, deviceId: string) {
  const result = await revokeDevice(db, deviceId);
  if (!result) throw new Error(`No device ${deviceId}.`);
  return { deviceId, tenantId: result.tenantId, revoked: true };
}

export { listDevices, listTenants, purgeExpired };
