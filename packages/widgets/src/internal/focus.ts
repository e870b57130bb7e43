/** Focus helpers for modal surfaces: tabbable lookup through shadow roots and a Tab-key trap. */

const TABBABLE = 'a[href], area[href], button, input, select, textarea, iframe, [tabindex], [contenteditable="true"]';

function visible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

function isTabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || el.tabIndex < 0) return false;
  if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
  return visible(el);
}

/** The tabbable elements under `root` in tree order, descending into open shadow roots and slots. */
export function tabbables(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    const children = node instanceof HTMLSlotElement ? node.assignedElements({ flatten: true }) : [...node.children];
    for (const child of children) {
      if (child.matches(TABBABLE) && isTabbable(child)) found.push(child as HTMLElement);
      if (child.shadowRoot) walk(child.shadowRoot);
      else walk(child);
    }
  };
  walk(root);
  return found;
}

/** The element that really has focus, looking through shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Keeps Tab and Shift+Tab cycling inside `container` (its shadow root included); returns the function
 * that releases the trap. Native `<dialog>.showModal()` already makes the page inert; this covers the
 * wrap-around that browsers leave to the page.
 */
export function trapFocus(container: HTMLElement): () => void {
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const items = tabbables(container.shadowRoot ?? container);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = deepActiveElement();
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
  container.addEventListener('keydown', onKeydown);
  return () => container.removeEventListener('keydown', onKeydown);
}
