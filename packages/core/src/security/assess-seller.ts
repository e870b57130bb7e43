/**
 * Warns viewers about unofficial coin sellers: reads a link or a chat message and says how risky it
 * looks, and why. Heuristics in English, Spanish and Portuguese; linear in the length of the input.
 */
import { currencyExponent } from '@giftkit/contract';
import type { Money } from '@giftkit/contract';
import { findLinks } from './links.js';
import type { TextLink } from './links.js';
import { confusableSkeleton, editDistance, substringDistance } from './lookalike.js';
import { findQuotedRates } from './quoted-rate.js';

/** Why a link or message looks like an unofficial seller. */
export interface SellerRiskReason {
  code:
    | 'unofficial_origin'
    | 'lookalike_domain'
    | 'punycode_domain'
    | 'cheap_coins_wording'
    | 'below_official_price'
    | 'credential_request'
    | 'insecure_url';
  /** One English sentence for the viewer, plain text. */
  message: string;
  /** What triggered it (a host, a phrase, a quoted price), plain text taken from the input. */
  detail?: string;
}

/** How risky a link or message looks, and every reason found (one per code). */
export interface SellerAssessment {
  /**
   * `none`: nothing found. `low`: one weak signal (an unofficial or `http:` link).
   * `medium`: cheap-coin wording, a price far below the official one, or two weak signals.
   * `high`: a lookalike or punycode domain, a request for a password or code, or cheap wording or a
   * too-low price together with an unofficial link.
   */
  level: 'none' | 'low' | 'medium' | 'high';
  /** Most serious first. */
  reasons: SellerRiskReason[];
}

/** What {@link assessSeller} compares the input with. */
export interface SellerContext {
  /**
   * Origins where coins are officially sold, such as `https://www.tiktok.com`. A host is official when it
   * is one of these hosts or a subdomain of one (a leading `www.` is dropped first, so
   * `https://www.tiktok.com` also makes `tiktok.com` and `m.tiktok.com` official). Their brand names
   * (`tiktok`) are what lookalike domains are checked against. Throws a `TypeError` for a non-URL.
   */
  officialOrigins: readonly string[];
  /** The official best rate; quotes more than 10% cheaper per coin are flagged. */
  bestRate?: { coins: number; price: Money };
  /** More brand names to protect from lookalikes, besides those of `officialOrigins`. */
  brands?: readonly string[];
}

type Code = SellerRiskReason['code'];

const MESSAGES: Record<Code, string> = {
  lookalike_domain: 'The address imitates the name of an official site.',
  punycode_domain: 'The address uses international characters, which can disguise a fake site.',
  credential_request: 'The message asks for a password or a verification code. Never share them with anyone.',
  below_official_price: 'The price is far below the official one: such offers are scams or use stolen cards.',
  cheap_coins_wording: 'The message promises free or cheap coins, which is how coin scams are advertised.',
  unofficial_origin: 'The link does not lead to an official place to buy coins.',
  insecure_url: 'The link does not use a secure (https) connection.',
};
const ORDER = Object.keys(MESSAGES) as Code[];
const STRONG = new Set<Code>(['lookalike_domain', 'punycode_domain', 'credential_request']);
const MODERATE = new Set<Code>(['below_official_price', 'cheap_coins_wording']);

// Words are compared after folding case and accents, so "GRÁTIS" and "gratis" are the same word.
const COIN_WORDS = new Set([
  'coin', 'coins', 'moneda', 'monedas', 'moeda', 'moedas', 'diamond', 'diamonds', 'diamante', 'diamantes',
  'recharge', 'recharges', 'recarga', 'recargas', 'topup',
]);
const TOPIC_WORDS = new Set([...COIN_WORDS, 'gift', 'gifts', 'regalo', 'regalos', 'presente', 'presentes', 'recargar', 'recarregar']);
const CHEAP_WORDS = new Set([
  'free', 'cheap', 'cheaper', 'cheapest', 'discount', 'discounted', 'hack', 'hacked', 'generator', 'unlimited',
  'glitch', 'gratis', 'barata', 'baratas', 'barato', 'baratos', 'descuento', 'generador', 'ilimitadas',
  'ilimitados', 'graca', 'desconto', 'gerador',
]);
const DISCOUNT_WORDS = new Set(['off', 'discount', 'descuento', 'desconto', 'dto']);
const MIN_SUSPICIOUS_DISCOUNT = 30;
const CREDENTIAL_WORDS = new Set([
  'password', 'passwords', 'passcode', 'pwd', '2fa', 'otp', 'credentials', 'contrasena', 'contrasenas', 'senha',
  'senhas', 'credenciales', 'credenciais',
]);
const CODE_WORDS = new Set(['code', 'codes', 'codigo', 'codigos']);
const CODE_QUALIFIERS = new Set([
  'verification', 'security', 'login', 'sms', '2fa', 'otp', 'time', 'access', 'auth', 'authentication',
  'confirmation', 'verificacion', 'verificacao', 'seguridad', 'seguranca', 'acceso', 'acesso', 'confirmacion',
  'confirmacao',
]);
const LOGIN_DETAILS = new Set(['details', 'info', 'information', 'data', 'datos', 'dados']);
const REQUEST_WORDS = new Set([
  'send', 'give', 'share', 'tell', 'dm', 'type', 'enter', 'provide', 'need', 'want', 'forward', 'text', 'your',
  'ur', 'envia', 'enviame', 'envie', 'manda', 'mandame', 'mande', 'dame', 'pasame', 'pasa', 'passa', 'passe',
  'necesito', 'preciso', 'dime', 'diga', 'informe', 'comparte', 'compartilhe', 'tu', 'su', 'sua', 'seu', 'teu', 'tua',
]);
const NEGATIONS = new Set(['never', 'dont', "don't", 'don’t', 'not', 'no', 'nunca', 'nao', 'jamais', 'jamas']);
// "send me your password": the ask comes within a few words before; a negation may open the sentence.
const REQUEST_WINDOW = 4;
const NEGATION_WINDOW = 6;
const NEAR = 3;

