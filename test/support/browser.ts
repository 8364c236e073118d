/**
 * One Chromium for every browser test file that runs in the same vitest worker (both projects
 * share their worker's modules, see vitest.config.ts): a launch costs about 3 s of CPU across
 * Chromium's processes, and seven files launched one each. Each file opens its own pages
 * (`browser.newPage()` is a fresh context every time) and closes them; the browser ends with
 * the worker: Chromium exits when its pipe to the worker closes, and playwright closes what it
 * launched when the process exits.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env.js';

let launched: Promise<Browser> | undefined;

/** The worker's Chromium, launched on first use (again after it was closed or crashed). */
export function sharedBrowser(): Promise<Browser> {
  launched ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }).then(
    (browser) => {
      browser.on('disconnected', () => (launched = undefined));
      return browser;
    },
    (e: unknown) => {
      launched = undefined;
      throw e;
    },
  );
  return launched;
}
