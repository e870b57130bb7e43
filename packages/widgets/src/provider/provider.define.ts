/** Registers `<gk-provider>`. */
import { defineElement } from '../internal/define.js';
import { GkProvider } from './provider.js';

defineElement('gk-provider', GkProvider);
