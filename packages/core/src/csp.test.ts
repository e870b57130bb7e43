// The SDK must work under a strict Content-Security-Policy: no `unsafe-eval`, so zod runs jitless.
import { expect } from 'chai';
import * as z from 'zod/mini';
import { createGiftkit } from '@giftkit/core';
import { useHarness, BASE_URL } from './test/harness.js';

describe('under a Content-Security-Policy without unsafe-eval', () => {
  const harness = useHarness();

  it('validates responses without eval and reports no CSP violation', async () => {
    const violations: string[] = [];
    const onViolation = (event: SecurityPolicyViolationEvent) =>
      violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`);
    document.addEventListener('securitypolicyviolation', onViolation);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self' 'unsafe-inline'";
    document.head.append(meta);
    try {
      expect(() => new Function('return 1')).to.throw(EvalError);
      // Violations are reported asynchronously: wait for the one of the probe above, then start afresh.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(violations).to.have.length(1);
      violations.length = 0;
      const { backend } = harness;
      // zod's configuration is shared by every copy of zod; importing the SDK left it alone.
      expect(z.config().jitless).not.to.equal(true);
      const giftkit = createGiftkit({ baseUrl: BASE_URL, getToken: () => backend.tokenFor(backend.users.viewer) });
      expect(z.config().jitless).to.equal(true);
      const wallet = await giftkit.wallet.get();
      const catalog = await giftkit.gifts.catalog();
      expect(wallet.userId).to.equal(backend.users.viewer);
      expect(catalog.gifts.length).to.be.greaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(violations).to.deep.equal([]);
      giftkit.destroy();
    } finally {
      document.removeEventListener('securitypolicyviolation', onViolation);
    }
  });
});
