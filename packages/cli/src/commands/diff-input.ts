/**
 * The two versions `pokin diff` compares: two files (JSON, YAML, CSV or .xlsx), or two folders,
 * each a workspace (the Pemda's tree and its agencies' trees). A workspace is compared as its
 * combined tree (`Workspace.cascade`), whose ids are qualified (`dinkes-2026#IM3`): a result
 * continues the one its qualified `previous` names (`bkpsdm-2025#OP07`), else the one with the
 * same qualified id (a document that keeps its id from one version to the next), else one with a
 * similar statement.
 *
 * @module
 */
import { statFile } from '../fs-async.js';
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { CliUsageError } from '../errors.js';
import { readInWorker } from '../input/diff-read.js';
import { DEFAULT_DIFF_MAX_BYTES } from '../input/formats.js';
import { loadDiffInput, prepareLoad, type DiffInput } from '../input/load.js';
import { usage } from '../messages/index.js';

/** The old and the new version, and every file read (which `-o` must not overwrite). */
export interface DiffVersions {
  readonly old: DiffInput;
  readonly next: DiffInput;
  readonly files: readonly string[];
}

/** True when `path` is a folder (stdin is not). */
async function isFolder(ctx: CommandContext, path: string): Promise<boolean> {
  if (path === '-') return false;
  return statFile(resolve(ctx.io.cwd, path)).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/**
 * Reads both versions. Throws the input error of a file that cannot be read; returns `undefined`
 * when a workspace could not be loaded (its problems were reported, each naming its file).
 */
export async function readDiffVersions(ctx: CommandContext, oldPath: string, newPath: string): Promise<DiffVersions | undefined> {
  const [oldFolder, newFolder] = await Promise.all([isFolder(ctx, oldPath), isFolder(ctx, newPath)]);
  if (oldFolder !== newFolder) throw new CliUsageError(oldFolder ? usage.diffMixed(oldPath, newPath) : usage.diffMixed(newPath, oldPath));
  return oldFolder ? readWorkspaces(ctx, oldPath, newPath) : readFiles(ctx, oldPath, newPath);
}

async function readWorkspaces(ctx: CommandContext, oldPath: string, newPath: string): Promise<DiffVersions | undefined> {
  const { loadWorkspaceArgs } = await import('./workspace-input.js');
  const old = await loadWorkspaceArgs(ctx, [oldPath]);
  if (old === undefined) return undefined;
  const next = await loadWorkspaceArgs(ctx, [newPath]);
  if (next === undefined) return undefined;
  const version = (c: typeof old.workspace.cascade): DiffInput => ({ version: c, levels: c.levels });
  return { old: version(old.workspace.cascade), next: version(next.workspace.cascade), files: [...old.files, ...next.files] };
}

async function readFiles(ctx: CommandContext, oldFile: string, newFile: string): Promise<DiffVersions> {
  // Whole trees are compared: a national sweep's JSON is over the 50 MB that other commands take.
  const load = { ...ctx.load, defaultMaxBytes: DEFAULT_DIFF_MAX_BYTES };
  await prepareLoad(load, ctx.io);
  // A large new file is read in a worker thread while the old one is read here (diff-read.ts).
  const threaded = oldFile === '-' ? undefined : readInWorker(newFile, ctx.io, load);
  const reading = loadDiffInput(oldFile, ctx.io, load);
  // Two named files: the new one's bytes are read (by Node's thread pool) while the old one is
  // scanned. Its error, if any, is reported only after the old file's, as when read in turn.
  const ahead = threaded !== undefined || oldFile === '-' || newFile === '-' ? undefined : loadDiffInput(newFile, ctx.io, load);
  ahead?.catch(() => undefined);
  const old = await reading.catch((e: unknown) => {
    threaded?.cancel();
    throw e;
  });
  const next = (await threaded?.result) ?? (await (ahead ?? loadDiffInput(newFile, ctx.io, load)));
  return { old, next, files: [oldFile, newFile] };
}
