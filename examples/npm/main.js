// The npm way in: import the SDK, create one instance, hand it to <gk-provider>, and register the elements.
import { createGiftkit } from '@giftkit/core';
import { setLocale } from '@giftkit/widgets';
import '@giftkit/widgets/define';

const giftkit = createGiftkit({
  baseUrl: 'https://wallet.giftkit.test', // the mock's address; your wallet service in production
  getToken: async () => {
    const response = await fetch('/api/giftkit-token', { method: 'POST' });
    return (await response.json()).token;
  },
  officialOrigins: ['https://coins.giftkit.test'],
});

document.querySelector('gk-provider').giftkit = giftkit;

document.querySelector('#locale').addEventListener('change', async (event) => {
  const locale = event.target.value;
  await setLocale(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
});

// Every outcome a page may want to log or react to.
for (const type of ['gk-recharge-request', 'gk-recharge-complete', 'gk-gift-sent', 'gk-error']) {
  document.addEventListener(type, (event) => console.info(type, event));
}
