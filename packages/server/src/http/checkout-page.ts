/**
 * The sandbox's hosted checkout page: plain HTML with one form per choice, no script, every value
 * from the recharge escaped. It stands in for a payment provider's page (card data never reaches Giftkit).
 */
import { currencyExponent, type Money } from '@giftkit/contract';
import type { RechargeRecord } from '../store/records.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/** `USD 9.19`, `JPY 1540`: minor units shown with the currency's decimals, using integer arithmetic only. */
export function formatMoney({ amount, currency }: Money): string {
  const exponent = currencyExponent(currency);
  if (exponent === 0) return `${currency} ${amount}`;
  const digits = String(amount).padStart(exponent + 1, '0');
  return `${currency} ${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** Headers of the sandbox pages: no script at all, forms may go back to the site that started the checkout. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https: http:; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
};

const STYLE = 'body{font:16px system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1f1f24}'
  + 'h1{font-size:1.25rem}.row{display:flex;gap:.5rem;margin-top:1.5rem}button{font:inherit;padding:.6rem 1rem;border-radius:.5rem;border:1px solid #888;background:#fff;cursor:pointer}'
  + 'button.pay{background:#fe2c55;border-color:#fe2c55;color:#fff}.note{color:#555;font-size:.875rem}';

function page(title: string, content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${content}</main></body></html>`;
}

const choice = (id: string, outcome: string, label: string, className = '') =>
  `<form method="post" action="${escapeHtml(id)}/complete"><input type="hidden" name="outcome" value="${outcome}">`
  + `<button type="submit"${className ? ` class="${className}"` : ''}>${escapeHtml(label)}</button></form>`;

const STATUS_TEXT: Record<RechargeRecord['status'], string> = {
  succeeded: 'This payment went through.',
  declined: 'This payment was declined.',
  canceled: 'This payment was canceled.',
  expired: 'This checkout has expired.',
  pending: 'This payment is being processed.',
  requires_action: 'This payment awaits your choice.',
};

/** The checkout page of a recharge: Pay / Decline / Cancel while it awaits the viewer, its status otherwise. */
export function checkoutPage(recharge: RechargeRecord): string {
  const what = `${recharge.coins.toLocaleString('en-US')} coins for ${formatMoney(recharge.price)}`;
  const intro = `<h1>Giftkit sandbox checkout</h1><p>${escapeHtml(what)}</p>`;
  if (recharge.status !== 'requires_action') {
    return page('Checkout', `${intro}<p role="status">${STATUS_TEXT[recharge.status]}</p>`);
  }
  return page('Checkout', `${intro}<p class="note">Sandbox: no money moves. Choose what the payment provider does.</p>`
    + `<div class="row">${choice(recharge.id, 'succeed', 'Pay', 'pay')}${choice(recharge.id, 'decline', 'Decline')}${choice(recharge.id, 'cancel', 'Cancel')}</div>`);
}

/** The page shown after a choice when the recharge has no `returnUrl` to go back to. */
export function checkoutDonePage(recharge: RechargeRecord): string {
  return page('Checkout', `<h1>Giftkit sandbox checkout</h1><p role="status">${STATUS_TEXT[recharge.status]} You can close this page.</p>`);
}
