// Importing the npm entry must do nothing: no element defined, no DOM written, no request.
import { expect } from 'chai';

describe('importing @giftkit/widgets', () => {
  it('defines no element and touches no DOM until asked', async () => {
    const before = document.documentElement.outerHTML;
    const widgets = await import('@giftkit/widgets');
    expect(widgets.GkCoinBalance).to.be.a('function');
    expect(widgets.GkProvider).to.be.a('function');
    for (const tag of ['gk-provider', 'gk-coin-balance', 'gk-recharge-dialog', 'gk-gift-picker']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(document.documentElement.outerHTML).to.equal(before);
    expect(widgets.getConfigured()).to.equal(undefined);

    await import('@giftkit/widgets/define');
    expect(customElements.get('gk-coin-balance')).to.equal(widgets.GkCoinBalance);
    expect(customElements.get('gk-provider')).to.equal(widgets.GkProvider);
  });
});
