/** Registers `<gk-gift-picker>` (the only side effect of this module). */
import { defineElement } from '../internal/define.js';
import { GkGiftPicker } from './gift-picker.js';

defineElement('gk-gift-picker', GkGiftPicker);
