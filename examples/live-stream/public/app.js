// The example stream page: the Giftkit widgets (balance badge, gift picker, recharge dialog with step-up
// and history) on one shared SDK instance, plus what a host site adds around them: the activity feed,
// floating gifts and a chat whose messages are checked for unofficial coin sellers. Plain DOM code with no
// innerHTML: the page runs under a strict CSP with Trusted Types.
import { createGiftkit, configure, setLocale } from '/vendor/giftkit-widgets.js';

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

// One SDK instance for the page and every widget on it. No onStepUp: the recharge dialog shows its own
// one-time-code screen when a purchase needs a second factor (sandbox code 123456).
const giftkit = configure(createGiftkit({
  baseUrl: location.origin,
  getToken,
  platform: 'web',
  locale: navigator.language,
  officialOrigins: [location.origin],
}));
setLocale(navigator.language);

// Activity feed and floating gifts.
const feed = $('feed');
function addFeed(text, kind = '') {
  feed.prepend(el('li', { className: kind, textContent: text }));
  while (feed.children.length > 50) feed.lastElementChild.remove();
}
function float(gift) {
  const img = el('img', { src: gift.imageUrl, alt: '', className: 'floater' });
  img.style.left = `${10 + Math.random() * 70}%`;
  $('floaters').append(img);
  img.addEventListener('animationend', () => img.remove());
}
document.addEventListener('gk-gift-send', (event) => float(event.gift));
document.addEventListener('gk-gift-sent', (event) => addFeed(`🎁 You sent ${event.sent.count} × ${event.gift.name}`, 'gift'));
document.addEventListener('gk-combo-end', (event) => {
  if (event.sent > 0) addFeed(`🔥 ${event.gift.name} combo ×${event.sent}`, 'gift');
});
document.addEventListener('gk-recharge-complete', (event) =>
  addFeed(`🪙 ${giftkit.pricing.format.coins(event.recharge.coins)} coins added`));

// Chat: every message is checked for unofficial coin sellers before it is shown.
$('chat').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $('chat-input');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  addFeed(`You: ${text}`);
  const { level, reasons } = giftkit.security.assessSeller(text);
  if (level === 'medium' || level === 'high') {
    addFeed(`⚠️ Possible scam: ${reasons.map((r) => r.message).join(' ')} Buy coins only through the coin button.`, 'warn');
  }
});

// A same-tab checkout (popup blocked) comes back here with the recharge id: show how it ended.
const returned = params.get('giftkit_recharge_id');
if (returned) {
  customElements.whenDefined('gk-recharge-dialog').then(() => $('recharge').show({ rechargeId: returned }));
}
