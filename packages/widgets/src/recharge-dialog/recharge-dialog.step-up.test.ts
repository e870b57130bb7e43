import { expect } from 'chai';
import { html, render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { StepUpFailedError, totalCoins } from '@giftkit/core';
import { useHarness, fixture, recordEvents, until, updated } from '../test/harness.js';
import { deepActiveElement } from '../internal/focus.js';
import { setLocale } from '../localization.js';
import { renderStepUp } from './step-up-view.js';
import {
  acceptTerms, choose, dialogFixture, enterCode, expectAccessible, openDialog, panelText, part, pay, rechargeIdOf,
  rechargePosts, spyOnPopups, tabAround, untilState, type PopupSpy,
} from '../test/recharge-dialog-driver.js';
import type { GkRechargeDialog } from './recharge-dialog.js';

/** The sandbox's one-time code. */
const CODE = '123456';

describe('<gk-recharge-dialog>: step-up', () => {
  const harness = useHarness();
  let popups: PopupSpy | undefined;
  afterEach(() => popups?.restore());

  /** A fresh viewer's dialog with `packageId` chosen and the terms accepted; Pay not pressed yet. */
  async function ready(packageId: string, template = html`<gk-recharge-dialog></gk-recharge-dialog>`) {
    const viewer = await harness.viewer();
    const dialog = await dialogFixture(template);
    await openDialog(dialog);
    await choose(dialog, packageId);
    await acceptTerms(dialog);
    popups = spyOnPopups(harness.backend);
    return { ...viewer, dialog };
  }

  it('asks for the code, takes a wrong one, then resumes the same purchase with the right one: charged once', async () => {
    const { backend } = harness;
    // $88.99 is above the sandbox's $50 step-up threshold.
    const { dialog, giftkit, userId } = await ready('pkg_7000');
    const before = await backend.state.balance(userId);
    const completes = recordEvents(dialog, 'gk-recharge-complete');
    await pay(dialog);
    await untilState(dialog, 'step-up');
    expect(popups!.popups[0]!.closed).to.equal(true); // nothing to show in it yet
    const input = part<HTMLInputElement>(dialog, '[part~="code-input"]');
    expect(deepActiveElement()).to.equal(input);
    expect([input.autocomplete, input.inputMode]).to.deep.equal(['one-time-code', 'numeric']);
    expect(panelText(dialog)).to.contain('Enter the 6-digit code').and.to.contain('3 attempts left');
    await expectAccessible(dialog);

    await enterCode(dialog, '000-000');
    await until(() => part(dialog, '[part~="step-up"]').textContent!.includes('not right'), 3000, 'the wrong-code message');
    await updated(dialog);
    expect(panelText(dialog)).to.contain('That code is not right').and.to.contain('2 attempts left');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="code-input"]'));
    await expectAccessible(dialog);

    await enterCode(dialog, ' 123 456 ');
    expect(part<HTMLInputElement>(dialog, '#code').value).to.equal(CODE);
    await untilState(dialog, 'pending');
    // A popup opens with each confirmation (a user gesture); the one of the wrong code closed unused.
    const [afterPay, afterWrongCode, afterRightCode] = popups!.popups;
    expect([afterPay!.closed, afterPay!.visited, afterWrongCode!.closed, afterWrongCode!.visited]).to.deep.equal([true, [], true, []]);
    const checkoutUrl = afterRightCode!.visited[0];
    await backend.state.completeCheckout(rechargeIdOf(checkoutUrl), 'succeed');
    await untilState(dialog, 'succeeded');

    const pkg = (await giftkit.pricing.packages()).packages.find((p) => p.id === 'pkg_7000')!;
    expect(await backend.state.balance(userId)).to.equal(before + totalCoins(pkg));
    const posts = rechargePosts(backend);
    expect(posts.map((p) => p.status)).to.deep.equal([403, 201]);
    expect(posts[1]!.key).to.equal(posts[0]!.key);
    expect(completes.count).to.equal(1);
    expect(await backend.state.ledgerBalanced()).to.equal(true);
  });

  it('asks for all the digits before sending a code', async () => {
    const { backend } = harness;
    const { dialog } = await ready('pkg_70', html`<gk-recharge-dialog test-token="tok_step_up"></gk-recharge-dialog>`);
    await pay(dialog);
    await untilState(dialog, 'step-up');
    await enterCode(dialog, '12 3');
    expect(panelText(dialog)).to.contain('Enter all 6 digits');
    expect(backend.state.requests.filter((r) => r.path.endsWith('/verify'))).to.have.length(0);
    await expectAccessible(dialog);
  });

  it('keeps the code when it could not be checked, and sends it again', async () => {
    const { backend } = harness;
    const { dialog } = await ready('pkg_70', html`<gk-recharge-dialog test-token="tok_step_up"></gk-recharge-dialog>`);
    const errors = recordEvents(dialog, 'gk-error');
    await pay(dialog);
    await untilState(dialog, 'step-up');
    backend.faults.add({ kind: 'network_error', match: { method: 'POST', path: /\/verify$/ } });
    await enterCode(dialog, CODE);
    await until(() => panelText(dialog).includes('could not be checked'), 3000, 'the connection message');
    await updated(dialog);
    expect(part<HTMLInputElement>(dialog, '#code').value).to.equal(CODE);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="verify-button"]'));
    expect(errors.count).to.equal(1);
    expect(part(dialog, '[part~="field-error"]').getAttribute('role')).to.equal('alert');
    expect(part(dialog, '#code').getAttribute('aria-describedby')).to.equal('code-help code-error');
    await expectAccessible(dialog);
    part(dialog, '[part~="verify-button"]').click();
    await untilState(dialog, 'succeeded');
  });

  it('cancels: back to the packages, and nothing is charged', async () => {
    const { backend } = harness;
    const { dialog, userId } = await ready('pkg_7000');
    const before = await backend.state.balance(userId);
    await pay(dialog);
    await untilState(dialog, 'step-up');
    part(dialog, '[part~="cancel-button"]').click();
    await untilState(dialog, 'choose');
    expect(rechargePosts(backend).map((p) => p.status)).to.deep.equal([403]);
    expect(await backend.state.balance(userId)).to.equal(before);
    expect(deepActiveElement()).to.equal(part(dialog, 'input[value="pkg_7000"]'));
  });

  it('after three wrong codes asks for a new one, which goes through under the same key', async () => {
    const { backend } = harness;
    const { dialog, userId } = await ready('pkg_70', html`<gk-recharge-dialog test-token="tok_step_up"></gk-recharge-dialog>`);
    const before = await backend.state.balance(userId);
    await pay(dialog);
    await untilState(dialog, 'step-up');
    for (const wrong of ['111111', '222222', '333333']) {
      await enterCode(dialog, wrong);
      await until(() => !part(dialog, '[part~="step-up"]').textContent!.includes('Checking'), 3000, 'the verification');
      await updated(dialog);
    }
    expect(panelText(dialog)).to.contain('Too many wrong codes');
    expect(part<HTMLInputElement>(dialog, '#code').disabled).to.equal(true);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="new-code-button"]'));
    await expectAccessible(dialog);
    part(dialog, '[part~="new-code-button"]').click();
    await until(() => panelText(dialog).includes('3 attempts left'), 3000, 'a new challenge');
    await enterCode(dialog, CODE);
    await untilState(dialog, 'succeeded');
    const posts = rechargePosts(backend);
    expect(posts.map((p) => p.status)).to.deep.equal([403, 403, 201]);
    expect(new Set(posts.map((p) => p.key)).size).to.equal(1);
    expect(await backend.state.balance(userId)).to.equal(before + 70);
  });

  it('says when a challenge expired and offers a new code', async () => {
    const { dialog, giftkit } = await ready('pkg_70', html`<gk-recharge-dialog test-token="tok_step_up"></gk-recharge-dialog>`);
    await pay(dialog);
    await untilState(dialog, 'step-up');
    // The sandbox's challenges live five minutes; answer as the wallet does once one has run out.
    const verify = giftkit.security.verifyStepUp;
    giftkit.security.verifyStepUp = () => Promise.reject(new StepUpFailedError('This challenge has expired.', {
      status: 403, code: 'step_up_failed', retryable: false, details: { reason: 'expired', attemptsLeft: 0 },
    }));
    await enterCode(dialog, CODE);
    await until(() => panelText(dialog).includes('expired'), 3000, 'the expiry message');
    giftkit.security.verifyStepUp = verify;
    await updated(dialog);
    expect(panelText(dialog)).to.contain('This code has expired. Ask for a new one.');
    expect(part<HTMLInputElement>(dialog, '#code').disabled).to.equal(true);
    expect(deepActiveElement()).to.equal(part(dialog, '[part~="new-code-button"]'));
    await expectAccessible(dialog);
    part(dialog, '[part~="new-code-button"]').click();
    await until(() => panelText(dialog).includes('3 attempts left'), 3000, 'a new challenge');
    await enterCode(dialog, CODE);
    await untilState(dialog, 'succeeded');
  });

  it('keeps Tab and Shift+Tab in the code form: the page around the dialog never gets focus', async () => {
    await harness.viewer();
    const page = await fixture<HTMLElement>(html`<div>
      <button type="button" id="before">Before</button>
      <gk-recharge-dialog test-token="tok_step_up"></gk-recharge-dialog>
      <a id="after" href="#after">After</a>
    </div>`);
    const dialog = page.querySelector<GkRechargeDialog>('gk-recharge-dialog')!;
    const outside = [...page.querySelectorAll<HTMLElement>('#before, #after')].map((element) => recordEvents(element, 'focus'));
    await openDialog(dialog);
    await choose(dialog, 'pkg_70');
    await acceptTerms(dialog);
    popups = spyOnPopups(harness.backend);
    await pay(dialog);
    await untilState(dialog, 'step-up');
    const first = part(dialog, '[part~="close-button"]');
    const last = part(dialog, '[part~="cancel-button"]');
    last.focus();
    expect(await tabAround(dialog)).to.equal(first);
    expect(await tabAround(dialog, true)).to.equal(last);
    // Forwards from the close button, Tab walks the form in order.
    first.focus();
    expect(await tabAround(dialog)).to.equal(part(dialog, '#code'));
    expect(outside.map((focus) => focus.count)).to.deep.equal([0, 0]);
    expect(dialog.state).to.equal('step-up');
  });

  it('can be done with the keyboard alone, from the trigger through the code and back', async () => {
    const { backend } = harness;
    const viewer = await harness.viewer();
    const dialog = await dialogFixture();
    popups = spyOnPopups(backend);
    const trigger = document.createElement('button');
    trigger.textContent = 'Get coins';
    trigger.addEventListener('click', () => dialog.show());
    document.body.prepend(trigger);
    const closes = recordEvents(dialog, 'close');
    try {
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await untilState(dialog, 'choose');
      const focused = () => deepActiveElement() as HTMLElement | null;
      const tabUntil = async (check: (el: HTMLElement | null) => boolean, what: string) => {
        for (let i = 0; i < 30 && !check(focused()); i++) await sendKeys({ press: 'Tab' });
        expect(check(focused()), `Tab reaches ${what}`).to.equal(true);
      };
      await tabUntil((el) => (el as HTMLInputElement | null)?.name === 'package', 'the packages');
      for (let i = 0; i < 10 && (focused() as HTMLInputElement).value !== 'pkg_7000'; i++) await sendKeys({ press: 'ArrowDown' });
      expect((focused() as HTMLInputElement).checked).to.equal(true);
      await tabUntil((el) => el?.id === 'terms', 'the terms');
      await sendKeys({ press: 'Space' });
      await tabUntil((el) => el?.getAttribute('part') === 'pay-button', 'Pay');
      await sendKeys({ press: 'Enter' });
      await untilState(dialog, 'step-up');
      expect(focused()?.id).to.equal('code');
      await sendKeys({ type: CODE });
      await sendKeys({ press: 'Enter' });
      await untilState(dialog, 'pending');
      expect(focused()?.getAttribute('part')).to.equal('stop-button');
      await backend.state.completeCheckout(rechargeIdOf(popups.popups.at(-1)!.visited[0]), 'succeed');
      await untilState(dialog, 'succeeded');
      expect(focused()?.getAttribute('part')).to.equal('done-button');
      await sendKeys({ press: 'Enter' });
      await until(() => !dialog.open, 2000, 'the dialog to close');
      expect(document.activeElement).to.equal(trigger);
      expect(closes.count).to.equal(1);
      expect(await backend.state.balance(viewer.userId)).to.be.greaterThan(7000);
    } finally {
      trigger.remove();
    }
  });

  describe('attempts left, in the form of each count', () => {
    afterEach(() => setLocale('en'));

    // The sandbox sends its codes by SMS; figures as Intl writes them in Arabic.
    const arabic = new Intl.NumberFormat('ar');
    const instructions = {
      en: 'Enter the 6-digit code we sent by text message to •••• 42.',
      es: 'Escribe el código de 6 cifras que enviamos por SMS a •••• 42.',
      ar: `أدخل الرمز المكوّن من ${arabic.format(6)} أرقام الذي أرسلناه برسالة نصية إلى •••• 42.`,
    };

    /** The help line under the code field, whitespace collapsed. */
    const help = (root: ParentNode) => (root.querySelector('#code-help')?.textContent ?? '').replace(/\s+/g, ' ').trim();

    it('says 1 attempt but 2 attempts, 1 intento but 5 intentos, and each Arabic form from 1 to 100', async () => {
      const { dialog, giftkit } = await ready('pkg_70', html`<gk-recharge-dialog test-token="tok_step_up"></gk-recharge-dialog>`);
      await pay(dialog);
      await untilState(dialog, 'step-up');
      let refusals = 0;
      /** The help line once the wallet refused a code and left `attemptsLeft` tries. */
      const afterRefusal = async (attemptsLeft: number): Promise<string> => {
        giftkit.security.verifyStepUp = () => {
          refusals += 1;
          return Promise.reject(new StepUpFailedError('That code is not right.', {
            status: 403, code: 'step_up_failed', retryable: false, details: { reason: 'wrong_code', attemptsLeft },
          }));
        };
        const before = refusals;
        await enterCode(dialog, CODE);
        await until(() => refusals > before && !part<HTMLInputElement>(dialog, '#code').readOnly, 3000, 'the refusal');
        await updated(dialog);
        return help(dialog.shadowRoot!);
      };

      expect(await afterRefusal(1)).to.equal(`${instructions.en} 1 attempt left.`);
      expect(await afterRefusal(2)).to.equal(`${instructions.en} 2 attempts left.`);
      await setLocale('es');
      expect(await afterRefusal(1)).to.equal(`${instructions.es} Te queda 1 intento.`);
      expect(await afterRefusal(5)).to.equal(`${instructions.es} Te quedan 5 intentos.`);
      await setLocale('ar');
      expect(await afterRefusal(1)).to.equal(`${instructions.ar} تبقّت محاولة واحدة.`);
      expect(await afterRefusal(2)).to.equal(`${instructions.ar} تبقّت محاولتان.`);
      expect(await afterRefusal(3)).to.equal(`${instructions.ar} تبقّت ${arabic.format(3)} محاولات.`);
      expect(await afterRefusal(11)).to.equal(`${instructions.ar} تبقّت ${arabic.format(11)} محاولة.`);
      expect(await afterRefusal(100)).to.equal(`${instructions.ar} تبقّت ${arabic.format(100)} محاولة.`);
      await expectAccessible(dialog);
    });

    it('has an Arabic form for no attempts left, though the dialog locks the form instead of counting to 0', async () => {
      await setLocale('ar');
      const form = document.createElement('div');
      const ignore = () => {};
      render(renderStepUp({
        challenge: {
          id: 'chl_zero', method: 'sms', destination: '•••• 42', length: 6, attemptsLeft: 0,
          expiresAt: new Date(Date.now() + 300_000).toISOString(), reason: 'amount',
        },
        code: '', problem: null, busy: false, onInput: ignore, onVerify: ignore, onNewCode: ignore, onCancel: ignore,
      }), form);
      expect(help(form)).to.equal(`${instructions.ar} لم تتبقَّ أي محاولة.`);
    });
  });
});
