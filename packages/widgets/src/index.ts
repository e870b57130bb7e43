/**
 * @packageDocumentation
 * `@giftkit/widgets`: Lit web components for Giftkit. This entry only exports classes and helpers; it
 * registers nothing — import `@giftkit/widgets/define` (or a component's `*.define.js`) for that.
 */
export { configure, getConfigured, onConfigured } from './internal/configure.js';
export { giftkitContext } from './internal/giftkit-context.js';
export { GiftkitController } from './internal/giftkit-controller.js';
export { StoreController } from './internal/store-controller.js';
export { safeUrl } from './internal/safe-url.js';
export { setLocale, getLocale, matchLocale, SOURCE_LOCALE, TARGET_LOCALES } from './localization.js';
export type { WidgetLocale } from './localization.js';
export { tokens } from './styles/tokens.js';

export { GkProvider } from './provider/provider.js';
export { GkCoinBalance, ANNOUNCE_DELAY, COMPACT_FROM } from './coin-balance/coin-balance.js';
export type { CoinBalanceState } from './coin-balance/coin-balance.js';

export { GkRechargeRequestEvent } from './events/recharge-request.js';
export type { GkRechargeRequestInit } from './events/recharge-request.js';
export { GkRechargeCompleteEvent } from './events/recharge-complete.js';
export { GkGiftSendEvent } from './events/gift-send.js';
export type { GkGiftSendInit } from './events/gift-send.js';
export { GkGiftSentEvent } from './events/gift-sent.js';
export { GkErrorEvent } from './events/error.js';

export { GkRechargeDialog } from './recharge-dialog/recharge-dialog.js';
export type { RechargeDialogShowOptions, RechargeDialogState } from './recharge-dialog/recharge-dialog.js';
export { GkWalletView } from './wallet-view/wallet-view.js';
export { GkGiftPicker } from './gift-picker/gift-picker.js';
export { GkCheckoutEvent } from './events/checkout.js';
export type { GkCheckoutMode } from './events/checkout.js';
export { GkComboEndEvent } from './events/combo-end.js';
export type { GkComboEndInit } from './events/combo-end.js';
