/** Identifiers of wallet resources: a readable prefix and a random UUID (Web Crypto). */

/** A new id such as `rch_3b241101e2bb42558b0d6b1a4c4e2a8e`, matching the contract's `Id`. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '')}`;
}
