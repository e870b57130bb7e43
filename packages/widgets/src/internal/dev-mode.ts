/** Development-only warnings; the script-tag bundle replaces `DEV_MODE` with `false` so they vanish. */

/**
 * `true` in the npm build; `false` in the minified bundle, where the warnings below are stripped.
 * Written as a plain constant so rollup's replace step and terser can fold it away.
 */
export const DEV_MODE: boolean = true;

const warned = new Set<string>();

/** Prints `message` with a docs link once per `code` (in development only). */
export function warn(code: string, message: string): void {
  if (!DEV_MODE || warned.has(code)) return;
  warned.add(code);
  console.warn(`[giftkit] ${message}\nSee https://giftkit.dev/msg/${code} for more information.`);
}
