import { expect } from 'chai';
import fc from 'fast-check';
import { currencyExponent } from '@giftkit/contract';
import { formatCoins, formatMoney, formatUnitPrice } from './format.js';

const LOCALES = ['en-US', 'de-DE', 'ja-JP', 'ar-EG'] as const;
const CURRENCIES = ['USD', 'JPY', 'KWD', 'EUR'] as const;

/** The digits of a formatted figure as ASCII, whatever numerals the locale writes them in. */
function digitsOf(text: string): string {
  let digits = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code >= 0x30 && code <= 0x39) digits += char;
    else if (code >= 0x660 && code <= 0x669) digits += String(code - 0x660);
    else if (code >= 0x6f0 && code <= 0x6f9) digits += String(code - 0x6f0);
  }
  return digits;
}

function decimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

describe('formatMoney', () => {
  it('round-trips every digit of the minor units, with the ISO number of decimals, in every locale', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...CURRENCIES), fc.constantFrom(...LOCALES),
      (amount, currency, locale) => {
        const text = formatMoney({ amount, currency }, locale);
        const exponent = currencyExponent(currency);
        expect(digitsOf(text)).to.equal(String(amount).padStart(exponent + 1, '0'));
        const separator = decimalSeparator(locale);
        const fraction = exponent === 0 ? '' : digitsOf(text.slice(text.lastIndexOf(separator)));
        expect(fraction).to.have.length(exponent);
      },
    ), { numRuns: 300 });
  });

  it('formats the largest safe amount exactly', () => {
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en-US')).to.equal('$90,071,992,547,409.91');
  });

  it('shows yen without decimals, dinars with three, and Arabic-Indic digits in ar-EG', () => {
    const yen = formatMoney({ amount: 160, currency: 'JPY' }, 'ja-JP');
    expect(yen).to.contain('160');
    expect(yen).to.not.match(/[.,]/);
    expect(formatMoney({ amount: 1_234_567, currency: 'KWD' }, 'en-US')).to.contain('1,234.567');
    expect(formatMoney({ amount: 5, currency: 'KWD' }, 'en-US')).to.contain('0.005');
    const arabic = formatMoney({ amount: 199, currency: 'USD' }, 'ar-EG');
    expect(arabic).to.match(/[٠-٩]/);
    expect(arabic).to.not.match(/[0-9]/);
    expect(digitsOf(arabic)).to.equal('199');
  });

  it('abbreviates large amounts in compact mode, truncating, and keeps small ones whole', () => {
    expect(formatMoney({ amount: 1_234_599, currency: 'USD' }, 'en-US', { compact: true })).to.equal('$12.3K');
    expect(formatMoney({ amount: 99_999_999, currency: 'USD' }, 'en-US', { compact: true })).to.equal('$999.9K');
    expect(formatMoney({ amount: 599, currency: 'USD' }, 'en-US', { compact: true })).to.equal('$5.99');
  });

  it('rejects fractional minor units and unknown currencies', () => {
    expect(() => formatMoney({ amount: 1.5, currency: 'USD' }, 'en-US')).to.throw(RangeError, /safe integer/);
    expect(() => formatMoney({ amount: 1, currency: 'US' }, 'en-US')).to.throw(RangeError);
  });
});

describe('formatCoins', () => {
  it('groups digits, and in compact mode truncates to one decimal', () => {
    expect(formatCoins(1_234, 'en')).to.equal('1,234');
    expect(formatCoins(12_500, 'en', { compact: true })).to.equal('12.5K');
    expect(formatCoins(1_234, 'en', { compact: true })).to.equal('1.2K');
    expect(formatCoins(1_299_999, 'en', { compact: true })).to.equal('1.2M');
    expect(formatCoins(999_999, 'en', { compact: true })).to.equal('999.9K');
    expect(formatCoins(999, 'en', { compact: true })).to.equal('999');
    expect(formatCoins(1_234, 'de-DE')).to.equal('1.234');
  });

  it('never shows a compact figure above the real count', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (coins) => {
      const text = formatCoins(coins, 'en', { compact: true });
      const match = /^([\d.,]+)([KMBT]?)$/.exec(text);
      expect(match, text).to.not.equal(null);
      const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[match?.[2] as 'K'];
      expect(Number((match?.[1] as string).replaceAll(',', '')) * scale).to.be.at.most(coins);
    }));
  });

  it('rejects fractional coins', () => {
    expect(() => formatCoins(1.5, 'en')).to.throw(RangeError, /coins/);
  });

  it('reuses formatters instead of building one per figure', () => {
    const NumberFormat = Intl.NumberFormat;
    let constructed = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct(target, args: [string, Intl.NumberFormatOptions]) {
        constructed += 1;
        return new target(...args);
      },
    });
    try {
      for (let coins = 0; coins < 2_000; coins += 1) formatCoins(coins, 'fr-CA', { compact: true });
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
    expect(constructed).to.be.within(1, 2);
  });
});

describe('formatUnitPrice', () => {
  it('shows the price of one coin to a hundredth of a minor unit', () => {
    expect(formatUnitPrice({ amount: 99, currency: 'USD' }, 70, 'en-US')).to.equal('$0.0141');
    expect(formatUnitPrice({ amount: 160, currency: 'JPY' }, 70, 'en-US')).to.equal('¥2.29');
  });

  it('adds decimals for tiny unit prices until three significant digits show', () => {
    expect(formatUnitPrice({ amount: 1, currency: 'USD' }, 1_000_000, 'en-US')).to.equal('$0.0000000100');
    expect(formatUnitPrice({ amount: 0, currency: 'USD' }, 70, 'en-US')).to.equal('$0.0000');
  });

  it('needs a positive number of coins', () => {
    expect(() => formatUnitPrice({ amount: 99, currency: 'USD' }, 0, 'en-US')).to.throw(RangeError, /positive/);
  });
});
