export interface FetchResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined when the answer is empty or not JSON (see `text`). */
  body: unknown;
  text: string;
}

/** fetch() that always reads the whole answer, for assertions on status, headers and body. */
export async function fetchJson(url: string, init: RequestInit = {}): Promise<FetchResult> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (e.g. a text/plain answer): callers read `text`.
  }
  return { status: response.status, headers: response.headers, body, text };
}
