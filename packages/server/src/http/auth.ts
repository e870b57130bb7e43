/** Bearer authentication: the host site's token, turned into a principal by its `authenticate` function. */
import { Id } from '@giftkit/contract';
import type { MiddlewareHandler } from 'hono';
import type { Authenticate, Principal } from '../domain/principal.js';
import { WalletError } from '../domain/wallet-error.js';
import type { AppEnv } from './env.js';

const BEARER = /^Bearer[ ]+([^ ]+)[ ]*$/i;

function isPrincipal(value: Principal | null): value is Principal {
  return value !== null && Id.safeParse(value.userId).success && (value.role === 'viewer' || value.role === 'creator')
    && (value.region === undefined || /^[A-Z]{2}$/.test(value.region));
}

/** Middleware that sets `principal`, or answers `unauthorized` for a missing, malformed or refused token. */
export function bearerAuth(authenticate: Authenticate): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) throw new WalletError('unauthorized', 'Send the viewer’s token as `Authorization: Bearer <token>`.');
    const principal = await authenticate(match[1]);
    if (!isPrincipal(principal)) throw new WalletError('unauthorized', 'The token is not accepted.');
    c.set('principal', principal);
    await next();
  };
}
