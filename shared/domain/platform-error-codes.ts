/**
 * The codes of platform failures the connectors write into sync logs and platform configs
 * (main/sync/http/platform-errors.ts), which the screens turn into sentences of their own.
 */
export const PLATFORM_ERROR_CODES = [
  'authentication',
  'rate_limited',
  'slot_unavailable',
  'validation',
  'not_found',
  'network',
  'server',
  'unexpected_response',
  'circuit_open',
  'unsupported',
] as const;
export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number];

export function isPlatformErrorCode(code: string | undefined): code is PlatformErrorCode {
  return (PLATFORM_ERROR_CODES as readonly string[]).includes(code ?? '');
}
