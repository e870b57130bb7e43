/** Registers `<gk-wallet-view>`. */
import { defineElement } from '../internal/define.js';
import { GkWalletView } from './wallet-view.js';

defineElement('gk-wallet-view', GkWalletView);
