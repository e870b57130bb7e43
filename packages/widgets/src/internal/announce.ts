/** Screen-reader announcements through one shared, visually hidden live region per politeness. */

/** Marks the live regions, so that every copy of the widgets on a page (npm build, bundle) shares them. */
const ATTRIBUTE = 'data-giftkit-announcer';

function region(politeness: 'polite' | 'assertive'): HTMLElement {
  const existing = document.querySelector<HTMLElement>(`[${ATTRIBUTE}="${politeness}"]`);
  if (existing) return existing;
  const el = document.createElement('div');
  el.setAttribute(ATTRIBUTE, politeness);
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  // Visually hidden but still read: the usual clip pattern (display:none would silence it).
  Object.assign(el.style, {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', overflow: 'hidden',
    clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', whiteSpace: 'nowrap', border: '0',
  });
  document.body.append(el);
  return el;
}

/**
 * Has assistive technology read `message`. The live region is created on the first call (never at
 * import) in the light DOM of `document.body`, where every screen reader watches it.
 */
export function announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
  const el = region(politeness);
  // Emptied first and filled a moment later, so a repeated identical message still counts as a change
  // and a region created just now is already observed when its text arrives.
  el.textContent = '';
  setTimeout(() => {
    el.textContent = message;
  }, 50);
}
