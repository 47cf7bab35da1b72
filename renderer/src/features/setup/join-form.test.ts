import { describe, expect, it } from 'vitest';
import {
  checkJoinForm,
  classifyRefusal,
  refusalAfterEdit,
  refusalWords,
  visibleErrors,
  type JoinField,
  type JoinForm,
} from './join-form';

const good: JoinForm = {
  relayUrl: ' https://relay.example.com ',
  code: ' 7KQ2-M9XD-4HTR-PW3C ',
  deviceName: ' Front desk ',
};

describe('checking the join form with the contract schema', () => {
  it('accepts a good form and sends it trimmed', () => {
    expect(checkJoinForm(good)).toEqual({
      ok: true,
      value: {
        relayUrl: 'https://relay.example.com',
        code: '7KQ2-M9XD-4HTR-PW3C',
        deviceName: 'Front desk',
      },
    });
    expect(checkJoinForm({ ...good, relayUrl: 'http://127.0.0.1:8787' }).ok).toBe(true);
  });

  it('says what is missing, field by field', () => {
    expect(checkJoinForm({ relayUrl: '', code: '  ', deviceName: '\t' })).toEqual({
      ok: false,
      errors: {
        relayUrl: 'relayUrl.missing',
        code: 'code.missing',
        deviceName: 'deviceName.missing',
      },
    });
  });

  it('refuses addresses that are not http(s), carry a password or are not addresses', () => {
    for (const relayUrl of [
      'relay.example.com',
      'ftp://relay.example.com',
      'javascript:alert(1)',
      'https://user:pw@relay.example.com',
      'https://',
      'file:///etc/passwd',
    ]) {
      expect(checkJoinForm({ ...good, relayUrl })).toEqual({
        ok: false,
        errors: { relayUrl: 'relayUrl.format' },
      });
    }
  });

  it('refuses too long values with their own sentence', () => {
    expect(checkJoinForm({ ...good, relayUrl: `https://r.example/${'a'.repeat(2100)}` })).toEqual({
      ok: false,
      errors: { relayUrl: 'relayUrl.tooLong' },
    });
    expect(checkJoinForm({ ...good, code: 'A'.repeat(129) })).toEqual({
      ok: false,
      errors: { code: 'code.tooLong' },
    });
    expect(checkJoinForm({ ...good, code: 'ABC' })).toEqual({
      ok: false,
      errors: { code: 'code.missing' },
    });
    expect(checkJoinForm({ ...good, deviceName: 'x'.repeat(81) })).toEqual({
      ok: false,
      errors: { deviceName: 'deviceName.tooLong' },
    });
  });
});

describe('errors while typing', () => {
  const errors = checkJoinForm({ relayUrl: 'nope', code: '', deviceName: '' });
  if (errors.ok) throw new Error('expected errors');

  it('shows nothing for fields not left yet', () => {
    expect(visibleErrors(errors.errors, new Set(), false)).toEqual({});
  });

  it('shows the fields already left, and everything after a send', () => {
    expect(visibleErrors(errors.errors, new Set<JoinField>(['relayUrl']), false)).toEqual({
      relayUrl: 'relayUrl.format',
    });
    expect(visibleErrors(errors.errors, new Set(), true)).toEqual(errors.errors);
  });
});