/** Lowercase, accent-free word, number and currency-symbol tokens; hyphens split words ("free-coins"). */
function wordsOf(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  // Each character is taken by exactly one branch and the look-ahead is one character: linear time.
  return folded.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’_]|[.,](?=\p{N}))*|[$€£¥=%]/gu) ?? [];
}

function within(words: readonly string[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i <= Math.min(to, words.length - 1); i += 1) {
    if (set.has(words[i] as string)) return true;
  }
  return false;
}

/** Cheap-coin wording: a cheap word near a coin word, or a big "% off" in a message about coins. */
function cheapWording(words: readonly string[], aboutCoins: boolean): string | null {
  let lastCheap = -Infinity;
  let lastCoin = -Infinity;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    if (CHEAP_WORDS.has(word)) lastCheap = i;
    if (COIN_WORDS.has(word)) lastCoin = i;
    if (lastCheap !== -Infinity && lastCoin !== -Infinity && Math.abs(lastCheap - lastCoin) <= NEAR && (lastCheap === i || lastCoin === i)) {
      return words.slice(Math.min(lastCheap, lastCoin), i + 1).join(' ');
    }
    if (aboutCoins && word === '%' && Number(words[i - 1]) >= MIN_SUSPICIOUS_DISCOUNT) {
      const discount = [i + 1, i + 2].find((k) => DISCOUNT_WORDS.has(words[k] ?? ''));
      if (discount !== undefined) return `${words[i - 1]}% ${words.slice(i + 1, discount + 1).join(' ')}`;
    }
  }
  return null;
}

/** The credential asked for, when a password or one-time code is requested (not merely mentioned). */
function credentialRequest(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const credential = CREDENTIAL_WORDS.has(word)
      || (CODE_WORDS.has(word) && within(words, i - 2, i + 2, CODE_QUALIFIERS))
      || ((word === 'login' || word === 'log') && within(words, i + 1, i + 2, LOGIN_DETAILS));
    if (!credential) continue;
    const asked = within(words, i - REQUEST_WINDOW, i - 1, REQUEST_WORDS);
    if (asked && !within(words, i - NEGATION_WINDOW, i - 1, NEGATIONS)) return words.slice(Math.max(0, i - REQUEST_WINDOW), i + 1).join(' ');
  }
  return null;
}

// Second-level labels under which a country's domains are registered (example.co.uk, example.com.br).
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ne', 'or', 'go']);

/** An official host, its registrable domain and brand, guessed without a public-suffix list. */
interface Official {
  host: string;
  domain: string;
  brand: string;
}

function official(origin: string): Official {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new TypeError(`officialOrigins: "${origin}" is not an absolute URL`);
  }
  const host = url.hostname.replace(/^www\./, '');
  const labels = host.split('.');
  const n = labels.length;
  const country = n >= 3 && (labels[n - 1] as string).length === 2 && GENERIC_SECOND_LEVEL.has(labels[n - 2] as string);
  const brandIndex = Math.max(0, n - (country ? 3 : 2));
  return { host, domain: labels.slice(brandIndex).join('.'), brand: labels[brandIndex] as string };
}

