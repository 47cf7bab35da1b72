import { RelayError } from '../relay-client/relay-http';

/** Turns a failed enrolment into a sentence the person can act on. */
export function explainEnrolFailure(error: unknown, relayUrl: string): string {
  if (error instanceof RelayError) {
    if (error.status === 403 || error.status === 401 || error.status === 410) {
      return 'This enrolment code is unknown, expired or already used. Ask the relay administrator for a new one.';
    }
    if (error.status === 429) {
      const wait = error.retryAfterSeconds ?? 60;
      return `Too many attempts from this computer: wait ${String(Math.ceil(wait))} seconds and try again.`;
    }
    if (error.status === 400) {
      return `The relay refused the request: ${error.reason}`;
    }
    if (
      error.status === 404 ||
      error.reason.includes('not JSON') ||
      error.reason.includes('contract')
    ) {
      return `${relayUrl} answered, but it is not a Couvert relay (or not this version). Check the address.`;
    }
    if (error.status >= 500) {
      return `The relay at ${relayUrl} has a problem right now (${String(error.status)}). Try again in a few minutes, or work standalone meanwhile.`;
    }
    return `The relay refused the enrolment: ${error.reason}`;
  }
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `The relay at ${relayUrl} did not answer within 30 seconds. Check the address and this computer's internet connection.`;
  }
  return `Couvert could not reach the relay at ${relayUrl}. Check the address and this computer's internet connection.`;
}