describe('refusals of the desk', () => {
  const rejected = (message: string) => classifyRefusal({ code: 'rejected', message });

  it('puts an unknown or expired code next to the code', () => {
    expect(
      rejected(
        'This enrolment code is unknown, expired or already used. Ask for a new one (relay:admin enrolment-code).',
      ),
    ).toMatchObject({ kind: 'codeRefused', field: 'code' });
    expect(rejected('The relay refused the code: it has expired.')).toMatchObject({
      kind: 'codeRefused',
      field: 'code',
    });
  });

  it('puts an unreachable relay next to the address', () => {
    for (const message of [
      'The relay at http://127.0.0.1:9 is unreachable: check the address.',
      'Could not reach the relay at https://relay.example.com (fetch failed).',
      'The relay did not answer within 30 seconds.',
      'connect ECONNREFUSED 127.0.0.1:9',
    ]) {
      expect(rejected(message)).toMatchObject({ kind: 'unreachable', field: 'relayUrl' });
    }
  });

  it('recognises an address that is not a relay and a rate limit', () => {
    expect(rejected('https://example.com is not a Couvert relay.')).toMatchObject({
      kind: 'notRelay',
      field: 'relayUrl',
    });
    expect(rejected('Too many enrolment attempts: try again in a minute.')).toMatchObject({
      kind: 'tooManyTries',
      field: null,
    });
  });

  it('keeps any other sentence as it is, by the field it names or under the form', () => {
    expect(rejected('The desk name is already taken on this relay.')).toEqual({
      kind: 'other',
      field: 'deviceName',
      detail: 'The desk name is already taken on this relay.',
    });
    expect(rejected('This desk is already enrolled.')).toEqual({
      kind: 'other',
      field: null,
      detail: 'This desk is already enrolled.',
    });
    expect(rejected('')).toMatchObject({ kind: 'other', field: null });
  });

  it("places the desk's own sentences (main/runtime/enrol-errors.ts)", () => {
    const url = 'http://127.0.0.1:4290';
    expect(
      rejected(
        'This enrolment code is unknown, expired or already used. Ask the relay administrator for a new one.',
      ),
    ).toMatchObject({ kind: 'codeRefused', field: 'code' });
    expect(
      rejected('Too many attempts from this computer: wait 60 seconds and try again.'),
    ).toMatchObject({ kind: 'tooManyTries', field: null });
    expect(
      rejected(
        `${url} answered, but it is not a Couvert relay (or not this version). Check the address.`,
      ),
    ).toMatchObject({ kind: 'notRelay', field: 'relayUrl' });
    expect(
      rejected(
        `The relay at ${url} has a problem right now (502). Try again in a few minutes, or work standalone meanwhile.`,
      ),
    ).toMatchObject({ kind: 'other', field: 'relayUrl' });
    expect(
      rejected(
        `The relay at ${url} did not answer within 30 seconds. Check the address and this computer's internet connection.`,
      ),
    ).toMatchObject({ kind: 'unreachable', field: 'relayUrl' });
    expect(
      rejected(
        `Couvert could not reach the relay at ${url}. Check the address and this computer's internet connection.`,
      ),
    ).toMatchObject({ kind: 'unreachable', field: 'relayUrl' });
  });

  it('treats other error codes as a failure of the desk, not a refusal', () => {
    expect(classifyRefusal({ code: 'internal', message: 'setup is not wired' })).toEqual({
      kind: 'failed',
      field: null,
      detail: 'setup is not wired',
    });
    expect(
      classifyRefusal({ code: 'unavailable', message: 'the relay code path is unknown' }),
    ).toMatchObject({ kind: 'failed', field: null });
  });

  it('clears a refusal only when its own field is edited', () => {
    const refusal = rejected('This enrolment code is unknown.');
    expect(refusalAfterEdit(refusal, 'relayUrl')).toBe(refusal);
    expect(refusalAfterEdit(refusal, 'code')).toBeNull();
    expect(refusalAfterEdit(null, 'code')).toBeNull();
  });
});

describe('the words of a refusal', () => {
  const code = classifyRefusal({ code: 'rejected', message: 'This enrolment code is unknown.' });
  const other = classifyRefusal({ code: 'rejected', message: 'This desk is already enrolled.' });
  const failed = classifyRefusal({ code: 'internal', message: 'boom' });

  it("shows the desk's English sentence as it is to an English desk", () => {
    expect(refusalWords(code, 'en')).toEqual({ kind: 'detail' });
    expect(refusalWords(other, 'en')).toEqual({ kind: 'detail' });
  });

  it('translates the kinds it knows for a French desk, keeping the detail', () => {
    expect(refusalWords(code, 'fr')).toEqual({
      kind: 'sentence',
      key: 'codeRefused',
      withDetail: true,
    });
    expect(refusalWords(other, 'fr')).toEqual({ kind: 'detail' });
  });

  it('always says what to do when the desk failed', () => {
    for (const locale of ['en', 'fr'])
      expect(refusalWords(failed, locale)).toEqual({
        kind: 'sentence',
        key: 'failed',
        withDetail: true,
      });
  });
});
