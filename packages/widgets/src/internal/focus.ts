/**
 * Focus helpers. There is no focus trap here on purpose: the recharge dialog is a native `<dialog>` opened
 * with `showModal()`, which makes the rest of the page inert, so Tab can only reach the dialog or the
 * browser's own controls (its tests press Tab past both ends to prove it).
 */

/** The element that really has focus, looking through shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
