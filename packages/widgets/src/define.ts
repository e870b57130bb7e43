/**
 * @packageDocumentation
 * `@giftkit/widgets/define`: registers every Giftkit element (`gk-provider`, `gk-coin-balance`, …). Importing
 * it twice, or beside the script-tag bundle of the same version, is harmless.
 */
import './provider/provider.define.js';
import './coin-balance/coin-balance.define.js';
import './recharge-dialog/recharge-dialog.define.js';
import './wallet-view/wallet-view.define.js';
import './gift-picker/gift-picker.define.js';
