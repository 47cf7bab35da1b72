import { safeEqual } from './constant-time';
import { accept, reject, type IncomingHook, type Verdict } from './verdict';

/** TheFork signs nothing: the URL we gave it carries a secret `token` query parameter. */
export function verifyTheFork(hook: IncomingHook, tokens: readonly string[]): Verdict {
  const token = hook.query('token');
  if (!token) return reject('Missing the token query parameter of this webhook URL.');
  let ok = false;
  for (const expected of tokens) ok = safeEqual(token, expected) || ok;
  return ok ? accept() : reject('The token in the webhook URL does not match.');
}
