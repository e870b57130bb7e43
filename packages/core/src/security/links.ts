/**
 * Finds the links in free text: `https://…` and `http://…` URLs, and bare domains such as
 * `www.shop.com`, `shop.com/coins` or `tiktok-coins.shop`. One pass over whitespace-separated tokens.
 */

/** A host named in the text. */
export interface TextLink {
  /** The host as the browser resolves it: lowercase ASCII, internationalized labels as `xn--` punycode. */
  host: string;
  /** The host as written (NFKC, lowercase), where lookalike characters are still visible. */
  displayHost: string;
  /** Whether any mention of the host used plain `http://`. */
  insecure: boolean;
}

// Bare domains need a believable top-level domain, or "e.g." and "1.000" would be links: any two-letter
// country code, `xn--` IDN TLDs, and the generic TLDs that storefronts (and fake ones) use most.
const GENERIC_TLDS = new Set([
  'com', 'net', 'org', 'info', 'biz', 'xyz', 'top', 'shop', 'store', 'online', 'site', 'club', 'vip', 'fun',
  'app', 'dev', 'live', 'stream', 'games', 'game', 'link', 'click', 'buzz', 'icu', 'cyou', 'sbs', 'lol', 'pro',
  'tech', 'space', 'website', 'mobi', 'life', 'world', 'today', 'gift', 'gifts', 'sale', 'deals', 'cash',
  'money', 'best', 'win', 'bid', 'work', 'page', 'blog', 'digital', 'zone', 'social', 'test', 'example',
]);

const LEADING_PUNCTUATION = new Set(['(', '<', '[', '{', '"', "'", '“', '‘', '«', '¿', '¡']);
const TRAILING_PUNCTUATION = new Set([')', '>', ']', '}', '"', "'", '”', '’', '»', '.', ',', '!', '?', ';', ':', '…']);
// A URL's host is at its start; anything longer is not worth parsing further.
const MAX_TOKEN_LENGTH = 2048;
const LABEL = /^[\p{L}\p{N}\p{M}-]{1,63}$/u;
const SCHEME = /^(https?):\/\//i;

function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && LEADING_PUNCTUATION.has(token[start] as string)) start += 1;
  while (end > start && TRAILING_PUNCTUATION.has(token[end - 1] as string)) end -= 1;
  return token.slice(start, end);
}

/** The host a token names, with its scheme when it has one, or null when the token is not a link. */
function parseToken(raw: string): { displayHost: string; scheme: string | null } | null {
  const token = trimPunctuation(raw.slice(0, MAX_TOKEN_LENGTH));
  const scheme = SCHEME.exec(token)?.[1]?.toLowerCase() ?? null;
  if (scheme === null && token.includes('://')) return null;
  const rest = scheme === null ? token : token.slice(scheme.length + 3);
  let authority = rest.split(/[/?#\\]/, 1)[0] ?? '';
  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    // `https://tiktok.com@evil.shop` goes to evil.shop; a bare `name@host` is an e-mail address.
    if (scheme === null) return null;
    authority = authority.slice(at + 1);
  }
  authority = authority.replace(/:\d{0,5}$/, '');
  const displayHost = authority.normalize('NFKC').toLowerCase().replace(/[。｡]/g, '.').replace(/\.$/, '');
  if (displayHost.length === 0 || displayHost.length > 253) return null;
  const labels = displayHost.split('.');
  if (!labels.every((label) => LABEL.test(label))) return null;
  if (scheme === null) {
    const tld = labels[labels.length - 1] as string;
    const believable = GENERIC_TLDS.has(tld) || /^[a-z]{2}$/.test(tld) || tld.startsWith('xn--');
    if (labels.length < 2 || !believable) return null;
  }
  return { displayHost, scheme };
}

function asciiHost(displayHost: string): string | null {
  try {
    // The URL parser applies IDNA, so Unicode labels come out as the punycode the browser would visit.
    return new URL(`http://${displayHost}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * Every distinct host named in `text`, in order of first mention.
 *
 * @example findLinks('buy at https://tiktok-coins.shop/now') // [{ host: 'tiktok-coins.shop', … }]
 */
export function findLinks(text: string): TextLink[] {
  const links = new Map<string, TextLink>();
  for (const match of text.matchAll(/\S+/g)) {
    const parsed = parseToken(match[0]);
    if (parsed === null) continue;
    const host = asciiHost(parsed.displayHost);
    if (host === null) continue;
    const insecure = parsed.scheme === 'http';
    const known = links.get(host);
    if (known === undefined) links.set(host, { host, displayHost: parsed.displayHost, insecure });
    else if (insecure) known.insecure = true;
  }
  return [...links.values()];
}
