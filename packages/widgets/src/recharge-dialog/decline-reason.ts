/** Why a payment was declined, said plainly, from the provider's reason code. */
import { msg } from '@lit/localize';

/**
 * A sentence telling the viewer why the payment failed and what to try, for the reason codes payment
 * providers commonly send; for any other code the server's own message (shown as text) or a general one.
 */
export function declineReason(code: string | null | undefined, serverMessage?: string | null): string {
  switch (code) {
    case 'card_declined':
      return msg('Your bank declined the card. Try another card or payment method.', { id: 'gk.recharge.decline.cardDeclined' });
    case 'insufficient_funds':
      return msg('There is not enough money on this payment method. Try another one.', { id: 'gk.recharge.decline.insufficientFunds' });
    case 'expired_card':
      return msg('The card has expired. Try another card.', { id: 'gk.recharge.decline.expiredCard' });
    default:
      return serverMessage || msg('The payment provider declined the payment.', { id: 'gk.recharge.decline.generic' });
  }
}