const under = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/** Whether a host outside every official domain borrows a brand name, exactly or almost. */
function imitates(link: TextLink, brands: readonly string[]): boolean {
  const labels = link.displayHost.split('.');
  const name = confusableSkeleton(labels.slice(labels[0] === 'www' ? 1 : 0, -1).join('.'));
  const pieces = name.split(/[.-]/);
  return brands.some((brand) => {
    const whole = brand.length >= 6 ? 2 : brand.length >= 4 ? 1 : 0;
    const embedded = brand.length >= 5 ? 1 : 0;
    return pieces.some((piece) => editDistance(piece, brand, whole) <= whole)
      || substringDistance(brand, name, embedded) <= embedded;
  });
}

/** Price per coin more than 10% below the best rate: q.units / 10^q.scale / q.coins < 0.9 × best rate. */
function belowRate(words: readonly string[], bestRate: { coins: number; price: Money }): string | null {
  const exponent = currencyExponent(bestRate.price.currency);
  for (const quote of findQuotedRates(words, bestRate.price)) {
    const quoted = quote.units * 10n ** BigInt(exponent) * BigInt(bestRate.coins) * 10n;
    const reference = 9n * BigInt(bestRate.price.amount) * 10n ** BigInt(quote.scale) * BigInt(quote.coins);
    if (quoted < reference) {
      const amount = quote.units.toString().padStart(quote.scale + 1, '0');
      const decimal = quote.scale === 0 ? amount : `${amount.slice(0, -quote.scale)}.${amount.slice(-quote.scale)}`;
      return `${quote.coins} coins for ${decimal} ${quote.currency}`;
    }
  }
  return null;
}

/**
 * Assesses a link or a chat message offering coins: lookalike and punycode domains, links outside the
 * official origins, "free/cheap coins" wording (English, Spanish, Portuguese), prices far below the
 * official rate, and requests for passwords or verification codes.
 *
 * A lone link (the whole input is one URL or domain) is always checked against the official origins.
 * In longer text, an unofficial link counts only when the text is about coins, recharges or gifts, so
 * that sharing an unrelated link in chat is not flagged. Lookalike and punycode domains count always.
 * Runs in time linear in the input (100 KB of chat is fine); it flags, it does not prove: show the
 * reasons, never block on them alone.
 *
 * @example
 * assessSeller('FREE COINS at https://t1ktok-coins.shop', { officialOrigins: ['https://www.tiktok.com'] })
 * // { level: 'high', reasons: [{ code: 'lookalike_domain', … }, { code: 'cheap_coins_wording', … }, …] }
 */
export function assessSeller(input: string, context: SellerContext): SellerAssessment {
  if (typeof input !== 'string') throw new TypeError('assessSeller: input must be a string');
  const officials = context.officialOrigins.map(official);
  const brands = [...officials.map((o) => o.brand), ...(context.brands ?? [])]
    .map((brand) => confusableSkeleton(brand))
    .filter((brand) => brand.length >= 3);
  const words = wordsOf(input);
  const links = findLinks(input);
  const bare = links.length === 1 && !/\s/.test(input.trim());
  const aboutCoins = words.some((word, i) => TOPIC_WORDS.has(word) || (word === 'top' && words[i + 1] === 'up'));

  const found = new Map<Code, string | undefined>();
  const flag = (code: Code, detail?: string): void => {
    if (!found.has(code)) found.set(code, detail);
  };
  for (const link of links) {
    if (link.insecure) flag('insecure_url', link.displayHost);
    if (officials.some((o) => under(link.host, o.host))) continue;
    if (bare || aboutCoins) flag('unofficial_origin', link.displayHost);
    if (link.host.split('.').some((label) => label.startsWith('xn--'))) flag('punycode_domain', link.displayHost);
    if (!officials.some((o) => under(link.host, o.domain)) && imitates(link, brands)) flag('lookalike_domain', link.displayHost);
  }
  const wording = cheapWording(words, aboutCoins);
  if (wording !== null) flag('cheap_coins_wording', wording);
  const credential = credentialRequest(words);
  if (credential !== null) flag('credential_request', credential);
  if (context.bestRate !== undefined) {
    const below = belowRate(words, context.bestRate);
    if (below !== null) flag('below_official_price', below);
  }

  const reasons = ORDER.filter((code) => found.has(code)).map((code): SellerRiskReason => {
    const detail = found.get(code);
    return detail === undefined ? { code, message: MESSAGES[code] } : { code, message: MESSAGES[code], detail };
  });
  return { level: levelOf(reasons.map((reason) => reason.code)), reasons };
}

function levelOf(codes: readonly Code[]): SellerAssessment['level'] {
  const strong = codes.some((code) => STRONG.has(code));
  const moderate = codes.some((code) => MODERATE.has(code));
  if (strong || (moderate && codes.includes('unofficial_origin'))) return 'high';
  if (moderate || codes.length >= 2) return 'medium';
  return codes.length === 1 ? 'low' : 'none';
}
