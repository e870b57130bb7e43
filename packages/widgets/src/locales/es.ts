/** The widgets' Spanish messages: every component's `es` translations in one @lit/localize locale module. */
import type { TemplateMap } from '@lit/localize';
import { es as coinBalance } from '../coin-balance/coin-balance.messages.js';
import { es as rechargeDialog } from '../recharge-dialog/recharge-dialog.messages.js';
import { es as giftPicker } from '../gift-picker/gift-picker.messages.js';

/** Message id → Spanish template, as `configureLocalization`'s `loadLocale` expects. */
export const templates: TemplateMap = { ...coinBalance, ...rechargeDialog, ...giftPicker };
