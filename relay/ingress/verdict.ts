import type { Scheme } from './platforms';

export interface ConfiguredSecret {
  id: string;
  scheme: Scheme;
  secret: string;
  /** Square signs the notification URL exactly as registered. */
  notificationUrl: string | null;
}

export interface IncomingHook {
  header(name: string): string | undefined;
  query(name: string): string | undefined;
  body: Buffer;
  nowSeconds: number;
}

export type Verdict = { ok: true; eventId: string | null } | { ok: false; reason: string };

export const reject = (reason: string): Verdict => ({ ok: false, reason });
export const accept = (eventId: string | null = null): Verdict => ({ ok: true, eventId });
