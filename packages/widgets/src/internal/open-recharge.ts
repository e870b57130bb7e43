/**
 * Finds (or creates) the page's `<gk-recharge-dialog>` and opens it: what a widget does after its
 * `gk-recharge-request` event was not prevented. Only the tag name is used, so importing this does not
 * pull the dialog's code into a bundle that lacks it.
 */
import { warn } from './dev-mode.js';

/** What the opener needs from `<gk-recharge-dialog>`. */
interface RechargeDialogLike extends HTMLElement {
  show(options?: { shortfall?: number }): unknown;
}

const TAG = 'gk-recharge-dialog';

/** The nearest ancestor matching `selector`, looking out of shadow roots. */
export function closestComposed(from: Element, selector: string): Element | null {
  let node: Element | null = from;
  while (node) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function findDialog(from: Element, id: string | undefined): Element | null {
  if (id) {
    const root = from.getRootNode() as Document | ShadowRoot;
    const byId = root.getElementById(id) ?? document.getElementById(id);
    if (byId?.localName === TAG) return byId;
    warn('recharge-dialog-for', `No <${TAG} id="${id}"> found; using the first one in the document instead.`);
  }
  return document.querySelector(TAG);
}

/**
 * Opens the recharge dialog for the viewer of `from`: the `<gk-recharge-dialog>` with id `options.for`,
 * else the first one in the document, else a new one — appended inside the nearest `<gk-provider>` so it
 * shares that provider's SDK instance, or to `document.body`. Resolves with the dialog, or `null` when
 * the element is not defined on the page.
 */
export async function openRechargeDialog(
  from: Element,
  options: { readonly for?: string | undefined; readonly shortfall?: number | undefined } = {},
): Promise<HTMLElement | null> {
  if (!customElements.get(TAG)) {
    warn('no-recharge-dialog', `<${TAG}> is not defined; import '@giftkit/widgets/define' (or its define module) to open it.`);
    return null;
  }
  let dialog = findDialog(from, options.for);
  if (!dialog) {
    dialog = document.createElement(TAG);
    (closestComposed(from, 'gk-provider') ?? document.body).append(dialog);
  }
  // A dialog in the page's markup may not be upgraded yet when the viewer acts early.
  await customElements.whenDefined(TAG);
  const opener = dialog as RechargeDialogLike;
  // A freshly created dialog renders its <dialog> in its first update; show() needs it.
  await (opener as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  opener.show(options.shortfall === undefined ? {} : { shortfall: options.shortfall });
  return opener;
}
