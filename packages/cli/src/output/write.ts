/**
 * Output files are written whole or not at all. Each goes to a temporary file in its own folder
 * first. Only when every temporary file is written are they renamed into place, and a rename that
 * fails undoes the ones before it, so `--to all` leaves either every new file or the old state,
 * never a mix.
 *
 * - An existing regular file is replaced with the same mode (and owner, where allowed).
 * - A device, a pipe or a symbolic link is refused unless asked (`special`): then a link is
 *   written through (its target file is replaced, the link stays) and a device is written to.
 * - The renames are synchronous, so a signal (SIGINT, SIGTERM, SIGHUP) can only arrive while the
 *   temporary files are written: they are removed, and the process stops with the signal. No
 *   partial file and no file moved aside is ever left behind.
 *
 * @module
 */
import { chmodSync, chownSync, renameSync, rmSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { lstatFile, makeFolder, readLink, realPath, statFile, writeWholeFile } from '../fs-async.js';
import { safety, type Text } from '../messages/index.js';

/** One file to write. */
export interface OutputFile {
  /** Absolute path. */
  readonly path: string;
  /** Contents. */
  readonly data: string | Uint8Array;
}

/** Options of {@link writeFilesAtomic}. */
export interface WriteOptions {
  /**
   * Write to a device or a pipe, and through a symbolic link to the file it points to
   * (`--write-special`). Otherwise these are refused.
   * @default false
   */
  readonly special?: boolean;
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

/** An output refused before anything was written: a device, a pipe or a symbolic link. */
export class WriteRefusedError extends WriteFileError {
  override name = 'WriteRefusedError';
  /** Why, in both languages. */
  readonly why: Text;

  constructor(path: string, why: Text) {
    super(path, new Error(why.en));
    this.why = why;
  }
}

let counter = 0;

function sidePath(path: string, kind: 'tmp' | 'old'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.${(counter++).toString(36)}.${kind}`);
}

function isDirectoryError(): NodeJS.ErrnoException {
  return Object.assign(new Error('EISDIR: is a folder'), { code: 'EISDIR' });
}

/** Where one output goes, decided before anything is written. */
interface Plan {
  readonly file: OutputFile;
  /** The regular file to replace (the link's target when writing through one). */
  readonly target: string;
  /** The existing file's metadata, to keep its mode and owner. */
  readonly existing?: Stats;
  /** A device or pipe written to directly (only with `special`). */
  readonly direct: boolean;
}

async function plan(file: OutputFile, special: boolean): Promise<Plan> {
  const info = await lstatFile(file.path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (info === undefined) return { file, target: file.path, direct: false };
  if (info.isDirectory()) throw isDirectoryError();
  if (info.isFile()) return { file, target: file.path, existing: info, direct: false };
  if (info.isSymbolicLink()) {
    if (!special) throw new WriteRefusedError(file.path, safety.outputIsLink(await readLink(file.path).catch(() => '?')));
    const target = await realPath(file.path).catch(() => undefined);
    // A dangling link: the file it names is created.
    if (target === undefined) return { file, target: resolve(dirname(file.path), await readLink(file.path)), direct: false };
    const st = await statFile(target);
    if (st.isDirectory()) throw isDirectoryError();
    return st.isFile() ? { file, target, existing: st, direct: false } : { file, target, direct: true };
  }
  if (!special) throw new WriteRefusedError(file.path, safety.outputIsDevice());
  return { file, target: file.path, direct: true };
}

/**
 * Temporary files being written, removed if a signal stops the process meanwhile. One handler per
 * signal while any write is in progress; after removing them it stops the process with the same
 * signal.
 */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

function watchSignals(): () => void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  return () => {
    if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}

/**
 * Writes every file, all or nothing: temporary files first, then renames. On failure the files
 * already renamed are put back as they were, the temporary files are removed, and a
 * {@link WriteFileError} names the file that failed ({@link WriteRefusedError} for a device, a
 * pipe or a link, refused before anything is written).
 */
export async function writeFilesAtomic(files: readonly OutputFile[], options: WriteOptions = {}): Promise<void> {
  const plans: Plan[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const f of files) {
      current = f.path;
      plans.push(await plan(f, options.special === true));
    }
  } catch (e) {
    if (e instanceof WriteRefusedError) throw e;
    throw new WriteFileError(current, e);
  }

  const temps: string[] = [];
  const staged = plans.filter((p) => !p.direct);
  const stopWatching = watchSignals();
  try {
    for (const p of staged) {
      current = p.file.path;
      await makeFolder(dirname(p.target), { recursive: true });
      const temp = sidePath(p.target, 'tmp');
      pending.add(temp);
      temps.push(temp);
      await writeWholeFile(temp, p.file.data, { flag: 'wx' });
    }
    // For the signal test of the security suite only: wait here, every temporary file written.
    if (process.env.POKIN_TEST_PAUSE_BEFORE_RENAME === '1') {
      process.stderr.write('pokin: test: paused before rename\n');
      await new Promise((done) => setTimeout(done, 30_000));
    }
    current = files[0]?.path ?? '';
    renameAll(staged, temps, (path) => (current = path));
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw new WriteFileError(current, e);
  } finally {
    for (const t of temps) pending.delete(t);
    stopWatching();
  }

  // Devices and pipes last: what goes there cannot be taken back.
  for (const p of plans.filter((q) => q.direct)) {
    try {
      await writeWholeFile(p.target, p.file.data);
    } catch (e) {
      throw new WriteFileError(p.file.path, e);
    }
  }
}

/**
 * The rename phase, synchronous so no signal handler runs in the middle of it: each replaced file
 * is moved aside, the new one renamed in; a failure puts every file back as it was.
 */
function renameAll(staged: readonly Plan[], temps: readonly string[], at: (path: string) => void): void {
  const done: { path: string; old?: string }[] = [];
  try {
    for (let i = 0; i < staged.length; i++) {
      const p = staged[i]!;
      at(p.file.path);
      if (p.existing !== undefined) {
        // The owner can only be kept by root (chown); elsewhere it is the writer's already.
        try {
          chownSync(temps[i]!, p.existing.uid, p.existing.gid);
        } catch {
          // not allowed: the new file is the writer's
        }
        chmodSync(temps[i]!, p.existing.mode & 0o7777);
      }
      let old: string | undefined;
      if (p.existing !== undefined && staged.length > 1) {
        old = sidePath(p.target, 'old');
        renameSync(p.target, old);
      }
      done.push({ path: p.target, old });
      renameSync(temps[i]!, p.target);
    }
  } catch (e) {
    for (const d of done.reverse()) {
      try {
        if (d.old !== undefined) renameSync(d.old, d.path);
        else rmSync(d.path, { force: true });
      } catch {
        // keep undoing the others
      }
    }
    throw e;
  }
  for (const d of done) if (d.old !== undefined) rmSync(d.old, { force: true });
}
