/** The context key through which `<gk-provider>` hands its SDK instance to the widgets inside it. */
import { createContext } from '@lit/context';
import type { Giftkit } from '@giftkit/core';

/**
 * The Lit context carrying a Giftkit SDK instance. `Symbol.for` rather than a plain symbol, so two copies
 * of this module (two bundles on one page) still talk to each other.
 */
export const giftkitContext = createContext<Giftkit | undefined>(Symbol.for('giftkit'));
