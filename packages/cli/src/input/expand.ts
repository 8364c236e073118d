/**
 * Expanding the FILE arguments: a folder stands for every `.json`, `.yaml`, `.yml` and `.csv`
 * regular file below it (recursively, sorted, skipping hidden folders, `node_modules` and the
 * files that are not documents: `pokin.workspace.yaml`, `pokin.config.json`, `package.json`).
 *
 * A folder is read as a tree of its own: a symbolic link is followed only when it ends at a
 * regular file inside the folder; a link that leaves the folder, or ends at a pipe, a device, a
 * socket or a folder, is skipped with a note, and such things are never opened (a FIFO would
 * hang the run, a link to another agency's file would put its lines into the table). A subfolder
 * that cannot be read is reported as one failed input; the others are still read.
 *
 * @module
 */
import { join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { formatOfPath } from './formats.js';
import { readFolder, realPath, statFile } from '../fs-async.js';
import { describeFsError } from './read.js';
import { input, safety, type Text } from '../messages/index.js';

/**
 * One FILE argument after expansion: a file to load, or an argument that failed to expand. A file
 * found in a folder has `fromFolder` set: it was a regular file when listed, and is read only if
 * it still is (see `LoadOptions.regularOnly`).
 */
export type Expanded = { readonly file: string; readonly fromFolder?: boolean } | { readonly error: InputError };

/** Called with a file of a folder that was skipped, and why. */
export type SkipNote = (file: string, why: Text) => void;

/**
 * Expands folders into the input files below them, keeping the order of the arguments. A file
 * named twice (directly and through its folder, say) is read once, where it first appears.
 * Skipped entries of a folder (links that leave it, pipes, devices) are passed to `onSkip`.
 */
export async function expandInputs(args: readonly string[], cwd: string, onSkip: SkipNote = () => undefined): Promise<Expanded[]> {
  const out: Expanded[] = [];
  const seen = new Set<string>();
  const add = (file: string, fromFolder: boolean): void => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(fromFolder ? { file, fromFolder } : { file });
  };
  for (const arg of args) {
    if (arg === '-') {
      out.push({ file: arg });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await statFile(resolve(cwd, arg))).isDirectory();
    } catch (e) {
      out.push({ error: new InputError(arg, describeFsError(e), {}, 'read-error') });
      continue;
    }
    if (!isDir) {
      add(arg, false);
      continue;
    }
    const { files, errors } = await listInputs(arg, cwd, onSkip);
    if (files.length === 0 && errors.length === 0) {
      out.push({ error: new InputError(arg, input.noInputsInFolder(), {}, 'read-error') });
    }
    for (const file of files) add(file, true);
    for (const error of errors) out.push({ error });
  }
  return out;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Why a link in a folder is not read, or undefined when it ends at a regular file inside it. */
async function linkProblem(root: string, path: string): Promise<Text | 'broken' | undefined> {
  let target: string;
  try {
    target = await realPath(path);
  } catch {
    return 'broken';
  }
  if (!inside(root, target)) return safety.linkLeavesFolder(target);
  const info = await statFile(target).catch(() => undefined);
  if (info === undefined) return 'broken';
  if (info.isDirectory()) return safety.linkToFolder();
  if (!info.isFile()) return safety.notRegularFile();
  return undefined;
}

/** File names in a folder that are not documents: a folder's files are read without them. */
export const NOT_DOCUMENTS: ReadonlySet<string> = new Set([
  'pokin.workspace.yaml',
  'pokin.workspace.yml',
  'pokin.config.json',
  'package.json',
  'package-lock.json',
]);

async function listInputs(dir: string, cwd: string, onSkip: SkipNote): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const root = await realPath(resolve(cwd, dir)).catch(() => resolve(cwd, dir));
  const stack = [dir];
  while (stack.length > 0) {
    const at = stack.pop()!;
    let entries;
    try {
      entries = await readFolder(resolve(cwd, at), { withFileTypes: true });
    } catch (e) {
      // An unreadable subfolder is one failed input; the rest of the tree is still read.
      errors.push(new InputError(at, describeFsError(e), {}, 'read-error'));
      continue;
    }
    for (const e of entries) {
      // Hidden files, and the lock files Excel and LibreOffice keep beside an open workbook (~$x.xlsx, .~lock.x.xlsx#).
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const path = join(at, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') stack.push(path);
        continue;
      }
      if (formatOfPath(e.name) === undefined || NOT_DOCUMENTS.has(e.name)) continue;
      if (e.isFile()) {
        files.push(path);
      } else if (e.isSymbolicLink()) {
        const problem = await linkProblem(root, resolve(cwd, path));
        // A broken link is kept, so it is reported (no such file) rather than silently skipped.
        if (problem === undefined || problem === 'broken') files.push(path);
        else onSkip(path, problem);
      } else {
        // A FIFO, a socket or a device named like an input: never opened.
        onSkip(path, safety.notRegularFile());
      }
    }
  }
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, errors };
}
