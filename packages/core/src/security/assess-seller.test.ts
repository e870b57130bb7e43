import { expect } from 'chai';
import { assessSeller } from './assess-seller.js';
import type { SellerAssessment, SellerContext } from './assess-seller.js';

const context: SellerContext = {
  officialOrigins: ['https://www.tiktok.com', 'https://wallet.giftkit.test'],
  bestRate: { coins: 1_000, price: { amount: 1_399, currency: 'USD' } },
};

const codes = (assessment: SellerAssessment): string[] => assessment.reasons.map((reason) => reason.code);

describe('assessSeller', () => {
  it('finds nothing wrong with official links, their subdomains, or ordinary chat', () => {
    for (const input of ['https://www.tiktok.com/coin', 'tiktok.com', 'https://m.tiktok.com/recharge', 'https://wallet.giftkit.test/v1', 'gg, that rose was cute', 'Nice stream! check youtube.com/watch later']) {
      expect(assessSeller(input, context), input).to.deep.equal({ level: 'none', reasons: [] });
    }
  });

  it('flags any unofficial lone link, but a link in chat only when the chat is about coins', () => {
    const lone = assessSeller('https://example.com/shop', context);
    expect(lone.level).to.equal('low');
    expect(lone.reasons).to.deep.equal([{ code: 'unofficial_origin', message: lone.reasons[0]?.message, detail: 'example.com' }]);
    expect(assessSeller('great video at https://example.com', context).level).to.equal('none');
    expect(codes(assessSeller('buy your coins at https://example.com', context))).to.deep.equal(['unofficial_origin']);
    expect(codes(assessSeller('recarga en shop.example.com', context))).to.deep.equal(['unofficial_origin']);
  });

  it('flags plain http, even to an official host', () => {
    expect(assessSeller('http://www.tiktok.com/coin', context)).to.include({ level: 'low' });
    expect(codes(assessSeller('http://coins.example.com', context))).to.deep.equal(['unofficial_origin', 'insecure_url']);
    expect(assessSeller('http://coins.example.com', context).level).to.equal('medium');
  });

  it('rates punycode and confusable lookalikes high', () => {
    const punycode = assessSeller('https://xn--tktok-n2e.com/coins', context);
    expect(punycode.level).to.equal('high');
    expect(codes(punycode)).to.include.members(['punycode_domain', 'lookalike_domain']);
    const cyrillic = assessSeller('recharge here: https://tіktоk.com', context); // Cyrillic і and о
    expect(cyrillic.level).to.equal('high');
    expect(codes(cyrillic)).to.include.members(['lookalike_domain', 'punycode_domain']);
    expect(cyrillic.reasons[0]?.detail).to.equal('tіktоk.com');
  });

  it('rates ASCII lookalikes and domains that embed the brand high', () => {
    for (const input of ['t1ktok-coins.shop', 'https://tiktok.co/recharge', 'giftkit-official.xyz', 'https://gifts.tiktokcoins.top', 'rnytiktok.store']) {
      const result = assessSeller(input, context);
      expect(result.level, input).to.equal('high');
      expect(codes(result), input).to.include('lookalike_domain');
    }
    // Hosts under an official registrable domain are unofficial origins, not lookalikes.
    expect(codes(assessSeller('cdn.giftkit.test', context))).to.deep.equal(['unofficial_origin']);
  });

  it('sees through the user-info trick of https://brand@host', () => {
    const result = assessSeller('https://www.tiktok.com@evil.example.com/coins', context);
    expect(result.reasons[0]).to.include({ code: 'unofficial_origin', detail: 'evil.example.com' });
  });

  it('rates cheap-coin wording medium alone and high with an unofficial link', () => {
    const wording = assessSeller('FREE COINS!!! dm me', context);
    expect(wording.level).to.equal('medium');
    expect(wording.reasons).to.deep.equal([{ code: 'cheap_coins_wording', message: wording.reasons[0]?.message, detail: 'free coins' }]);
    expect(assessSeller('free tiktok coins at coins4u.shop', context).level).to.equal('high');
    expect(assessSeller('tiktok coin generator no survey', context).level).to.equal('medium');
    expect(codes(assessSeller('coins 80% OFF today only', context))).to.deep.equal(['cheap_coins_wording']);
    expect(assessSeller('we got 80% off on shoes', context).level).to.equal('none');
  });

  it('reads the wording in Spanish and Portuguese, accents or not', () => {
    for (const input of ['¡Monedas GRATIS para todos!', 'recarga barata aquí', 'moedas grátis, chama no privado', 'Moedas de graça', 'generador de monedas 2025', '70% de descuento en monedas']) {
      expect(codes(assessSeller(input, context)), input).to.deep.equal(['cheap_coins_wording']);
    }
  });

  it('compares quoted prices with the best official rate', () => {
    for (const input of ['1000 coins for $2', '$5 for 1000 coins', '1000 coins = 5 USD', 'only 2 dollars for 1,000 coins', '10k coins for $50']) {
      const result = assessSeller(input, context);
      expect(result.level, input).to.equal('medium');
      expect(codes(result), input).to.deep.equal(['below_official_price']);
    }
    expect(assessSeller('1000 coins for $2', context).reasons[0]?.detail).to.equal('1000 coins for 2 USD');
    // 10% below $13.99 is $12.59: not flagged above it, not flagged in a currency it cannot convert.
    for (const input of ['1000 coins for $12.60', '1000 coins for $13.99', '1000 coins for €2']) {
      expect(assessSeller(input, context).level, input).to.equal('none');
    }
    expect(assessSeller('1000 coins for $2 at cheapcoins.example', context).level).to.equal('high');
  });

  it('parses prices written the Brazilian way', () => {
    const brl: SellerContext = { officialOrigins: ['https://www.tiktok.com'], bestRate: { coins: 1_000, price: { amount: 7_490, currency: 'BRL' } } };
    expect(assessSeller('1.000 moedas por R$ 9,90', brl).reasons[0]).to.include({ code: 'below_official_price', detail: '1000 coins for 9.90 BRL' });
    expect(assessSeller('1.000 moedas por R$ 74,90', brl).level).to.equal('none');
    expect(assessSeller('1.000 moedas por $ 9,90', brl).level).to.equal('none');
  });

  it('rates a request for a password or one-time code high, but not a warning about them', () => {
    for (const input of ['send me your password', 'what is your 2FA code?', 'give me the verification code you got', 'mándame tu código de verificación', 'me passa sua senha', 'dm me ur login details']) {
      const result = assessSeller(input, context);
      expect(result.level, input).to.equal('high');
      expect(codes(result), input).to.deep.equal(['credential_request']);
    }
    for (const input of ['never share your password', "don't give anyone your verification code", 'nunca compartas tu contraseña']) {
      expect(assessSeller(input, context).level, input).to.equal('none');
    }
  });

  it('lists the most serious reason first, once per code', () => {
    const result = assessSeller('FREE coins!! t1ktok.shop and t1ktok.store, send your password', context);
    expect(codes(result)).to.deep.equal(['lookalike_domain', 'credential_request', 'cheap_coins_wording', 'unofficial_origin']);
    expect(result.reasons.every((reason) => reason.message.length > 0)).to.equal(true);
  });

  it('protects extra brand names given in the context', () => {
    const result = assessSeller('https://giftkitt.example', { officialOrigins: ['https://pay.example.org'], brands: ['GiftKit'] });
    expect(codes(result)).to.include('lookalike_domain');
  });

  it('rejects an official origin that is not a URL', () => {
    expect(() => assessSeller('hi', { officialOrigins: ['tiktok'] })).to.throw(TypeError, /officialOrigins/);
  });

  it('gets through 100 KB of random text and of link-dense text', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789.,:/-$%@ \n';
    let random = '';
    for (let i = 0; i < 100_000; i += 1) random += alphabet[Math.floor(Math.random() * alphabet.length)];
    expect(assessSeller(random, context).level).to.be.oneOf(['none', 'low', 'medium', 'high']);
    const dense = 'free coins at cheap-t1ktok.shop http://a.bc 1000 coins for $1 '.repeat(1_700);
    expect(dense.length).to.be.above(100_000);
    expect(assessSeller(dense, context).level).to.equal('high');
    const pathological = `${'a.'.repeat(50_000)}com ${'1,'.repeat(50_000)} coins https://${'x'.repeat(100_000)}`;
    expect(assessSeller(pathological, context).level).to.be.oneOf(['none', 'low', 'medium', 'high']);
  });
});
