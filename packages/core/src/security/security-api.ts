/** `giftkit.security`: seller warnings bound to the official origins and loaded prices, and step-up verification. */
import { routes, type StepUpVerification } from '@giftkit/contract';
import type { HttpClient } from '../http/client.js';
import type { PricingApi } from '../pricing/pricing-api.js';
import type { SignalOption } from '../wallet/wallet.js';
import { bestValue, totalCoins } from '../pricing/math.js';
import { assessSeller, type SellerAssessment } from './assess-seller.js';

/** `giftkit.security`. */
export interface SecurityApi {
  /**
   * How risky a link or a chat message offering coins looks, and why: lookalike domains, links outside
   * `officialOrigins`, cheap-coin wording, and prices far below the best official rate of the packages
   * already loaded (`pricing.packages()`), when there are any.
   */
  assessSeller(urlOrText: string): SellerAssessment;
  /**
   * Answers a step-up challenge with the viewer's one-time code, for apps that ask for the code in their
   * own UI instead of through `onStepUp`: catch `StepUpRequiredError`, verify its `challenge.id` here,
   * then repeat the call with the same `idempotencyKey`. Surrounding whitespace is ignored.
   * Rejects with `StepUpFailedError` (wrong code, with `attemptsLeft`; or an expired or locked challenge)
   * and with a `TypeError`, before any request, when the code is not 4 to 10 digits.
   *
   * @example
   * try {
   *   await giftkit.wallet.recharge(item, { paymentMethod: 'card', idempotencyKey: key });
   * } catch (error) {
   *   if (!isStepUpRequiredError(error)) throw error;
   *   await giftkit.security.verifyStepUp(error.challenge.id, await askForCode(error.challenge));
   *   await giftkit.wallet.recharge(item, { paymentMethod: 'card', idempotencyKey: key });
   * }
   */
  verifyStepUp(challengeId: string, code: string, options?: SignalOption): Promise<StepUpVerification>;
}

/** Builds `giftkit.security`. */
export function createSecurityApi(officialOrigins: readonly string[], pricing: PricingApi, http: HttpClient): SecurityApi {
  return {
    assessSeller(urlOrText) {
      const best = bestValue(pricing.cached()?.packages ?? []);
      const bestRate = best ? { coins: totalCoins(best), price: best.price } : undefined;
      return assessSeller(urlOrText, { officialOrigins, ...(bestRate ? { bestRate } : {}) });
    },
    verifyStepUp(challengeId, code, options = {}) {
      return http.call(routes.verifyStepUp, { params: { challengeId }, body: { code: code.trim() }, signal: options.signal });
    },
  };
}
