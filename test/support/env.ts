import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Path of the Chromium the browser tests drive (Debian's package). */
export const CHROMIUM_PATH = process.env.POKIN_CHROMIUM ?? '/usr/bin/chromium';

/** Arguments for `chromium.launch` in a headless, sandbox-less CI container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** True when CI asks for browser/validator tests to run instead of being skipped. */
export const requireTools = (): boolean => process.env.POKIN_REQUIRE_BROWSER === '1';

/** True when Chromium is installed. */
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/** True when a Java runtime is on PATH (for the W3C validator). */
export const hasJava = (): boolean => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Whether a test needing Chromium should be skipped: it is missing and CI does not require it. */
export const skipWithoutChromium = (): boolean => !hasChromium() && !requireTools();

/** Whether a test needing Java should be skipped: it is missing and CI does not require it. */
export const skipWithoutJava = (): boolean => !hasJava() && !requireTools();
