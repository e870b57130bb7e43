/**
 * Ledger account names and units. Accounts are plain strings so that every store can key them the
 * same way; these helpers are the only place their spelling is decided.
 */

/**
 * A ledger unit: `coins`, `diamonds`, or an ISO 4217 currency code (`USD`, `JPY`…) for money in
 * minor units. Entries of one ledger transaction sum to zero per unit.
 */
export type LedgerUnit = string;

/** The viewer's coin wallet. */
export const userCoins = (userId: string): string => `user:${userId}:coins`;
/** The creator's diamonds, earned from gifts and redeemed by payouts. */
export const userDiamonds = (userId: string): string => `user:${userId}:diamonds`;
/** Where purchased coins come from: debited by every purchase. */
export const COIN_ISSUANCE = 'platform:coin_issuance';
/** Coins spent on gifts end here. */
export const GIFT_REVENUE = 'platform:gift_revenue';
/** Where creators' diamonds come from: debited by every gift. */
export const DIAMOND_ISSUANCE = 'platform:diamond_issuance';
/** Diamonds redeemed by payouts end here. */
export const DIAMOND_REDEMPTION = 'platform:diamond_redemption';
/** Money earned from coin sales, per currency. */
export const platformSales = (currency: string): string => `platform:sales:${currency}`;
/** Money held at (or owed by) the payment provider, per currency. */
export const providerClearing = (currency: string): string => `provider:clearing:${currency}`;
/** Money paid out to creators, per currency. */
export const platformPayouts = (currency: string): string => `platform:payouts:${currency}`;

/**
 * Whether an account may never go below zero. Users' accounts are guarded: a debit of them is a
 * conditional operation that fails instead of overdrawing. Platform and provider accounts are
 * contra accounts whose balances are negative by design.
 */
export function isGuardedAccount(account: string): boolean {
  return account.startsWith('user:');
}
