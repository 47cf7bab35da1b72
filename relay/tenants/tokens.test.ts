import { describe, expect, it } from 'vitest';
import { tenantIdSchema, deviceIdSchema } from '../../shared/relay/common';
import {
  hashEnrolmentCode,
  hashToken,
  newDeviceId,
  newDeviceToken,
  newEnrolmentCode,
  newTenantId,
  normalizeEnrolmentCode,
} from './tokens';

describe('ids, tokens and codes', () => {
  it('makes ids that match the contract, and distinct tokens of 32 random bytes', () => {
    expect(tenantIdSchema.safeParse(newTenantId()).success).toBe(true);
    expect(deviceIdSchema.safeParse(newDeviceId()).success).toBe(true);
    const a = newDeviceToken();
    expect(a).toMatch(/^cvt_[A-Za-z0-9_-]{43}$/);
    expect(newDeviceToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts codes typed loosely (case, spaces, O for 0, I or L for 1)', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(hashEnrolmentCode(code.toLowerCase().replaceAll('-', ' '))).toBe(
      hashEnrolmentCode(code),
    );
    expect(normalizeEnrolmentCode('ab1o-il')).toBe('AB1011');
  });
});
