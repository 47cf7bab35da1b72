import { describe, expect, it } from 'vitest';
import { RelayError } from '../relay-client/relay-http';
import { explainEnrolFailure } from './enrol-errors';

const URL_ = 'https://relay.example';
const explain = (error: unknown) => explainEnrolFailure(error, URL_);

describe('explainEnrolFailure', () => {
  it('says a refused code is unknown, expired or used, and what to do', () => {
    for (const status of [401, 403, 410]) {
      expect(explain(new RelayError(status, 'nope'))).toMatch(
        /unknown, expired or already used\. Ask the relay administrator for a new one\./,
      );
    }
  });

  it('says how long to wait when rate-limited (rounded up, 60 s by default)', () => {
    expect(explain(new RelayError(429, 'slow down', undefined, 12.2))).toMatch(/wait 13 seconds/);
    expect(explain(new RelayError(429, 'slow down'))).toMatch(/wait 60 seconds/);
  });

  it('passes on the relay’s reason for a bad request', () => {
    expect(explain(new RelayError(400, 'deviceName is too long'))).toBe(
      'The relay refused the request: deviceName is too long',
    );
  });

  it('says the address is not a Couvert relay on 404 or an unexpected answer', () => {
    for (const error of [
      new RelayError(404, 'Not Found'),
      new RelayError(200, 'the answer is not JSON'),
      new RelayError(200, 'the answer does not match the contract'),
    ]) {
      expect(explain(error)).toBe(
        `${URL_} answered, but it is not a Couvert relay (or not this version). Check the address.`,
      );
    }
  });

  it('says the relay has a problem on 5xx, with the status', () => {
    expect(explain(new RelayError(503, 'down'))).toMatch(
      new RegExp(`^The relay at ${URL_} has a problem right now \\(503\\)\\. Try again`),
    );
  });

  it('passes on any other refusal', () => {
    expect(explain(new RelayError(409, 'device name taken'))).toBe(
      'The relay refused the enrolment: device name taken',
    );
  });

  it('says the relay did not answer on a timeout or abort', () => {
    for (const name of ['TimeoutError', 'AbortError']) {
      const error = new DOMException('timed out', name);
      expect(explain(error)).toMatch(/did not answer within 30 seconds\. Check the address/);
    }
  });

  it('says the relay could not be reached otherwise, even for non-errors', () => {
    for (const error of [
      new TypeError('fetch failed'),
      'weird',
      null,
      undefined,
      { status: 403 },
    ]) {
      expect(explain(error)).toBe(
        `Couvert could not reach the relay at ${URL_}. Check the address and this computer's internet connection.`,
      );
    }
  });
});
