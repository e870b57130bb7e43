/** Wallet users: found, or opened on first sight of a principal the host vouched for. */
import type { WalletTx } from '../store/wallet-store.js';
import type { UserRecord } from '../store/records.js';
import type { DomainContext } from './context.js';
import type { Principal } from './principal.js';
import { ageOn, iso } from './time.js';
import { WalletError } from './wallet-error.js';

/**
 * The caller's user record. A principal the wallet has not seen yet gets an account in its region
 * (or the default region), with no known birth date.
 */
export async function ensureUser(tx: WalletTx, ctx: DomainContext, principal: Principal): Promise<UserRecord> {
  const existing = await tx.users.get(principal.userId);
  if (existing) return existing;
  const now = iso(ctx.now());
  const user: UserRecord = {
    id: principal.userId, displayName: principal.userId, role: principal.role,
    region: principal.region ?? ctx.config.defaultRegion, birthDate: null, budgets: [], createdAt: now, updatedAt: now,
  };
  await tx.users.put(user);
  return user;
}

/**
 * Whether the viewer is too young to buy or send coins. A user whose birth date the host never
 * gave is not restricted: the host site answers for the ages of the accounts it signs tokens for.
 */
export function isAgeRestricted(user: UserRecord, ctx: DomainContext): boolean {
  return user.birthDate !== null && ageOn(user.birthDate, ctx.now()) < ctx.config.minimumAge;
}

/** Throws `age_restricted` when the viewer is too young to buy or send coins. */
export function assertOldEnough(user: UserRecord, ctx: DomainContext): void {
  if (isAgeRestricted(user, ctx)) {
    throw new WalletError('age_restricted', `Buying and sending coins needs an age of at least ${ctx.config.minimumAge}.`, {
      minimumAge: ctx.config.minimumAge,
    });
  }
}
