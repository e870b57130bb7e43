/** Turns a host's token endpoint URL into the SDK's `getToken`. */

/**
 * A `getToken` that POSTs to `url` (resolved against the page, cookies sent to the same origin) and reads
 * the token from a JSON `{ "token": "…" }` answer or from a plain-text one.
 */
export function tokenFromUrl(url: string): () => Promise<string> {
  const endpoint = new URL(url, document.baseURI).href;
  return async () => {
    const response = await fetch(endpoint, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json, text/plain' } });
    if (!response.ok) throw new Error(`The token endpoint ${endpoint} answered ${response.status}`);
    const body = await response.text();
    if (!(response.headers.get('content-type') ?? '').includes('json')) return body.trim();
    const token: unknown = (JSON.parse(body) as { token?: unknown }).token;
    if (typeof token !== 'string' || token === '') throw new Error(`The token endpoint ${endpoint} answered JSON without a "token" string`);
    return token;
  };
}
