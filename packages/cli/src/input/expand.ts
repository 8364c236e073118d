/**
 * Expanding the FILE arguments: a folder stands for every `.json`, `.yaml`, `.yml` and `.csv`
 * file below it (recursively, sorted, skipping hidden folders and `node_modules`; links to files
 * are read, links to folders are not followed).
 *
 * @module
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { describeFsError, formatOfPath } from './load.js';

/** One FILE argument after expansion: a file to load, or an argument that failed to expand. */
export type Expanded = { readonly file: string } | { readonly error: InputError };

/**
 * Expands folders into the input files below them, keeping the order of the arguments. A file
 * named twice (directly and through its folder, say) is read once, where it first appears.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expanded[]> {
  const out: Expanded[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file });
  };
  for (const arg of args) {
    if (arg === '-') {
      out.push({ file: arg });
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(resolve(cwd, arg))).isDirectory();
    } catch (e) {
      out.push({ error: new InputError(arg, describeFsError(e), {}, 'read-error') });
      continue;
    }
    if (!isDir) {
      add(arg);
      continue;
    }
    const files = await listInputs(arg, cwd);
    if (files.length === 0) {
      out.push({ error: new InputError(arg, 'no .json, .yaml, .yml or .csv files in this folder', {}, 'read-error') });
    } else for (const file of files) add(file);
  }
  return out;
}

async function listInputs(dir: string, cwd: string): Promise<string[]> {
  const found: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const entries = await readdir(resolve(cwd, at), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(at, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') stack.push(path);
      } else if ((e.isFile() || e.isSymbolicLink()) && formatOfPath(e.name) !== undefined) {
        // A link to a file is read as the file; a broken link is kept, so it is reported rather
        // than skipped. Links to folders are not followed (a link back up would loop).
        if (e.isSymbolicLink() && (await stat(resolve(cwd, path)).then((s) => s.isDirectory(), () => false))) continue;
        found.push(path);
      }
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
