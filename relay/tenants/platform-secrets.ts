import type { Db } from '../db/db-port';
import { notifyConfig } from '../feed/change-hub';
import { decodeWhsec } from '../ingress/standard-webhooks';
import type { ConfiguredSecret } from '../ingress/verdict';
import { defaultScheme, webhookPath, type Scheme } from '../ingress/platforms';
import { newSecretId, newStandardWebhooksSecret, newUrlSecret } from './tokens';

/**
 * Webhook secrets per tenant and platform. They must be usable (HMAC keys), so they are stored
 * as given: access to the database is access to them (see relay/README.md).
 */
export function generateSecret(scheme: Scheme): string {
  switch (scheme) {
    case 'standard-webhooks':
      return newStandardWebhooksSecret();
    case 'basic':
      return `couvert:${newUrlSecret()}`;
    case 'square-hmac':
      throw new Error('Square chooses the signature key: pass it with --secret.');
    default:
      return newUrlSecret();
  }
}

/** A sentence when the secret cannot work with its scheme, else null. */
export function checkSecret(scheme: Scheme, secret: string): string | null {
  if (scheme === 'standard-webhooks' && !decodeWhsec(secret))
    return 'A Standard Webhooks secret is whsec_ followed by base64 of 24 to 64 bytes.';
  if (scheme === 'basic' && !/^[^:]+:.+$/.test(secret))
    return 'A Basic credential is given as user:password.';
  if ((scheme === 'url-token' || scheme === 'bearer') && secret.length < 16)
    return 'Use at least 16 characters for a token.';
  if (secret.length === 0 || secret.length > 1024)
    return 'The secret must be 1 to 1024 characters.';
  return null;
}

export async function addPlatformSecret(
  db: Db,
  input: {
    tenantId: string;
    platform: string;
    scheme?: Scheme;
    secret?: string;
    publicUrl: string;
    /** Remove the platform's other secrets (otherwise both work: rotation). */
    replace?: boolean;
  },
): Promise<{ secretId: string; scheme: Scheme; secret: string; notificationUrl: string | null }> {
  const scheme = input.scheme ?? defaultScheme(input.platform);
  const secret = input.secret ?? generateSecret(scheme);
  const problem = checkSecret(scheme, secret);
  if (problem) throw new Error(problem);
  const notificationUrl =
    scheme === 'square-hmac'
      ? `${input.publicUrl.replace(/\/+$/, '')}${webhookPath(input.tenantId, input.platform)}`
      : null;
  const secretId = newSecretId();
  await db.transaction(async (tx) => {
    if (input.replace)
      await tx.query('DELETE FROM platform_secrets WHERE tenant_id = $1 AND platform = $2', [
        input.tenantId,
        input.platform,
      ]);
    await tx.query(
      `INSERT INTO platform_secrets (id, tenant_id, platform, scheme, secret, notification_url)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [secretId, input.tenantId, input.platform, scheme, secret, notificationUrl],
    );
    await notifyConfig(tx, { kind: 'secrets', tenantId: input.tenantId });
  });
  return { secretId, scheme, secret, notificationUrl };
}

export async function listPlatformSecrets(
  db: Pick<Db, 'query'>,
  tenantId: string,
  platform: string,
): Promise<ConfiguredSecret[]> {
  const rows = await db.query<{
    id: string;
    scheme: Scheme;
    secret: string;
    notification_url: string | null;
  }>(
    `SELECT id, scheme, secret, notification_url FROM platform_secrets
      WHERE tenant_id = $1 AND platform = $2 ORDER BY created_at DESC`,
    [tenantId, platform],
  );
  return rows.map((r) => ({
    id: r.id,
    scheme: r.scheme,
    secret: r.secret,
    notificationUrl: r.notification_url,
  }));
}

export async function listConfiguredPlatforms(db: Db, tenantId: string) {
  return db.query<{ platform: string; scheme: Scheme; secrets: number }>(
    `SELECT platform, min(scheme) AS scheme, count(*)::int AS secrets FROM platform_secrets
      WHERE tenant_id = $1 GROUP BY platform ORDER BY platform`,
    [tenantId],
  );
}
