import { createHash, randomBytes } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** Crockford's alphabet: no I, L, O, U, easy to read aloud and to type. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomChars(alphabet: string, length: number): string {
  // 32-letter alphabets: 5 bits per byte keep the draw uniform.
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % 32] ?? '';
  return out;
}

export const newTenantId = () => `t_${randomChars(BASE32, 20)}`;
export const newDeviceId = () => `d_${randomChars(BASE32, 20)}`;
export const newSecretId = () => `s_${randomChars(BASE32, 20)}`;

/** 32 random bytes; only its SHA-256 is stored at the relay. */
export const newDeviceToken = () => `cvt_${randomBytes(32).toString('base64url')}`;

/** 16 characters (80 bits) shown as XXXX-XXXX-XXXX-XXXX. */
export function newEnrolmentCode(): string {
  const raw = randomChars(CODE_ALPHABET, 16);
  return raw.match(/.{4}/g)?.join('-') ?? raw;
}

/** What a person may type: lower case, spaces, dashes, O for 0 and I/L for 1. */
export function normalizeEnrolmentCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export const sha256Hex = (value: string | Buffer) =>
  createHash('sha256').update(value).digest('hex');

export const hashToken = (token: string) => sha256Hex(token);
export const hashEnrolmentCode = (code: string) => sha256Hex(normalizeEnrolmentCode(code));

/** A random URL-safe secret, for the secrets the relay chooses itself (TheFork, Lightspeed). */
export const newUrlSecret = () => randomBytes(24).toString('base64url');
/** A Standard Webhooks signing secret: whsec_ + base64 of 32 random bytes. */
export const newStandardWebhooksSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
