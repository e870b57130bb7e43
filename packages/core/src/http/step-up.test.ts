import { expect } from 'chai';
import {
  isHttpError, isStepUpCanceledError, isStepUpFailedError, isStepUpRequiredError,
  type Giftkit, type PackageCatalog, type StepUpChallenge, type StepUpContext,
} from '@giftkit/core';
import { useHarness, rejectionOf, BASE_URL } from '../test/harness.js';

describe('step-up', () => {
  const harness = useHarness();
  const recharges = () => harness.backend.state.requests.filter((r) => r.method === 'POST' && r.path === '/v1/recharges');

  async function buy(giftkit: Giftkit, idempotencyKey?: string) {
    const catalog: PackageCatalog = await giftkit.pricing.packages();
    return giftkit.wallet.recharge(
      { type: 'package', packageId: catalog.packages[0]!.id },
      { paymentMethod: catalog.paymentMethods[0]!.id, testToken: 'tok_step_up', ...(idempotencyKey ? { idempotencyKey } : {}) },
    );
  }

  it('asks onStepUp for the code, verifies it and repeats the request with the same key', async () => {
    const { backend } = harness;
    const prompts: StepUpChallenge[] = [];
    const giftkit = harness.sdk({
      onStepUp: async (challenge) => {
        prompts.push(challenge);
        return '123456';
      },
    });
    const before = await backend.state.balance(backend.users.viewer);
    const result = await buy(giftkit);
    expect(result.recharge.status).to.equal('succeeded');
    expect(prompts).to.have.length(1);
    expect(prompts[0]!.length).to.be.within(4, 10);
    const posts = recharges();
    expect(posts.map((r) => r.status)).to.deep.equal([403, 201]);
    expect(posts[1]!.idempotencyKey).to.equal(posts[0]!.idempotencyKey);
    expect(await backend.state.balance(backend.users.viewer)).to.equal(before + result.recharge.coins);
  });

  it('prompts again after a wrong code, with the attempts left and the reason', async () => {
    const contexts: { attemptsLeft: number; context: StepUpContext }[] = [];
    const giftkit = harness.sdk({
      onStepUp: (challenge, context) => {
        contexts.push({ attemptsLeft: challenge.attemptsLeft, context });
        return context.attempt === 1 ? '000000' : '123456';
      },
    });
    const result = await buy(giftkit);
    expect(result.recharge.status).to.equal('succeeded');
    expect(contexts.map((c) => c.context.attempt)).to.deep.equal([1, 2]);
    expect(contexts[1]!.attemptsLeft).to.equal(contexts[0]!.attemptsLeft - 1);
    expect(contexts[0]!.context.error).to.equal(null);
    expect(isStepUpFailedError(contexts[1]!.context.error)).to.equal(true);
  });

  it('throws StepUpFailedError once no attempts are left', async () => {
    let prompts = 0;
    const giftkit = harness.sdk({
      onStepUp: () => {
        prompts++;
        return '000000';
      },
    });
    const error = await rejectionOf(buy(giftkit));
    expect(isStepUpFailedError(error) && error.attemptsLeft).to.equal(0);
    expect(prompts).to.be.greaterThan(1);
  });

  it('throws StepUpCanceledError when onStepUp returns null, and charges nothing', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk({ onStepUp: () => null });
    const before = await backend.state.balance(backend.users.viewer);
    const error = await rejectionOf(buy(giftkit));
    expect(isStepUpCanceledError(error)).to.equal(true);
    if (isStepUpCanceledError(error)) expect(error.challenge.id).to.be.a('string');
    expect(recharges()).to.have.length(1);
    expect(await backend.state.balance(backend.users.viewer)).to.equal(before);
  });

  it('throws StepUpRequiredError with the challenge when there is no onStepUp, and the same key goes through after verifying', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk();
    const error = await rejectionOf(buy(giftkit, 'recharge-action-42'));
    expect(isStepUpRequiredError(error)).to.equal(true);
    if (!isStepUpRequiredError(error)) return;
    const verified = await fetch(`${BASE_URL}/v1/step-up/${error.challenge.id}/verify`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.tokenFor(backend.users.viewer)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code: '123456' }),
    });
    expect(verified.status).to.equal(200);
    const result = await buy(giftkit, 'recharge-action-42');
    expect(result.recharge.status).to.equal('succeeded');
  });

  it('never retries the verification POST, which carries no Idempotency-Key', async () => {
    const { backend } = harness;
    const giftkit = harness.sdk({
      onStepUp: (challenge) => {
        backend.faults.add({ kind: 'status', status: 503, match: { method: 'POST', path: `/v1/step-up/${challenge.id}/verify` }, times: 5 });
        return '123456';
      },
    });
    const error = await rejectionOf(buy(giftkit));
    expect(isHttpError(error) && error.status).to.equal(503);
    const verifications = backend.state.requests.filter((r) => r.path.endsWith('/verify'));
    expect(verifications).to.have.length(1);
    expect(verifications[0]!.idempotencyKey ?? null).to.equal(null);
  });
});
