import { expect } from 'chai';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { configure, getConfigured, type GkCoinBalance, type GkProvider } from '@giftkit/widgets';
import '@giftkit/widgets/define';
import { useHarness, fixture, until, BASE_URL } from '../test/harness.js';

async function coinsOf(badge: GkCoinBalance | null | undefined, coins: number): Promise<void> {
  await until(() => badge?.coins === coins, 3000, `${coins} coins`);
}

describe('<gk-provider> and configure()', () => {
  const harness = useHarness();

  it('gives the widgets inside it its instance and the others the configured one', async () => {
    const inside = await harness.newViewer(111);
    await harness.viewer(222);
    const page = await fixture<HTMLElement>(html`<div>
      <gk-provider .giftkit=${harness.sdk({ userId: inside })}><p><gk-coin-balance></gk-coin-balance></p></gk-provider>
      <gk-coin-balance></gk-coin-balance>
    </div>`);
    const [inner, outer] = page.querySelectorAll<GkCoinBalance>('gk-coin-balance');
    await coinsOf(inner, 111);
    await coinsOf(outer, 222);
  });

  it('updates widgets already on the page when configure() is called late', async () => {
    const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
    expect(badge.state).to.equal('loading');
    const userId = await harness.newViewer(333);
    const instance = configure(harness.sdk({ userId }));
    expect(getConfigured()).to.equal(instance);
    await coinsOf(badge, 333);
  });

  it('creates an instance from options passed to configure()', async () => {
    const badge = await fixture<GkCoinBalance>(html`<gk-coin-balance></gk-coin-balance>`);
    const { backend } = harness;
    const options = { baseUrl: BASE_URL, getToken: () => backend.tokenFor(backend.users.viewer), locale: 'en-US' };
    const first = configure(options);
    await coinsOf(badge, 1_360);
    await until(() => first.events.status.get() === 'open', 3000, 'the event stream');
    const second = configure(options);
    expect(second).not.to.equal(first);
    expect(first.events.status.get(), 'the instance configure() created is destroyed when replaced').to.equal('disconnected');
    await until(() => second.events.status.get() === 'open', 3000, 'the new event stream');
  });

  it('moves its widgets to a new instance when its giftkit property changes', async () => {
    const first = await harness.newViewer(10);
    const second = await harness.newViewer(20);
    const provider = await fixture<GkProvider>(html`<gk-provider .giftkit=${harness.sdk({ userId: first })}>
      <gk-coin-balance></gk-coin-balance>
    </gk-provider>`);
    const badge = provider.querySelector<GkCoinBalance>('gk-coin-balance');
    await coinsOf(badge, 10);
    provider.giftkit = harness.sdk({ userId: second });
    await coinsOf(badge, 20);
  });

  it('serves a widget upgraded after it, and a provider upgraded after its widgets', async () => {
    const userId = await harness.newViewer(44);
    // Neither element is upgraded while the tree is built: they are created in a detached template document.
    const template = document.createElement('template');
    template.innerHTML = '<gk-provider><gk-coin-balance></gk-coin-balance></gk-provider>';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(document.importNode(template.content, true));
    const provider = host.querySelector<GkProvider>('gk-provider') as GkProvider;
    provider.giftkit = harness.sdk({ userId });
    await coinsOf(host.querySelector<GkCoinBalance>('gk-coin-balance'), 44);
  });

  it('creates its own instance from base-url and a token-url it POSTs to', async () => {
    const { backend } = harness;
    const userId = await harness.newViewer(55);
    let calls = 0;
    harness.use(
      http.post('https://app.giftkit.test/api/giftkit-token', () => {
        calls++;
        return HttpResponse.json({ token: backend.tokenFor(userId) });
      }),
    );
    const provider = await fixture<GkProvider>(html`<gk-provider
      base-url=${BASE_URL}
      token-url="https://app.giftkit.test/api/giftkit-token"
      locale="en-US"
      official-origins="https://coins.example https://shop.example"
    ><gk-coin-balance></gk-coin-balance></gk-provider>`);
    await coinsOf(provider.querySelector<GkCoinBalance>('gk-coin-balance'), 55);
    expect(calls).to.be.greaterThan(0);
    expect(provider.officialOrigins).to.deep.equal(['https://coins.example', 'https://shop.example']);
    expect(provider.instance).to.exist;
  });

  it('accepts a plain-text token answer', async () => {
    const { backend } = harness;
    const userId = await harness.newViewer(66);
    harness.use(http.post('https://app.giftkit.test/token.txt', () => HttpResponse.text(backend.tokenFor(userId))));
    const provider = await fixture<GkProvider>(html`<gk-provider base-url=${BASE_URL} token-url="https://app.giftkit.test/token.txt">
      <gk-coin-balance></gk-coin-balance>
    </gk-provider>`);
    await coinsOf(provider.querySelector<GkCoinBalance>('gk-coin-balance'), 66);
  });

  it('destroys the instance it created when it leaves the page, and makes a new one when it comes back', async () => {
    const { backend } = harness;
    const userId = await harness.newViewer(77);
    const provider = await fixture<GkProvider>(html`<gk-provider base-url=${BASE_URL} .getToken=${() => backend.tokenFor(userId)}>
      <gk-coin-balance></gk-coin-balance>
    </gk-provider>`);
    const badge = provider.querySelector<GkCoinBalance>('gk-coin-balance');
    await coinsOf(badge, 77);
    const created = provider.instance;
    await until(() => created?.events.status.get() === 'open', 3000, 'the event stream');
    const parent = provider.parentElement as HTMLElement;
    provider.remove();
    expect(provider.instance).to.equal(undefined);
    expect(created?.events.status.get(), 'destroyed').to.equal('disconnected');
    parent.append(provider);
    await until(() => provider.instance !== undefined);
    expect(provider.instance).not.to.equal(created);
    await coinsOf(badge, 77);
  });

  it('never destroys an instance it was given', async () => {
    const userId = await harness.newViewer(5);
    const given = harness.sdk({ userId });
    given.events.connect();
    const provider = await fixture<GkProvider>(html`<gk-provider .giftkit=${given}></gk-provider>`);
    provider.remove();
    expect(given.events.status.get()).not.to.equal('disconnected');
  });

  it('passes its theme to the widgets inside', async () => {
    await harness.viewer(5);
    const provider = await fixture<GkProvider>(html`<gk-provider theme="dark"><gk-coin-balance></gk-coin-balance></gk-provider>`);
    const badge = provider.querySelector<GkCoinBalance>('gk-coin-balance') as GkCoinBalance;
    expect(getComputedStyle(badge).colorScheme).to.equal('dark');
    provider.theme = 'light';
    await provider.updateComplete;
    expect(provider.getAttribute('theme')).to.equal('light');
    expect(getComputedStyle(badge).colorScheme).to.equal('light');
    badge.theme = 'dark';
    await badge.updateComplete;
    expect(getComputedStyle(badge).colorScheme, "the widget's own theme wins").to.equal('dark');
  });
});
