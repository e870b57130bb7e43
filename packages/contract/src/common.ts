/** Small shapes shared by several resources of the wallet API. */
import * as z from 'zod/mini';

/** An opaque identifier: 1 to 128 characters of letters, digits, `_` and `-`. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/));

/** An RFC 3339 UTC timestamp such as `2026-11-22T10:00:00.000Z`. */
export const Timestamp = z.iso.datetime();

/** An ISO 3166-1 alpha-2 region code such as `US`, `BR` or `JP`. */
export const RegionCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/** The platform a viewer buys on; store platforms carry their app store's fee in their prices. */
export const Platform = z.enum(['web', 'ios', 'android']);
/** The platform a viewer buys on: `web`, `ios` or `android`. */
export type Platform = z.infer<typeof Platform>;

/** An absolute `https:` (or, for local development, `http:`) URL. */
export const HttpUrl = z.url({ protocol: /^https?$/ });

/** An Idempotency-Key header value: 8 to 255 visible ASCII characters, made once per user action. */
export const IdempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{8,255}$/));

/** A page of results, newest first, with the cursor of the next page or `null` at the end. */
export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.nullable(z.string()) });
}
