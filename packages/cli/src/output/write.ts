/**
 * Output files are written whole or not at all: each goes to a temporary file in the same folder,
 * then is renamed into place. Several files (`--to all`) are all written to temporary files first
 * and only then renamed, so a failure leaves none of them half-written.
 *
 * @module
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** One file to write. */
export interface OutputFile {
  /** Absolute path. */
  readonly path: string;
  /** Contents. */
  readonly data: string | Uint8Array;
}

let counter = 0;

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${(counter++).toString(36)}.tmp`);
}

/** Writes every file atomically: temporary files first, then renames; on failure removes the temporary files. */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      const temp = tempPath(f.path);
      temps.push({ temp, path: f.path });
      await writeFile(temp, f.data, { flag: 'wx' });
    }
    for (const t of temps) await rename(t.temp, t.path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t.temp, { force: true }).catch(() => undefined)));
    throw e;
  }
}
