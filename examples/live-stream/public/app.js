// The example stream page: everything a host site does with @giftkit/core, in plain DOM code with no
// innerHTML (the page runs under Trusted Types), so it doubles as a reference for adopters.
import {
  createGiftkit, isInsufficientFundsError, isAgeRestrictedError, isStepUpCanceledError, isGiftkitError,
} from '/vendor/giftkit-core.js';

const STREAM = { creatorId: 'creator_lena', streamId: 'stream_lena_cooking' };
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const viewerSelect = $('viewer');
const params = new URLSearchParams(location.search);
viewerSelect.value = params.get('as') ?? 'viewer_ada';
viewerSelect.addEventListener('change', () => {
  params.set('as', viewerSelect.value);
  location.search = params.toString();
});

// The host site's backend mints a short-lived token for its signed-in viewer; here /demo/token plays
// that backend. The SDK asks again whenever it needs one.
async function getToken() {
  const response = await fetch(`/demo/token?as=${encodeURIComponent(viewerSelect.value)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`token: ${response.status}`);
  return (await response.json()).token;
}

const giftkit = createGiftkit({
  baseUrl: location.origin,
  getToken,
  platform: 'web',
  locale: navigator.language,
  officialOrigins: [location.origin],
  onStepUp: askForCode,
});

// Balance pill: live from the SDK store (recharges, gifts, other tabs, the event stream).
const amount = $('balance-amount');
giftkit.wallet.balance.subscribe(({ status, coins }) => {
  if (status === 'error') amount.textContent = '—';
  else if (coins !== null) {
    amount.textContent = giftkit.pricing.format.coins(coins, { compact: coins >= 10_000 });
    $('balance').title = `${giftkit.pricing.format.coins(coins)} coins`;
  }
});
$('balance').addEventListener('click', () => openRecharge());

// Activity feed and floating gifts from the live event stream.
const feed = $('feed');
function addFeed(text, kind = '') {
  feed.prepend(el('li', { className: kind, textContent: text }));
  while (feed.children.length > 50) feed.lastElementChild.remove();
}
giftkit.events.on('gift', (event) => addFeed(`🎁 ${event.count} × ${event.giftId} sent`, 'gift'));
giftkit.events.on('recharge', ({ recharge }) => addFeed(`🪙 Recharge ${recharge.status}: ${giftkit.pricing.format.coins(recharge.coins)} coins`));
giftkit.events.on('error', (error) => toast(error.message));
giftkit.events.connect();

// Gift bar.
let catalog;
let active = 'popular';
async function loadGifts() {
  catalog = await giftkit.gifts.catalog();
  const tabs = $('tabs');
  tabs.replaceChildren(...catalog.categories.map((category) => {
    const tab = el('button', { type: 'button', role: 'tab', textContent: category.name });
    tab.setAttribute('aria-selected', String(category.id === active));
    tab.addEventListener('click', () => { active = category.id; loadGifts(); });
    return tab;
  }));
  $('gifts').replaceChildren(...catalog.gifts.filter((gift) => gift.categoryId === active).map(giftButton));
}

function giftButton(gift) {
  const button = el('button', { type: 'button', className: 'gift' },
    el('img', { src: gift.imageUrl, alt: '', width: 48, height: 48, loading: 'lazy' }),
    el('span', { className: 'name', textContent: gift.name }),
    el('span', { className: 'price', textContent: `🪙 ${giftkit.pricing.format.coins(gift.coins, { compact: true })}` }));
  button.setAttribute('aria-label', `${gift.name}, ${gift.coins} coins`);
  button.addEventListener('click', () => (gift.streakable ? tapCombo(gift) : sendOnce(gift)));
  return button;
}

let combo;
let comboTimer;
function tapCombo(gift) {
  if (!combo || combo.gift.id !== gift.id || combo.get().status !== 'active') {
    combo?.end();
    combo = giftkit.gifts.combo(gift, { recipientId: STREAM.creatorId, streamId: STREAM.streamId });
    combo.subscribe(({ count, error }) => {
      $('combo').hidden = count === 0;
      $('combo').textContent = `${gift.name} ×${count}`;
      if (error) handleError(error, gift.coins);
    });
  }
  combo.tap();
  float(gift);
  clearTimeout(comboTimer);
  // The combo ends when the viewer stops tapping; the SDK flushes what is left.
  comboTimer = setTimeout(() => combo?.end(), 1500);
}

async function sendOnce(gift) {
  try {
    await giftkit.gifts.send(gift, { recipientId: STREAM.creatorId, streamId: STREAM.streamId });
    float(gift);
  } catch (error) {
    handleError(error, gift.coins);
  }
}

function float(gift) {
  const img = el('img', { src: gift.imageUrl, alt: '', className: 'floater' });
  img.style.left = `${10 + Math.random() * 70}%`;
  $('floaters').append(img);
  img.addEventListener('animationend', () => img.remove());
}

async function handleError(error, price) {
  if (isInsufficientFundsError(error)) {
    const shortfall = error.shortfall ?? price;
    toast(`You need ${giftkit.pricing.format.coins(shortfall)} more coins.`);
    openRecharge(shortfall);
  } else if (isAgeRestrictedError(error)) {
    toast('Gifts and coins are for viewers 18 and over.');
  } else if (isStepUpCanceledError(error)) {
    toast('Canceled.');
  } else {
    toast(isGiftkitError(error) ? error.message : 'Something went wrong.');
  }
}

// Recharge dialog.
async function openRecharge(shortfall) {
  const dialog = $('recharge');
  const list = $('packages');
  $('recharge-status').textContent = '';
  list.replaceChildren(el('li', { className: 'muted', textContent: 'Loading packages…' }));
  if (!dialog.open) dialog.showModal();
  try {
    const packs = await giftkit.pricing.packages();
    const best = await giftkit.pricing.bestValue();
    const suggestion = shortfall ? await giftkit.pricing.suggestTopUp(shortfall) : null;
    const suggested = suggestion?.items.length === 1 && suggestion.items[0].type === 'package' ? suggestion.items[0].package.id : null;
    $('recharge-note').textContent = shortfall
      ? `You need ${giftkit.pricing.format.coins(shortfall)} more coins. We picked the cheapest pack that covers it.`
      : `Prices for ${packs.region}, paid in ${packs.currency}.`;
    const rows = await Promise.all(packs.packages.map(async (pack) => {
      const savings = await giftkit.pricing.savings(pack);
      const buy = el('button', { type: 'button', className: pack.id === suggested ? 'primary' : '', textContent: giftkit.pricing.format.money(pack.price) });
      buy.addEventListener('click', () => buy_(pack, buy));
      return el('li', { className: pack.id === suggested ? 'suggested' : '' },
        el('span', { className: 'coins', textContent: `🪙 ${giftkit.pricing.format.coins(pack.coins)}` }),
        el('span', { className: 'bonus', textContent: pack.bonusCoins ? `+${giftkit.pricing.format.coins(pack.bonusCoins)} bonus` : '' }),
        el('span', { className: 'tags', textContent: [pack.id === best?.id ? 'Best value' : '', savings ? `Save ${savings}%` : '', pack.promotion?.label ?? ''].filter(Boolean).join(' · ') }),
        el('span', { className: 'unit muted', textContent: `${giftkit.pricing.unitPrice(pack)}/coin` }),
        buy);
    }));
    list.replaceChildren(...rows);
    if (suggested) list.querySelector('.suggested button')?.focus();
  } catch (error) {
    list.replaceChildren();
    $('recharge-status').textContent = isAgeRestrictedError(error) ? 'Coins are for viewers 18 and over.' : error.message;
  }
}

async function buy_(pack, button) {
  const status = $('recharge-status');
  button.disabled = true;
  try {
    // Opened before the request, inside the click, so that popup blockers let it through.
    const popup = window.open('about:blank', 'giftkit-checkout', 'popup,width=480,height=680');
    const { recharge } = await giftkit.wallet.recharge(
      { type: 'package', packageId: pack.id },
      { paymentMethod: 'card', returnUrl: new URL('/checkout-return.html', location.href).href },
    );
    if (recharge.nextAction.type === 'redirect') {
      const url = new URL(recharge.nextAction.url);
      if (url.origin !== location.origin) throw new Error('Unexpected checkout address.'); // allowlist before navigating
      if (popup) popup.location.href = url.href;
      else location.assign(url.href); // same-tab fallback when the popup was blocked
      status.textContent = 'Waiting for the payment…';
    } else popup?.close();
    const done = await giftkit.wallet.waitForRecharge(recharge.id);
    status.textContent = {
      succeeded: `Done: ${giftkit.pricing.format.coins(done.recharge.coins)} coins added.`,
      declined: `Declined: ${done.recharge.failure?.message ?? 'the payment was refused.'}`,
      canceled: 'Payment canceled.',
      expired: 'The checkout expired. Try again.',
    }[done.recharge.status] ?? done.recharge.status;
  } catch (error) {
    status.textContent = isStepUpCanceledError(error) ? 'Canceled.' : error.message;
  } finally {
    button.disabled = false;
  }
}

// Step-up: the SDK calls this with the challenge and repeats the purchase with the same key.
function askForCode(challenge) {
  const dialog = $('stepup');
  const input = $('stepup-code');
  $('stepup-text').textContent = `Enter the ${challenge.length}-digit code from your authenticator app. ${challenge.attemptsLeft} attempts left.`;
  input.value = '';
  input.maxLength = challenge.length;
  dialog.showModal();
  return new Promise((resolve) => {
    const finish = (value) => {
      $('stepup-form').onsubmit = null;
      $('stepup-cancel').onclick = null;
      dialog.oncancel = null;
      dialog.close();
      resolve(value);
    };
    $('stepup-form').onsubmit = (event) => { event.preventDefault(); finish(input.value.trim()); };
    $('stepup-cancel').onclick = () => finish(null);
    dialog.oncancel = () => finish(null);
  });
}

// Chat: every message is checked for unofficial coin sellers before it is shown.
$('chat').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('chat-input');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  const { level, reasons } = giftkit.security.assessSeller(text);
  addFeed(`You: ${text}`);
  if (level === 'medium' || level === 'high') {
    addFeed(`⚠️ Possible scam: ${reasons.map((r) => r.message).join(' ')} Buy coins only through the coin button.`, 'warn');
  }
});

let toastTimer;
function toast(text) {
  const node = $('toast');
  node.textContent = text;
  node.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { node.hidden = true; }, 4000);
}

loadGifts().catch((error) => toast(error.message));
