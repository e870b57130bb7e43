/**
 * Viewer tokens as HS256 JWTs: the host site's backend signs one per viewer session, the wallet
 * verifies it. Web Crypto only (through `jose`), so this runs in browsers, workers and Node alike.
 */
import { Id, RegionCode } from '@giftkit/contract';
import { jwtVerify, SignJWT } from 'jose';
import type { Authenticate, Principal } from '../domain/principal.js';

/** The shared secret: a string (its UTF-8 bytes) or raw bytes, at least 32 bytes as RFC 7518 asks of HS256 keys. */
export type JwtSecret = string | Uint8Array;

/** Options of `createJwtAuthenticator`. */
export interface JwtAuthenticatorOptions {
  /** The secret the host's backend signs with. */
  secret: JwtSecret;
  /** When set, the token's `iss` must be this. */
  issuer?: string;
  /** When set, the token's `aud` must be (or contain) this. */
  audience?: string;
  /**
   * Clock skew allowed on `exp` and `nbf`: seconds, or a span such as `'30s'`.
   * @default 5
   */
  clockTolerance?: number | string;
}

/** Options of `signViewerToken`. */
export interface SignViewerTokenOptions {
  secret: JwtSecret;
  /**
   * Lifetime: a span such as `'10m'` or `'1h'`, or a number of seconds.
   * @default '10m'
   */
  expiresIn?: string | number;
  /** Sets `iss`. */
  issuer?: string;
  /** Sets `aud`. */
  audience?: string;
}

const ALGORITHM = 'HS256';
const MIN_SECRET_BYTES = 32;

function secretBytes(secret: JwtSecret): Uint8Array {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength < MIN_SECRET_BYTES) {
    throw new RangeError(`the JWT secret must be at least ${MIN_SECRET_BYTES} bytes (RFC 7518 §3.2 for HS256)`);
  }
  return bytes;
}

const isRole = (value: unknown): value is Principal['role'] => value === 'viewer' || value === 'creator';

/**
 * Makes the `authenticate` option of `createWalletApp` from an HS256 secret. A token is accepted when
 * its signature, `exp` (required), `nbf`, and the `issuer`/`audience` asked for check out, `sub` is a
 * user id and `role` is `viewer` or `creator`; an optional `region` claim (ISO 3166-1 alpha-2) is passed
 * on. Anything else — expired, wrong secret, `alg: none`, missing claims — yields `null`, i.e. `401`.
 *
 * @example
 * ```ts
 * const app = createWalletApp({ store, authenticate: createJwtAuthenticator({ secret: process.env.GIFTKIT_JWT_SECRET! }) });
 * ```
 */
export function createJwtAuthenticator(options: JwtAuthenticatorOptions): Authenticate {
  const key = secretBytes(options.secret);
  const verifyOptions = {
    algorithms: [ALGORITHM],
    requiredClaims: ['exp', 'sub'],
    clockTolerance: options.clockTolerance ?? 5,
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
    ...(options.audience === undefined ? {} : { audience: options.audience }),
  };
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, verifyOptions);
      const { sub, role, region } = payload;
      if (!Id.safeParse(sub).success || !isRole(role)) return null;
      if (region !== undefined && !RegionCode.safeParse(region).success) return null;
      return { userId: sub as string, role, ...(region === undefined ? {} : { region: region as string }) };
    } catch {
      // Every refusal looks the same to the caller: which check failed is no business of a token's bearer.
      return null;
    }
  };
}

/**
 * Signs a short-lived viewer token (HS256, `sub` = `userId`, `role`, optional `region`, `iat`, `exp`),
 * as a host site's backend would, for demos, tests and backends written in JavaScript.
 *
 * @example
 * ```ts
 * const token = await signViewerToken({ userId: 'viewer_ada', role: 'viewer' }, { secret });
 * fetch('/v1/wallet', { headers: { authorization: `Bearer ${token}` } });
 * ```
 */
export async function signViewerToken(principal: Principal, options: SignViewerTokenOptions): Promise<string> {
  if (!Id.safeParse(principal.userId).success) throw new TypeError(`userId must be 1–128 of A–Z a–z 0–9 _ -, got ${JSON.stringify(principal.userId)}`);
  if (!isRole(principal.role)) throw new TypeError(`role must be 'viewer' or 'creator', got ${JSON.stringify(principal.role)}`);
  if (principal.region !== undefined && !RegionCode.safeParse(principal.region).success) {
    throw new TypeError(`region must be an ISO 3166-1 alpha-2 code such as 'US', got ${JSON.stringify(principal.region)}`);
  }
  const expiresIn = options.expiresIn ?? '10m';
  if (typeof expiresIn === 'number' && !(Number.isSafeInteger(expiresIn) && expiresIn > 0)) {
    throw new RangeError(`expiresIn must be a positive number of seconds, got ${expiresIn}`);
  }
  const claims = { role: principal.role, ...(principal.region === undefined ? {} : { region: principal.region }) };
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(principal.userId)
    .setIssuedAt()
    // A number given to jose is an absolute time; ours is a lifetime.
    .setExpirationTime(typeof expiresIn === 'number' ? `${expiresIn}s` : expiresIn);
  if (options.issuer !== undefined) jwt = jwt.setIssuer(options.issuer);
  if (options.audience !== undefined) jwt = jwt.setAudience(options.audience);
  return jwt.sign(secretBytes(options.secret));
}
