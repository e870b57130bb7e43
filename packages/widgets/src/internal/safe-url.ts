/** The gate every server- or host-supplied URL passes before it reaches `src`, `href` or `location`. */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns `url` normalized when it is `https:` (or `http:` on localhost/127.0.0.1) and, when
 * `allowedOrigins` is given, on one of those origins; `null` for anything else, so `javascript:`, `data:`
 * and relative or malformed URLs never reach the DOM.
 *
 * @example
 * safeUrl('https://cdn.example/rose.png'); // 'https://cdn.example/rose.png'
 * safeUrl('javascript:alert(1)'); // null
 */
export function safeUrl(url: string | null | undefined, allowedOrigins?: readonly string[]): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const secure = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname));
  if (!secure) return null;
  if (allowedOrigins && !allowedOrigins.some((origin) => sameOrigin(origin, parsed.origin))) return null;
  return parsed.href;
}

function sameOrigin(candidate: string, origin: string): boolean {
  try {
    return new URL(candidate).origin === origin;
  } catch {
    return false;
  }
}
