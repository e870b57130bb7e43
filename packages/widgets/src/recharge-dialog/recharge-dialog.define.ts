/** Registers `<gk-recharge-dialog>` and the `<gk-wallet-view>` of its History tab. */
import { defineElement } from '../internal/define.js';
import '../wallet-view/wallet-view.define.js';
import { GkRechargeDialog } from './recharge-dialog.js';

defineElement('gk-recharge-dialog', GkRechargeDialog);
