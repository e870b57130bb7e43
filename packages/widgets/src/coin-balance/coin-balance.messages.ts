/** Spanish and Arabic translations of `<gk-coin-balance>`'s messages, keyed by message id. */
import { str, type TemplateMap } from '@lit/localize';

/** Spanish. */
export const es: TemplateMap = {
  // `many` is for whole millions, which take "de": 1.000.000 de monedas.
  'gk.balance.coins-one': str`${0} moneda`,
  'gk.balance.coins-many': str`${0} de monedas`,
  'gk.balance.coins-other': str`${0} monedas`,
  'gk.balance.coins-compact': str`${0}, ${1}`,
  'gk.balance.label': str`${0}. Conseguir monedas`,
  'gk.balance.label-low': str`Saldo bajo: ${0}. Conseguir monedas`,
  'gk.balance.loading': 'Cargando tu saldo de monedas',
  'gk.balance.error': 'No se pudo cargar tu saldo. Reintentar',
  'gk.balance.retry': 'Reintentar',
  'gk.balance.changed-one': str`Saldo: ${0} moneda`,
  'gk.balance.changed-many': str`Saldo: ${0} de monedas`,
  'gk.balance.changed-other': str`Saldo: ${0} monedas`,
};

/** Arabic. */
export const ar: TemplateMap = {
  // The counted noun as CLDR's Arabic units have it: singular after 0, 11–99 and 100+, plural after 3–10.
  // Grammar says 1 and 2 with the noun alone (عملة واحدة، عملتان), as the announcement does; the button's
  // name keeps the figure the badge shows instead (WCAG 2.5.3: speech input says what it sees), as CLDR's
  // short unit forms do.
  'gk.balance.coins-zero': str`${0} عملة`,
  'gk.balance.coins-one': str`${0} عملة`,
  'gk.balance.coins-two': str`${0} عملة`,
  'gk.balance.coins-few': str`${0} عملات`,
  'gk.balance.coins-many': str`${0} عملة`,
  'gk.balance.coins-other': str`${0} عملة`,
  'gk.balance.coins-compact': str`${0}، ${1}`,
  'gk.balance.label': str`${0}. احصل على عملات`,
  'gk.balance.label-low': str`رصيد منخفض: ${0}. احصل على عملات`,
  'gk.balance.loading': 'جارٍ تحميل رصيد العملات',
  'gk.balance.error': 'تعذّر تحميل رصيدك. أعد المحاولة',
  'gk.balance.retry': 'أعد المحاولة',
  'gk.balance.changed-zero': str`الرصيد: ${0} عملة`,
  'gk.balance.changed-one': 'الرصيد: عملة واحدة',
  'gk.balance.changed-two': 'الرصيد: عملتان',
  'gk.balance.changed-few': str`الرصيد: ${0} عملات`,
  'gk.balance.changed-many': str`الرصيد: ${0} عملة`,
  'gk.balance.changed-other': str`الرصيد: ${0} عملة`,
};
