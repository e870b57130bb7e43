// <gk-gift-picker> with the real <gk-recharge-dialog>: choosing a gift the viewer cannot afford opens the
// dialog, set up for exactly the coins missing. A file of its own because gift-picker.test.ts registers a
// stand-in under the dialog's tag name, and a tag can be defined only once per page.
import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { useHarness, fixture, until, recordEvents } from '../test/harness.js';
import { deepActiveElement } from '../internal/focus.js';
import type { GkRechargeDialog } from '../recharge-dialog/recharge-dialog.js';
import { CUSTOM } from '../recharge-dialog/choose-view.js';
// Registers the real <gk-recharge-dialog>.
import { expectAccessible, part, untilState } from '../test/recharge-dialog-driver.js';
import './gift-picker.define.js';
import type { GkGiftPicker } from './gift-picker.js';

const CREATOR = 'creator_lena';
const STREAM = 'stream_lena_cooking';
const ASSETS = 'https://assets.giftkit.dev';

function gift(picker: GkGiftPicker, id: string): HTMLButtonElement {
  const button = picker.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="gift"][data-id="${id}"]`);
  if (!button) throw new Error(`no gift ${id} on show`);
  return button;
}

/** The value of the package radio the dialog has selected (a package id, or CUSTOM). */
function selectedPackage(dialog: GkRechargeDialog): string | undefined {
  return dialog.shadowRoot?.querySelector<HTMLInputElement>('input[name="package"]:checked')?.value;
}

describe('<gk-gift-picker> with <gk-recharge-dialog>', () => {
  const harness = useHarness();

  /** A page with two dialogs, the second named by the picker's recharge-dialog; resolves once the gifts show. */
  async function page(coins: number): Promise<{ picker: GkGiftPicker; named: GkRechargeDialog; other: GkRechargeDialog }> {
    const { giftkit } = await harness.viewer(coins);
    const root = await fixture<HTMLElement>(html`<div>
      <gk-recharge-dialog id="other"></gk-recharge-dialog>
      <gk-gift-picker recipient-id=${CREATOR} stream-id=${STREAM} recharge-dialog="shop" image-origins=${ASSETS}></gk-gift-picker>
      <gk-recharge-dialog id="shop"></gk-recharge-dialog>
    </div>`);
    const picker = root.querySelector('gk-gift-picker') as GkGiftPicker;
    await until(() => (picker.shadowRoot?.querySelectorAll('[part~="gift"]').length ?? 0) > 0, 5000, 'the gifts');
    await until(() => giftkit.wallet.balance.get().coins === coins, 3000, 'the balance');
    await picker.updateComplete;
    return { picker, named: root.querySelector('#shop') as GkRechargeDialog, other: root.querySelector('#other') as GkRechargeDialog };
  }

  it('opens the dialog named by recharge-dialog with the package covering the shortfall selected', async () => {
    const { picker, named, other } = await page(100);
    const requests = recordEvents(picker, 'gk-recharge-request');
    const sends = recordEvents(picker, 'gk-gift-send');
    // Swan costs 699 coins: 599 are missing. Chosen from the keyboard, as a viewer without a mouse would.
    gift(picker, 'swan').focus();
    await sendKeys({ press: 'Enter' });
    expect(requests.events.map((event) => event.shortfall)).to.deep.equal([599]);
    expect(sends.count).to.equal(0);

    await untilState(named, 'choose');
    const native = part<HTMLDialogElement>(named, 'dialog');
    expect(native.matches(':modal'), `a modal dialog (open: ${native.open}, element open: ${named.open})`).to.equal(true);
    expect(other.open).to.equal(false);
    expect(named.shortfall).to.equal(599);
    expect(part(named, '[part~="shortfall"]').textContent).to.contain('You need 599 more coins.');
    // The sandbox's cheapest top-up covering 599 coins: its 700-coin package (on promotion).
    expect(selectedPackage(named)).to.equal('pkg_700');
    expect(part(named, 'input[value="pkg_700"]').closest('[part~="package"]')?.getAttribute('part')).to.contain('package-selected');
    // Focus went into the dialog, off the page behind it.
    expect(named.contains(deepActiveElement()) || named.shadowRoot?.contains(deepActiveElement())).to.equal(true);
    await expectAccessible(named);
    expect(harness.backend.state.requests.filter((request) => request.method === 'POST' && request.path === '/v1/gifts/send')).to.have.length(0);
  });

  it('preselects the custom amount when a few coins are missing', async () => {
    const { picker, named } = await page(100);
    // Heart Rain costs 149 coins: 49 are missing, fewer than the smallest package holds.
    gift(picker, 'heart_rain').click();
    await untilState(named, 'choose');
    expect(named.shortfall).to.equal(49);
    expect(part(named, '[part~="shortfall"]').textContent).to.contain('You need 49 more coins.');
    expect(selectedPackage(named)).to.equal(CUSTOM);
    // The smallest custom amount that covers the shortfall: a whole number of 10-coin steps.
    expect(part<HTMLInputElement>(named, '#custom-coins').value).to.equal('50');
    await expectAccessible(named);
  });
});
