/**
 * Output files are written whole or not at all. Each goes to a temporary file in its own folder
 * first. Only when every temporary file is written are they renamed into place, and a rename that
 * fails undoes the ones before it (the files they replaced are kept aside until the end), so
 * `--to all` leaves either every new file or the old state, never a mix.
 *
 * @module
 */
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** One file to write. */
export interface OutputFile {
  /** Absolute path. */
  readonly path: string;
  /** Contents. */
  readonly data: string | Uint8Array;
}

/** A file that could not be written; `path` is the one that failed, `cause` the file-system error. */
export class WriteFileError extends Error {
  override name = 'WriteFileError';
  /** Absolute path of the file that failed. */
  readonly path: string;

  constructor(path: string, cause: unknown) {
    super(`cannot write ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.path = path;
  }
}

let counter = 0;

function sidePath(path: string, kind: 'tmp' | 'old'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${(counter++).toString(36)}.${kind}`);
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false;
      throw e;
    },
  );
}

function isDirectoryError(): NodeJS.ErrnoException {
  return Object.assign(new Error('EISDIR: is a folder'), { code: 'EISDIR' });
}

/**
 * Writes every file, all or nothing: temporary files first, then renames. On failure the files
 * already renamed are put back as they were, the temporary files are removed, and a
 * {@link WriteFileError} names the file that failed.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  const temps: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const f of files) {
      current = f.path;
      // A folder where a file should go can never be replaced: say so before anything moves.
      const st = await lstat(f.path).catch(() => undefined);
      if (st?.isDirectory()) throw isDirectoryError();
      await mkdir(dirname(f.path), { recursive: true });
      const temp = sidePath(f.path, 'tmp');
      temps.push(temp);
      await writeFile(temp, f.data, { flag: 'wx' });
    }
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
    throw new WriteFileError(current, e);
  }

  // Rename phase: each replaced file is first moved aside, so it can be restored.
  const done: { path: string; old?: string }[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      const path = files[i]!.path;
      current = path;
      let old: string | undefined;
      if (await exists(path)) {
        old = sidePath(path, 'old');
        await rename(path, old);
      }
      done.push({ path, old });
      await rename(temps[i]!, path);
    }
  } catch (e) {
    for (const d of done.reverse()) {
      await rm(d.path, { force: true }).catch(() => undefined);
      if (d.old !== undefined) await rename(d.old, d.path).catch(() => undefined);
    }
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
    throw new WriteFileError(current, e);
  }
  await Promise.all(done.flatMap((d) => (d.old === undefined ? [] : [rm(d.old, { force: true }).catch(() => undefined)])));
}
