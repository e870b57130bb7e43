import { expect } from 'chai';
import { isStepUpFailedError, isStepUpRequiredError, totalCoins, type Giftkit } from '@giftkit/core';
import { rejectionOf, useHarness } from '../test/harness.js';

describe('security.assessSeller', () => {
  const harness = useHarness();
  const officialOrigins = ['https://coins.giftkit.test'];

  it('trusts the official origins and flags lookalikes of them', () => {
    const giftkit = harness.sdk({ officialOrigins });
    expect(giftkit.security.assessSeller('https://coins.giftkit.test/recharge').level).to.equal('none');
    const lookalike = giftkit.security.assessSeller('https://giftk1t-coins.shop');
    expect(lookalike.level).to.equal('high');
    expect(lookalike.reasons.map((r) => r.code)).to.include('lookalike_domain');
  });

  it('compares quoted prices with the best official rate once packages are loaded', async () => {
    const giftkit = harness.sdk({ officialOrigins });
    const catalog = await harness.sdk().pricing.packages();
    expect(catalog.currency).to.equal('USD');
    const best = catalog.packages.reduce((a, b) => (a.price.amount * totalCoins(b) <= b.price.amount * totalCoins(a) ? a : b));
    // A fifth of the best official price per coin.
    const coins = totalCoins(best) * 10;
    const cents = best.price.amount * 2;
    const offer = `${coins} coins for only $${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}, DM me`;
    const before = giftkit.security.assessSeller(offer).reasons.map((r) => r.code);
    expect(before).not.to.include('below_official_price');
    await giftkit.pricing.packages();
    const after = giftkit.security.assessSeller(offer).reasons.map((r) => r.code);
    expect(after).to.include('below_official_price');
  });
});

describe('security.verifyStepUp', () => {
  const harness = useHarness();

  async function stepUpChallenge(giftkit: Giftkit, idempotencyKey: string) {
    const catalog = await giftkit.pricing.packages();
    const error = await rejectionOf(giftkit.wallet.recharge(
      { type: 'package', packageId: catalog.packages[0]!.id },
      { paymentMethod: 'card', testToken: 'tok_step_up', idempotencyKey },
    ));
    if (!isStepUpRequiredError(error)) throw new Error(`expected StepUpRequiredError, got ${String(error)}`);
    return error.challenge;
  }

  it('verifies a code (whitespace ignored) so that the same purchase goes through with its key, charged once', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk();
    const before = await backend.state.balance(backend.users.viewer);
    const challenge = await stepUpChallenge(giftkit, 'verify-step-up-1');
    const verification = await giftkit.security.verifyStepUp(challenge.id, ' 123456\n');
    expect([verification.challengeId, verification.status]).to.deep.equal([challenge.id, 'verified']);
    const catalog = await giftkit.pricing.packages();
    const result = await giftkit.wallet.recharge(
      { type: 'package', packageId: catalog.packages[0]!.id },
      { paymentMethod: 'card', testToken: 'tok_step_up', idempotencyKey: 'verify-step-up-1' },
    );
    expect(result.recharge.status).to.equal('succeeded');
    expect(await backend.state.balance(backend.users.viewer)).to.equal(before + result.recharge.coins);
  });

  it('rejects a wrong code with StepUpFailedError and the attempts left', async () => {
    const giftkit = harness.sdk();
    const challenge = await stepUpChallenge(giftkit, 'verify-step-up-2');
    const error = await rejectionOf(giftkit.security.verifyStepUp(challenge.id, '000000'));
    expect(isStepUpFailedError(error) && error.attemptsLeft).to.equal(challenge.attemptsLeft - 1);
  });

  it('refuses a code that is not 4 to 10 digits before any request', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk();
    const error = await rejectionOf(giftkit.security.verifyStepUp('challenge_1', '12-34'));
    expect(error).to.be.instanceOf(TypeError);
    expect(backend.state.requests.filter((r) => r.path.endsWith('/verify'))).to.have.length(0);
  });
});

describe('giftkit.baseUrl', () => {
  const harness = useHarness();

  it('is the configured base URL without a trailing slash', () => {
    expect(harness.sdk({ baseUrl: 'https://wallet.giftkit.test/' }).baseUrl).to.equal('https://wallet.giftkit.test');
  });
});
