/**
 * Global setup of both vitest projects: the run's own temporary folder. It points `TMPDIR` (and
 * Windows' `TMP` and `TEMP`) at a fresh folder before the workers start, so every temporary file
 * a test makes (the PDFs poppler reads, LibreOffice's workbooks, the CLI's scratch trees, the
 * browsers' profiles) lands in it, and removes it when the run ends: a run leaves nothing behind
 * in the system's temporary folder, even where a test forgets to clean up after itself.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VARS = ['TMPDIR', 'TMP', 'TEMP'] as const;

export default function setup(): () => void {
  const before = VARS.map((name) => process.env[name]);
  const dir = mkdtempSync(join(tmpdir(), 'pokin-test-'));
  // Others may pass through it, not list it (as through /tmp): a test that runs the CLI as another
  // user reaches the folders it opened for that user (test/security/cli-spread.test.ts).
  chmodSync(dir, 0o711);
  for (const name of VARS) process.env[name] = dir;
  return () => {
    VARS.forEach((name, i) => {
      const value = before[i];
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    });
    rmSync(dir, { recursive: true, force: true });
  };
}
