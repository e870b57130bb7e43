/** The widgets' Arabic messages: every component's `ar` translations in one @lit/localize locale module. */
import type { TemplateMap } from '@lit/localize';
import { ar as coinBalance } from '../coin-balance/coin-balance.messages.js';
import { ar as rechargeDialog } from '../recharge-dialog/recharge-dialog.messages.js';
import { ar as giftPicker } from '../gift-picker/gift-picker.messages.js';

/** Message id → Arabic template, as `configureLocalization`'s `loadLocale` expects. */
export const templates: TemplateMap = { ...coinBalance, ...rechargeDialog, ...giftPicker };
