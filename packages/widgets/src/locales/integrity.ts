/**
 * The sha384 of each translation file of the script-tag bundle (`giftkit-widgets.<locale>.json`). Empty
 * here; the bundle build (rollup.config.mjs) writes those files and fills this in, so the one `integrity`
 * hash on the page's `<script>` tag vouches for them too.
 */
export const LOCALE_INTEGRITY: Readonly<Record<string, string>> = {};
