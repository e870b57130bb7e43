/**
 * The popup that shows the payment provider's hosted checkout. Browsers only allow `window.open` in the
 * event handler of a click, so the window is opened empty there and navigated once the URL is known.
 */

/** Window features of the checkout popup: small, and a popup rather than a tab where the browser can. */
const FEATURES = 'popup,width=480,height=720';

/**
 * Opens an empty popup for the checkout; `null` when the browser blocked it. Call it synchronously in
 * the click (or submit) handler, before any `await`.
 */
export function openCheckoutWindow(): Window | null {
  const popup = window.open('about:blank', '_blank', FEATURES);
  // The hosted checkout must not reach back into this page (reverse tabnabbing); the popup is still
  // same-origin about:blank here, so the link can be cut before it navigates.
  if (popup) popup.opener = null;
  return popup;
}

/** Sends an opened checkout popup to `url` (already checked by `safeUrl`); `false` when it was closed meanwhile. */
export function navigateCheckoutWindow(popup: Window, url: string): boolean {
  if (popup.closed) return false;
  // replace(): the popup's Back button should not lead to the blank page.
  popup.location.replace(url);
  return true;
}
