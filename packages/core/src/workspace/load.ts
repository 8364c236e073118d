/**
 * `loadWorkspace()`: many documents as one system. Pure: it takes parsed documents (or cascades)
 * with their names; the CLI reads the folder and `pokin.workspace.yaml`.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import type { CascadeIssue } from '../errors.js';
import { safeParseCascade } from '../parse.js';
import { combine } from './combine.js';
import { WorkspaceError, type WorkspaceProblem } from './errors.js';
import type { LoadWorkspaceOptions, WorkspaceDocument, WorkspaceInput } from './types.js';
import { Workspace } from './workspace.js';

/** `trees/dinkes-2026.yaml` → `dinkes-2026`. */
export function documentIdFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.(?:ya?ml|json|csv|xlsx)$/i, '');
  return base.replace(/[^A-Za-z0-9._-]+/g, '-') || 'dokumen';
}

const issue = (code: CascadeIssue['code'], path: string, message: string, params: Record<string, string | number> = {}): CascadeIssue => ({
  code,
  path,
  segments: path === '' ? [] : [path],
  params,
  message,
});

/** The Pemda document when no option names it: the one others hang under that hangs under none. */
function guessPemda(docs: readonly { id: string; cascade: Cascade }[]): string | undefined {
  const named = new Set<string>();
  const hangs = new Set<string>();
  for (const d of docs) {
    for (const r of d.cascade.results()) {
      if (r.externalParent === undefined) continue;
      hangs.add(d.id);
      named.add(r.externalParent.slice(0, r.externalParent.indexOf('#')));
    }
  }
  const candidates = docs.filter((d) => named.has(d.id) && !hangs.has(d.id));
  return candidates.length === 1 ? candidates[0]!.id : undefined;
}

/**
 * Loads a workspace: parses each document, gives each an id (its `id`, else its name without
 * folder and extension), finds the Pemda document, resolves the qualified references
 * (`pemda-2026#S2`) and builds the combined cascade. One document alone is a workspace too.
 *
 * @throws {@link WorkspaceError} listing every problem of every document (each naming its
 * document), two documents with the same id, or a `pemda` option naming no document.
 */
export function loadWorkspace(inputs: readonly WorkspaceInput[], options: LoadWorkspaceOptions = {}): Workspace {
  const locale = options.locale ?? 'en';
  const id = locale === 'id';
  const problems: WorkspaceProblem[] = [];
  const parsed: { id: string; name: string; cascade: Cascade }[] = [];
  const seen = new Map<string, string>();
  for (const input of inputs) {
    let cascade: Cascade;
    if ('cascade' in input) cascade = input.cascade;
    else {
      const r = safeParseCascade(input.document, { locale });
      if (!r.success) {
        for (const i of r.error.issues) problems.push({ name: input.name, issue: i });
        continue;
      }
      cascade = r.data;
    }
    const docId = cascade.id ?? documentIdFromName(input.name);
    const other = seen.get(docId);
    if (other !== undefined) {
      problems.push({
        name: input.name,
        issue: issue(
          'duplicate-id',
          'id',
          id ? `id dokumen "${docId}" sudah dipakai oleh ${other}` : `document id "${docId}" is already used by ${other}`,
          { id: docId, other },
        ),
      });
      continue;
    }
    seen.set(docId, input.name);
    parsed.push({ id: docId, name: input.name, cascade });
  }
  const pemdaId = options.pemda ?? guessPemda(parsed);
  if (options.pemda !== undefined && !seen.has(options.pemda)) {
    problems.push({
      name: 'pokin.workspace.yaml',
      issue: issue(
        'missing-parent',
        'pemda',
        id ? `dokumen Pemda "${options.pemda}" tidak ada` : `Pemda document "${options.pemda}" does not exist`,
        {
          id: options.pemda,
        },
      ),
    });
  }
  if (problems.length > 0) throw new WorkspaceError(problems, locale);
  const docs: WorkspaceDocument[] = parsed.map((d) => Object.freeze({ ...d, pemda: d.id === pemdaId }));
  // The Pemda document first: its levels head the combined scheme, its results the combined order.
  docs.sort((a, b) => Number(b.pemda) - Number(a.pemda));
  const pemda = docs.find((d) => d.pemda);
  const title = options.title ?? pemda?.cascade.title ?? 'Workspace';
  const { cascade, links } = combine(docs, title);
  return new Workspace(docs, cascade, links, title, options.unlisted);
}
