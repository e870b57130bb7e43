/** Reading the ledger in pages, so that totals stay right however long a history grows. */
import type { LedgerQuery, LedgerTransaction } from '../store/records.js';
import type { WalletTx } from '../store/wallet-store.js';

const PAGE = 500;

/** Every ledger transaction matching `query`, newest first, fetched a page at a time. */
export async function* scanLedger(tx: WalletTx, query: Omit<LedgerQuery, 'limit' | 'beforeSeq'>): AsyncGenerator<LedgerTransaction> {
  let beforeSeq: number | undefined;
  for (;;) {
    const page = await tx.ledger.list({ ...query, limit: PAGE, ...(beforeSeq === undefined ? {} : { beforeSeq }) });
    yield* page;
    const last = page[page.length - 1];
    if (page.length < PAGE || !last) return;
    beforeSeq = last.seq;
  }
}
