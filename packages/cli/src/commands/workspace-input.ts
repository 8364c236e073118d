/**
 * Reading a workspace: the FILE arguments (a folder, or the files of one workspace), the folder's
 * optional `pokin.workspace.yaml`, each document through the usual loader (so each problem names
 * its file and line), then `loadWorkspace` from `@pokin/core`.
 *
 * @module
 */
import { readFolder, readWholeFile, statFile } from '../fs-async.js';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  WorkspaceError,
  WorkspaceManifestSchema,
  documentIdFromName,
  loadWorkspace,
  type Workspace,
  type WorkspaceManifest,
} from '@pokin/core';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors.js';
import { NOT_DOCUMENTS, expandInputs } from '../input/expand.js';
import type { LoadedInput } from '../input/load.js';
import { workspace as words } from '../messages/index.js';
import { forEachInput } from './shared.js';

/** A workspace as the CLI reads it: the workspace and each document's loaded input, by document id. */
export interface LoadedWorkspace {
  readonly workspace: Workspace;
  readonly inputs: ReadonlyMap<string, LoadedInput>;
  /** Every file read (for `-o`, which must not overwrite one). */
  readonly files: readonly string[];
}

const MANIFESTS = ['pokin.workspace.yaml', 'pokin.workspace.yml'];

const isFolder = (ctx: CommandContext, path: string): Promise<boolean> =>
  statFile(resolve(ctx.io.cwd, path)).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** The folders among `args` that hold a `pokin.workspace.yaml` (for the hint of `review` without `--workspace`). */
export async function workspaceFolders(ctx: CommandContext, args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-' || !(await isFolder(ctx, arg))) continue;
    const names = await readFolder(resolve(ctx.io.cwd, arg)).catch(() => [] as string[]);
    if (MANIFESTS.some((m) => names.includes(m))) out.push(arg);
  }
  return out;
}

/** Reads `pokin.workspace.yaml` of a folder, or undefined when it has none. */
async function readManifest(folder: string, ctx: CommandContext): Promise<WorkspaceManifest | undefined> {
  for (const name of MANIFESTS) {
    const path = join(folder, name);
    let text: string;
    try {
      text = await readWholeFile(resolve(ctx.io.cwd, path), 'utf8');
    } catch {
      continue;
    }
    let value: unknown;
    try {
      value = parse(text);
    } catch (e) {
      throw new InputError(path, words.manifest(String((e as Error).message).split('\n')[0]!));
    }
    const r = WorkspaceManifestSchema.safeParse(value ?? {});
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new InputError(path, words.manifestField(issue.path.join('.') || '(root)', issue.message));
    }
    return r.data;
  }
  return undefined;
}

/**
 * The document files of `folder` that its `pokin.workspace.yaml` does not list, by document id
 * (the file's `id`, else its name): the workspace leaves them out, and says so.
 */
async function unlistedFiles(ctx: CommandContext, folder: string, listed: readonly string[]): Promise<Map<string, string>> {
  const named = new Set(listed.map((p) => resolve(ctx.io.cwd, p)));
  const out = new Map<string, string>();
  for (const e of await expandInputs([folder], ctx.io.cwd)) {
    if (!('file' in e) || NOT_DOCUMENTS.has(basename(e.file)) || named.has(resolve(ctx.io.cwd, e.file))) continue;
    let id: unknown;
    try {
      const text = await readWholeFile(resolve(ctx.io.cwd, e.file), 'utf8');
      id = text.length > 1 << 24 || e.file.endsWith('.csv') ? undefined : (parse(text) as { id?: unknown } | null)?.id;
    } catch {
      // A file that cannot be read or parsed is still named by its file name.
    }
    out.set(typeof id === 'string' ? id : documentIdFromName(e.file), e.file);
  }
  return out;
}

/**
 * Loads a workspace from the arguments. Returns `undefined` when a document could not be read
 * (each problem was reported on stderr, naming its file).
 */
export async function loadWorkspaceArgs(ctx: CommandContext, args: readonly string[]): Promise<LoadedWorkspace | undefined> {
  let manifest: WorkspaceManifest | undefined;
  let paths = [...args];
  let unlisted = new Map<string, string>();
  if (args.length === 1 && args[0] !== '-') {
    const folder = args[0]!;
    if (await isFolder(ctx, folder)) {
      manifest = await readManifest(folder, ctx);
      if (manifest?.documents !== undefined) {
        paths = manifest.documents.map((d) => join(folder, d));
        unlisted = await unlistedFiles(ctx, folder, paths);
        if (unlisted.size > 0) ctx.errLine(ctx.ce.yellow(`pokin: ${ctx.say(words.unlisted(folder, [...unlisted.values()]))}`));
      }
    }
  }
  const inputs: LoadedInput[] = [];
  const files: string[] = [];
  let broken = 0;
  await forEachInput(ctx, paths, (outcome) => {
    const file = outcome.ok ? outcome.input.file : outcome.file;
    if (NOT_DOCUMENTS.has(basename(file))) return;
    files.push(file);
    if (outcome.ok) inputs.push(outcome.input);
    else broken++;
  });
  if (broken > 0) {
    ctx.report(new InputError(args.join(' '), words.notLoaded(broken), {}, 'read-error'));
    return undefined;
  }
  let ws: Workspace;
  try {
    ws = loadWorkspace(
      inputs.map((i) => ({ name: i.file, cascade: i.cascade })),
      {
        locale: ctx.locale,
        unlisted,
        ...(manifest?.pemda === undefined ? {} : { pemda: manifest.pemda }),
        ...(manifest?.title === undefined ? {} : { title: manifest.title }),
      },
    );
  } catch (e) {
    if (!(e instanceof WorkspaceError)) throw e;
    for (const p of e.problems) ctx.report(new InputError(p.name, p.issue.message, p.issue.path === '' ? {} : { field: p.issue.path }));
    return undefined;
  }
  const byId = new Map<string, LoadedInput>();
  ws.documents.forEach((d) =>
    byId.set(
      d.id,
      inputs.find((i) => i.file === d.name)!,
    ),
  );
  return { workspace: ws, inputs: byId, files };
}
