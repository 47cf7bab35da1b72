import { isFormContentType, isJsonContentType, parseJson } from '../../common/body';
import { header, type SimResponse } from '../../common/http-types';
import type { PlatformRoute } from '../../common/platform';
import { TOKEN_PATH, type TheForkWorld } from '../world';

/** Auth0-style OAuth error body: `{"error":…,"error_description":…}`. */
function oauthError(status: number, error: string, description: string): SimResponse {
  return { status, body: { error, error_description: description } };
}

function basicCredentials(value: string | undefined): { id: string; secret: string } | null {
  if (!value?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(value.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return {
    id: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}

function fieldsOf(value: unknown): Record<string, string> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** `POST /oauth/token`: client-credentials grant (form-encoded or JSON, like Auth0). */
export function tokenRoute(world: () => TheForkWorld): PlatformRoute {
  return {
    method: 'POST',
    pattern: TOKEN_PATH,
    auth: false,
    handler: async ({ req }) => {
      const text = (await req.body()).toString('utf8');
      const contentType = header(req, 'content-type');
      let fields: Record<string, string> | null;
      if (isFormContentType(contentType)) {
        fields = Object.fromEntries(new URLSearchParams(text));
      } else if (isJsonContentType(contentType)) {
        const parsed = parseJson(text);
        fields = parsed.ok ? fieldsOf(parsed.value) : null;
        if (fields === null) return oauthError(400, 'invalid_request', 'Invalid JSON body');
      } else {
        return oauthError(
          400,
          'invalid_request',
          'Content-Type must be application/x-www-form-urlencoded or application/json',
        );
      }
      const { credentials, tokens, clock } = world();
      const grantType = fields.grant_type;
      if (!grantType)
        return oauthError(400, 'invalid_request', 'Missing required parameter: grant_type');
      if (grantType !== 'client_credentials') {
        return oauthError(
          403,
          'unauthorized_client',
          `Grant type '${grantType}' not allowed for the client.`,
        );
      }
      const basic = basicCredentials(header(req, 'authorization'));
      const clientId = basic?.id ?? fields.client_id;
      const clientSecret = basic?.secret ?? fields.client_secret;
      if (!clientId) return oauthError(401, 'access_denied', 'Unauthorized');
      if (clientId !== credentials.clientId || clientSecret !== credentials.clientSecret) {
        return oauthError(401, 'access_denied', 'Unauthorized');
      }
      const audience = fields.audience;
      if (!audience) {
        return oauthError(
          403,
          'access_denied',
          'No audience parameter was provided, and no default audience has been configured',
        );
      }
      if (audience !== credentials.audience) {
        return oauthError(403, 'access_denied', `Service not enabled within domain: ${audience}`);
      }
      const issued = tokens.issue(clientId, clock.now());
      return {
        status: 200,
        headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
        body: {
          access_token: issued.accessToken,
          expires_in: issued.expiresIn,
          token_type: 'Bearer',
        },
      };
    },
  };
}
