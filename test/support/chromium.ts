/**
 * Debian's Chromium, headless, as the tests drive it through playwright-core.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * ```
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium.
 *
 * @throws {Error} if there is no Chromium at {@link CHROMIUM}, naming the package that installs it.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\``);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
