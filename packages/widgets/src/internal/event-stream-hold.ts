/** Shares the SDK's live event stream between widgets: open while at least one widget needs it. */
import type { Giftkit } from '@giftkit/core';

interface Hold {
  count: number;
  /** Whether a widget opened the stream (and so may close it); a stream the page opened stays open. */
  readonly opened: boolean;
}

const holds = new WeakMap<Giftkit, Hold>();

/**
 * Keeps `giftkit`'s event stream open until the returned function is called. The stream closes when the
 * last holder lets go, unless the page had opened it itself.
 */
export function holdEventStream(giftkit: Giftkit): () => void {
  let hold = holds.get(giftkit);
  if (!hold) {
    hold = { count: 0, opened: giftkit.events.status.get() === 'disconnected' };
    holds.set(giftkit, hold);
    if (hold.opened) giftkit.events.connect();
  }
  hold.count++;
  let released = false;
  const current = hold;
  return () => {
    if (released) return;
    released = true;
    if (--current.count > 0) return;
    holds.delete(giftkit);
    if (current.opened) giftkit.events.disconnect();
  };
}
