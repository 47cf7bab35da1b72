/**
 * `shell.openExternal` is only ever called with a parsed https: URL whose host is on this list.
 * Anything else is refused and logged. The opener is injected so this is testable in Node.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'www.thefork.com',
  'manager.thefork.com',
  'docs.thefork.io',
  'www.zenchef.com',
  'app.zenchef.com',
  'www.formitable.com',
  'couvert.example',
];

const MAX_URL_LENGTH = 2048;

export function parseAllowedExternalUrl(
  raw: unknown,
  allowedHosts: readonly string[] = EXTERNAL_HOSTS,
): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  // Reject control characters and whitespace outright: browsers strip some of them while parsing.
  if (hasControlOrSpace(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.port !== '') return null;
  if (!allowedHosts.includes(url.hostname)) return null;
  return url;
}

export async function openExternalSafely(
  raw: unknown,
  deps: {
    open: (url: string) => Promise<void>;
    warn: (message: string, fields: Record<string, unknown>) => void;
  },
  allowedHosts: readonly string[] = EXTERNAL_HOSTS,
): Promise<boolean> {
  const url = parseAllowedExternalUrl(raw, allowedHosts);
  if (!url) {
    deps.warn('refused to open an external link', {
      url: typeof raw === 'string' ? raw.slice(0, 200) : typeof raw,
    });
    return false;
  }
  await deps.open(url.href);
  return true;
}

function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}
