/**
 * @packageDocumentation
 * The browser-safe part of the Giftkit wallet service: the Hono app, the `WalletStore` seam with its
 * in-memory implementation, the sandbox seed, and operator tools. Web APIs only — no Node built-ins.
 * The store conformance suite lives in `@giftkit/server/testing`.
 */
export { createWalletApp } from './app.js';
export type { WalletAppOptions } from './app.js';
export { DEFAULT_WALLET_CONFIG, resolveConfig } from './config.js';
export type { WalletConfig } from './config.js';
export { WalletError } from './domain/wallet-error.js';
export type { Principal, Authenticate } from './domain/principal.js';
export { SANDBOX_TOKENS } from './domain/payment-sandbox.js';
export type { SandboxBehaviour, DeclineReason } from './domain/payment-sandbox.js';
export { seedStore, SEED_USERS } from './seed.js';
export type { SeedOptions } from './seed.js';
export { DEFAULT_ASSET_BASE_URL } from './seed-catalog.js';
export { grantCoins, setUserAge, coinBalance, auditLedger } from './admin.js';
export type { AdminOptions, LedgerAudit } from './admin.js';
export { createMemoryStore } from './store/memory-store.js';
export type { MemoryStoreOptions } from './store/memory-store.js';
export { EventHub } from './store/event-hub.js';
export { LedgerError } from './store/ledger-error.js';
export type { LedgerErrorCode } from './store/ledger-error.js';
export { assertBalanced } from './store/ledger-rules.js';
export {
  isGuardedAccount, userCoins, userDiamonds, COIN_ISSUANCE, GIFT_REVENUE, DIAMOND_ISSUANCE, DIAMOND_REDEMPTION,
  platformSales, providerClearing, platformPayouts,
} from './store/accounts.js';
export type { LedgerUnit } from './store/accounts.js';
export type {
  WalletStore, WalletTx, WalletEventListener, UserRepository, Ledger, IdempotencyRepository, RechargeRepository,
  ChallengeRepository, EventLog, DisputeRepository, PayoutRepository, ComboRepository, CatalogRepository,
} from './store/wallet-store.js';
export type {
  UserRole, UserRecord, LedgerEntryInput, LedgerEntry, LedgerMemo, LedgerKind, LedgerTransactionInput, LedgerTransaction,
  LedgerQuery, StoredResponse, IdempotencyRecord, RechargeRecord, ChallengeRecord, DisputeRecord, PayoutRecord, ComboRecord,
  PackageDefinition, RegionSettings, VolumeBonusTier, PromotionDefinition, CatalogRecord, NewWalletEvent,
} from './store/records.js';
export { createJwtAuthenticator, signViewerToken } from './auth/jwt.js';
export type { JwtSecret, JwtAuthenticatorOptions, SignViewerTokenOptions } from './auth/jwt.js';
