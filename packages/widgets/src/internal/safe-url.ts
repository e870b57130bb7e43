/** The gate every server- or host-supplied URL passes before it reaches `src`, `href` or `location`. */

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns `url` normalized when it is `https:` (or `http:` on localhost/127.0.0.1) and, when
 * `allowedOrigins` is given, on one of those origins; `null` for anything else, so `javascript:`, `data:`
 * and relative or malformed URLs never reach the DOM. A `Set` is taken to hold normalized origins
 * (see {@link originsOf}) and is looked up rather than parsed entry by entry.
 *
 * @example
 * safeUrl('https://cdn.example/rose.png'); // 'https://cdn.example/rose.png'
 * safeUrl('javascript:alert(1)'); // null
 * safeUrl('https://cdn.example/rose.png', ['https://wallet.example']); // null
 */
export function safeUrl(url: string | null | undefined, allowedOrigins?: readonly string[] | ReadonlySet<string>): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const secure = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname));
  if (!secure) return null;
  if (allowedOrigins && !isAllowed(allowedOrigins, parsed.origin)) return null;
  return parsed.href;
}

function isAllowed(allowed: readonly string[] | ReadonlySet<string>, origin: string): boolean {
  if (allowed instanceof Set) return allowed.has(origin);
  return (allowed as readonly string[]).some((candidate) => sameOrigin(candidate, origin));
}

function sameOrigin(candidate: string, origin: string): boolean {
  try {
    return new URL(candidate).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The origins of `entries` (`https://cdn.example/gifts` gives `https://cdn.example`), ready for
 * {@link safeUrl}, and the entries that name no origin (not an absolute URL, or an opaque one such as
 * `data:`), so that a caller can say which ones it ignored.
 *
 * @example
 * originsOf(['https://cdn.example/gifts', 'cdn.example']); // { origins: Set {'https://cdn.example'}, invalid: ['cdn.example'] }
 */
export function originsOf(entries: Iterable<string | null | undefined>): { origins: Set<string>; invalid: string[] } {
  const origins = new Set<string>();
  const invalid: string[] = [];
  for (const entry of entries) {
    if (!entry) continue;
    let origin = 'null';
    try {
      origin = new URL(entry).origin;
    } catch {
      // not an absolute URL: reported below
    }
    if (origin === 'null') invalid.push(entry);
    else origins.add(origin);
  }
  return { origins, invalid };
}

/**
 * The Lit attribute converter of the widgets' origin lists (`official-origins`, `checkout-origins`,
 * `image-origins`): `"https://a.example https://b.example"` ⇄ `['https://a.example', 'https://b.example']`.
 */
export const originList = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(' '),
};
