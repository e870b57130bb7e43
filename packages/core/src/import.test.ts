// Importing the SDK in a page must do nothing: no request, no DOM write, no custom element defined.
import { expect } from 'chai';

describe('importing @giftkit/core in Chromium', () => {
  it('makes no request, writes nothing to the document and defines no element', async () => {
    const requests: unknown[] = [];
    const defined: string[] = [];
    const originalFetch = window.fetch;
    const originalDefine = customElements.define;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      requests.push(args[0]);
      return originalFetch(...args);
    };
    customElements.define = function define(this: CustomElementRegistry, ...args: Parameters<CustomElementRegistry['define']>) {
      defined.push(args[0]);
      return originalDefine.apply(this, args);
    };
    XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      requests.push(args[1]);
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    };
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      const sdk = await import('@giftkit/core');
      expect(sdk.createGiftkit).to.be.a('function');
      await new Promise((resolve) => setTimeout(resolve, 50));
      mutations.push(...observer.takeRecords());
    } finally {
      observer.disconnect();
      window.fetch = originalFetch;
      customElements.define = originalDefine;
      XMLHttpRequest.prototype.open = originalOpen;
    }
    expect(requests).to.deep.equal([]);
    expect(mutations).to.have.length(0);
    expect(defined).to.deep.equal([]);
  });

  it('makes no request when an instance is created, only when it is used', async () => {
    const { createGiftkit } = await import('@giftkit/core');
    const requests: string[] = [];
    const giftkit = createGiftkit({
      baseUrl: 'https://wallet.giftkit.test',
      getToken: () => 'token',
      retry: 0,
      fetch: async (input) => {
        requests.push(input instanceof Request ? input.url : String(input));
        return new Response('{}', { status: 500 });
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).to.deep.equal([]);
    await giftkit.wallet.get().catch(() => undefined);
    expect(requests).to.deep.equal(['https://wallet.giftkit.test/v1/wallet']);
    giftkit.destroy();
  });
});
