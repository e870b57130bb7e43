/** Registers `<gk-coin-balance>`. */
import { defineElement } from '../internal/define.js';
import { GkCoinBalance } from './coin-balance.js';

defineElement('gk-coin-balance', GkCoinBalance);
