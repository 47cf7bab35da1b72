/**
 * The small ports that main/index.ts builds from Electron (and the browser host builds from Node)
 * and hands to plain modules. Nothing here imports Electron at runtime.
 */

export interface Clock {
  now: () => Date;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug: (message: string, fields?: Record<string, unknown>) => void;
  info: (message: string, fields?: Record<string, unknown>) => void;
  warn: (message: string, fields?: Record<string, unknown>) => void;
  error: (message: string, fields?: Record<string, unknown>) => void;
  child: (fields: Record<string, unknown>) => Logger;
}

export interface SecretBox {
  readonly kind: 'os-keychain' | 'local-key-file' | 'unavailable';
  /** A sentence for the person: where secrets go and how well they are protected. */
  describe(): Promise<string>;
  available(): Promise<boolean>;
  seal(plain: string): Promise<string>;
  /** `resealed` is set when the OS asks for the secret to be encrypted again. */
  open(sealed: string): Promise<{ plain: string; resealed?: string }>;
}

/** The subset of Electron's IpcMainInvokeEvent the handlers rely on. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcRegistrar {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, request: unknown) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export interface WindowFactory {
  createMainWindow(): Promise<void>;
  focusMainWindow(): void;
}
