import { expect } from 'chai';
import { formatMoney, savingsPercent, totalCoins } from '@giftkit/core';
import { useHarness } from '../test/harness.js';

describe('pricing', () => {
  const harness = useHarness();
  const packageRequests = () => harness.backend.state.requests.filter((r) => r.path === '/v1/packages');

  it('loads the packages once per platform and serves later calls from the cache', async () => {
    const giftkit = harness.sdk();
    const web = await giftkit.pricing.packages();
    expect(await giftkit.pricing.packages()).to.equal(web);
    expect(web.platform).to.equal('web');
    const ios = await giftkit.pricing.packages({ platform: 'ios' });
    expect(ios.platform).to.equal('ios');
    expect(packageRequests()).to.have.length(2);
    expect(giftkit.pricing.cached('ios')).to.equal(ios);
  });

  it('sells in the viewer’s region and currency', async () => {
    const br = await harness.sdk({ userId: harness.backend.users.viewerBR }).pricing.packages();
    const jp = await harness.sdk({ userId: harness.backend.users.viewerJP }).pricing.packages();
    expect(br.currency).to.equal('BRL');
    expect(jp.currency).to.equal('JPY');
  });

  it('binds savings, best value, promotions, quotes and top-ups to the loaded catalog', async () => {
    const giftkit = harness.sdk({ locale: 'en-US' });
    const catalog = await giftkit.pricing.packages();
    const [base, ...rest] = catalog.packages;
    expect(await giftkit.pricing.savings(base!)).to.equal(0);
    for (const pkg of rest) expect(await giftkit.pricing.savings(pkg)).to.equal(savingsPercent(pkg, base!));
    const best = await giftkit.pricing.bestValue();
    expect(catalog.packages).to.include(best);
    for (const promotion of await giftkit.pricing.promotions()) {
      expect(promotion.endsAt.getTime()).to.be.greaterThan(Date.now());
      expect(promotion.msLeft).to.be.greaterThan(0);
    }
    const custom = catalog.customAmount!;
    expect(await giftkit.pricing.quoteCustom(custom.minCoins)).to.have.property('currency', catalog.currency);
    let rangeError: unknown;
    await giftkit.pricing.quoteCustom(custom.maxCoins + custom.step).catch((error: unknown) => (rangeError = error));
    expect(rangeError).to.be.instanceOf(RangeError);
    const topUp = await giftkit.pricing.suggestTopUp(totalCoins(base!) + 1);
    expect(topUp?.coins).to.be.at.least(totalCoins(base!) + 1);
    expect(giftkit.pricing.unitPrice(base!)).to.match(/^\$0\.\d+$/);
  });

  it('formats in the configured locale', () => {
    const de = harness.sdk({ locale: 'de-DE' });
    const money = { amount: 123_456, currency: 'EUR' };
    expect(de.pricing.format.money(money)).to.equal(formatMoney(money, 'de-DE'));
    expect(de.pricing.format.money(money)).to.contain('1.234,56');
    expect(de.pricing.format.coins(12_500)).to.equal('12.500');
    expect(harness.sdk({ locale: 'en-US' }).pricing.format.coins(12_500, { compact: true })).to.equal('12.5K');
  });
});
