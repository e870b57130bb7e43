/** Who is calling, as the host site's token says. */

/** The authenticated caller of a request. */
export interface Principal {
  userId: string;
  role: 'viewer' | 'creator';
  /**
   * The region the request comes from, when the host knows it (from the IP address, say). It is
   * used for a new user's account region and to flag a region mismatch; prices follow the account.
   */
  region?: string;
}

/**
 * Turns a bearer token into a principal, or `null` when the token is not accepted.
 *
 * @example
 * ```ts
 * const authenticate: Authenticate = async (token) => {
 *   const claims = await verifyJwt(token);           // the host's own verification
 *   return claims ? { userId: claims.sub, role: claims.role } : null;
 * };
 * ```
 */
export type Authenticate = (token: string) => Principal | null | Promise<Principal | null>;
