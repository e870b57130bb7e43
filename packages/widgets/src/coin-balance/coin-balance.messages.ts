/** Spanish and Arabic translations of `<gk-coin-balance>`'s messages, keyed by message id. */
import { str, type TemplateMap } from '@lit/localize';

/** Spanish. */
export const es: TemplateMap = {
  'gk.balance.coins': str`${0} monedas`,
  'gk.balance.coins-compact': str`${0} monedas, ${1}`,
  'gk.balance.label': str`${0}. Conseguir monedas`,
  'gk.balance.label-low': str`Saldo bajo: ${0}. Conseguir monedas`,
  'gk.balance.loading': 'Cargando tu saldo de monedas',
  'gk.balance.error': 'No se pudo cargar tu saldo. Reintentar',
  'gk.balance.retry': 'Reintentar',
  'gk.balance.changed': str`Saldo: ${0} monedas`,
};

/** Arabic. */
export const ar: TemplateMap = {
  'gk.balance.coins': str`${0} عملة`,
  'gk.balance.coins-compact': str`${0} عملة، ${1}`,
  'gk.balance.label': str`${0}. احصل على عملات`,
  'gk.balance.label-low': str`رصيد منخفض: ${0}. احصل على عملات`,
  'gk.balance.loading': 'جارٍ تحميل رصيد العملات',
  'gk.balance.error': 'تعذّر تحميل رصيدك. أعد المحاولة',
  'gk.balance.retry': 'أعد المحاولة',
  'gk.balance.changed': str`الرصيد: ${0} عملة`,
};
