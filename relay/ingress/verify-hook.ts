import { verifyLightspeed } from './lightspeed';
import { verifySquare } from './square';
import { verifyStandardWebhook } from './standard-webhooks';
import { verifyTheFork } from './thefork';
import { reject, type ConfiguredSecret, type IncomingHook, type Verdict } from './verdict';

/**
 * Checks a delivery against every secret configured for the tenant's platform. A platform may
 * have several (rotation), and even several schemes; any one that matches makes it authentic.
 */
export function verifyHook(hook: IncomingHook, secrets: readonly ConfiguredSecret[]): Verdict {
  const of = (scheme: ConfiguredSecret['scheme']) => secrets.filter((s) => s.scheme === scheme);
  let first: Verdict | null = null;
  const attempts: (() => Verdict)[] = [];
  if (of('standard-webhooks').length > 0)
    attempts.push(() =>
      verifyStandardWebhook(
        hook,
        of('standard-webhooks').map((s) => s.secret),
      ),
    );
  if (of('square-hmac').length > 0) attempts.push(() => verifySquare(hook, of('square-hmac')));
  if (of('url-token').length > 0)
    attempts.push(() =>
      verifyTheFork(
        hook,
        of('url-token').map((s) => s.secret),
      ),
    );
  const credentials = secrets.flatMap((s) =>
    s.scheme === 'basic' || s.scheme === 'bearer' ? [{ scheme: s.scheme, secret: s.secret }] : [],
  );
  if (credentials.length > 0) attempts.push(() => verifyLightspeed(hook, credentials));
  for (const attempt of attempts) {
    const verdict = attempt();
    if (verdict.ok) return verdict;
    first ??= verdict;
  }
  return first ?? reject('No secret is configured for this webhook endpoint.');
}
