// The widgets on a page served with `Content-Security-Policy: script-src 'self'; require-trusted-types-for
// 'script'` (web-test-runner.config.mjs sets that header for every *.csp.test.ts page): they render, load
// from the mock, open and send without one policy violation or console error.
import { expect } from 'chai';
import { html } from 'lit';
import type { GkCoinBalance } from '@giftkit/widgets';
import '@giftkit/widgets/define';
import { useHarness, fixture, until } from './test/harness.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
});

// Test plumbing, not widget code: MSW registers its service worker with a plain string URL, which Trusted
// Types rejects. A default policy admits exactly that one script URL and nothing else (no HTML, no script).
// TypeScript's DOM library does not declare Trusted Types yet.
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string }): unknown;
}
(window as Window & { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy('default', {
  createScriptURL: (url: string) => {
    if (new URL(url, location.href).pathname === '/mockServiceWorker.js') return url;
    throw new TypeError(`untrusted script URL ${url}`);
  },
});

/** Waits long enough for violation reports, which are dispatched asynchronously. */
const reports = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100));

describe('widgets under a strict CSP with Trusted Types enforced', () => {
  const errors: unknown[][] = [];
  const consoleError = console.error;

  // Registered before the harness starts MSW, which would otherwise answer this page's own URL.
  before(async () => {
    // The page really is served with the policy, and it is in force: eval and string HTML sinks are
    // refused (Trusted Types reports both, eval included, before script-src is consulted).
    const page = await fetch(location.href);
    expect(page.headers.get('content-security-policy')).to.equal("script-src 'self'; require-trusted-types-for 'script'");
    expect(() => new Function('return 1')).to.throw(EvalError);
    expect(() => {
      document.createElement('div').innerHTML = '<b>hi</b>';
    }).to.throw(TypeError);
    await reports();
    expect(violations, violations.join('\n')).to.have.length(2);
  });

  const harness = useHarness();

  beforeEach(() => {
    violations.length = 0;
    errors.length = 0;
    console.error = (...args: unknown[]) => {
      errors.push(args);
      consoleError(...args);
    };
  });

  afterEach(() => {
    console.error = consoleError;
  });

  it('renders the badge, the recharge dialog and the gift picker, and sends a gift', async () => {
    const { giftkit } = await harness.viewer(2_000);
    const page = await fixture<HTMLElement>(html`<div>
      <gk-coin-balance for="topup"></gk-coin-balance>
      <gk-recharge-dialog id="topup"></gk-recharge-dialog>
      <gk-gift-picker recipient-id="creator_lena" stream-id="stream_lena_cooking" image-origins="https://assets.giftkit.dev"></gk-gift-picker>
    </div>`);
    const badge = page.querySelector<GkCoinBalance>('gk-coin-balance') as GkCoinBalance;
    const dialog = page.querySelector<HTMLElement & { open: boolean; hide(): void }>('gk-recharge-dialog');
    const picker = page.querySelector<HTMLElement>('gk-gift-picker');
    await until(() => badge.coins === 2_000, 3000, 'the balance');

    // The badge opens the dialog, which loads and renders the packages.
    badge.shadowRoot?.querySelector<HTMLButtonElement>('[part~="base"]')?.click();
    await until(() => dialog?.open === true, 3000, 'the dialog');
    await until(() => (dialog?.shadowRoot?.querySelectorAll('[part~="package"]').length ?? 0) > 0, 5000, 'the packages');
    dialog?.hide();

    // The picker renders the catalog (server text, remote images) and sends a gift.
    await until(() => (picker?.shadowRoot?.querySelectorAll('[part~="gift"]').length ?? 0) > 0, 5000, 'the gifts');
    await giftkit.gifts.send('rose', { recipientId: 'creator_lena', streamId: 'stream_lena_cooking' });
    await until(() => badge.coins === 1_999, 3000, 'the new balance');

    await reports();
    expect(violations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});
