/**
 * The combined cascade of a workspace: every document's results in one {@link Cascade}, each id
 * qualified (`dinkes-2026#IM3`), with the references between documents resolved into links. The
 * traversal of `Cascade` then works across documents as it does within one.
 *
 * @module
 */
import { Cascade } from '../cascade.js';
import type { Level, LevelScheme } from '../levels.js';
import { splitRef } from '../refs.js';
import type { Contribution, ResultRecord } from '../result.js';
import type { WorkspaceDocument, WorkspaceLink } from './types.js';

/** `doc#id`. */
export const qualify = (document: string, id: string): string => `${document}#${id}`;

/** The levels of every document, the Pemda's first, each key once (the first definition wins). */
function combinedLevels(docs: readonly WorkspaceDocument[]): LevelScheme {
  const out: Level[] = [];
  const seen = new Set<string>();
  for (const d of docs) {
    for (const l of d.cascade.levels) {
      if (seen.has(l.key)) continue;
      seen.add(l.key);
      out.push(l);
    }
  }
  return Object.freeze(out);
}

/**
 * The period of the combined tree: the Pemda's, widened to every document's, so that the combined
 * matrix shows the targets of an agency whose Renstra starts or ends in another year
 * (`period-mismatch` reports it).
 */
function spanOf(docs: readonly WorkspaceDocument[], pemda: { readonly start: number; readonly end: number }) {
  let { start, end } = pemda;
  for (const d of docs) {
    const p = d.cascade.period;
    if (p === undefined) continue;
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  return start === pemda.start && end === pemda.end ? pemda : Object.freeze({ start, end });
}

/** The combined cascade and the cross-document links found on the way. */
export interface Combined {
  readonly cascade: Cascade;
  readonly links: readonly WorkspaceLink[];
}

/**
 * Combines the documents (Pemda first). A resolved cross-document `parent` that would close a
 * cycle is left out (the result stays a root) and its link marked `cycle`; one that resolves to
 * nothing stays on the record as `externalParent` (the result is a root, not attached).
 */
export function combine(docs: readonly WorkspaceDocument[], title: string): Combined {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const links: WorkspaceLink[] = [];
  const exists = (doc: string, id: string): boolean => byId.get(doc)?.cascade.has(id) === true;
  const parentOf = new Map<string, string>();
  const pending: { rec: ResultRecord; doc: WorkspaceDocument; parent: string | null; link: number }[] = [];
  for (const d of docs) {
    const rs = d.cascade.results();
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i]!;
      let parent = r.parent === null ? null : qualify(d.id, r.parent);
      let link = -1;
      if (r.externalParent !== undefined) {
        const t = splitRef(r.externalParent);
        const resolved = exists(t.document!, t.id);
        link = links.length;
        links.push({
          kind: 'parent',
          document: d.id,
          result: r.id,
          index: i,
          ref: r.externalParent,
          targetDocument: t.document!,
          targetResult: t.id,
          resolved,
        });
        if (resolved) parent = r.externalParent;
      }
      r.contributions.forEach((c, entry) => {
        if (!c.to.includes('#')) return;
        const t = splitRef(c.to);
        links.push({
          kind: 'contributesTo',
          document: d.id,
          result: r.id,
          index: i,
          entry,
          ref: c.to,
          targetDocument: t.document!,
          targetResult: t.id,
          resolved: exists(t.document!, t.id),
          ...(c.status === undefined ? {} : { status: c.status }),
          ...(c.reason === undefined ? {} : { reason: c.reason }),
        });
      });
      if (parent !== null) parentOf.set(qualify(d.id, r.id), parent);
      pending.push({ rec: r, doc: d, parent, link });
    }
  }
  // Each document is acyclic, so a cycle runs through a cross-document parent: cut it there.
  const cut = new Set<string>();
  const state = new Map<string, number>(); // 1 on the current path, 2 done
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 1);
      path.push(at);
      at = parentOf.get(at);
    }
    if (at !== undefined && state.get(at) === 1) {
      // The cycle is path[from..]; cut its first cross-document edge.
      for (let k = path.indexOf(at); k < path.length; k++) {
        const child = path[k]!;
        if (splitRef(parentOf.get(child)!).document !== splitRef(child).document) {
          cut.add(child);
          break;
        }
      }
    }
    for (const p of path) state.set(p, 2);
  }
  const records: ResultRecord[] = [];
  for (const { rec, doc, parent, link } of pending) {
    const id = qualify(doc.id, rec.id);
    let p = parent;
    if (cut.has(id)) {
      p = null;
      links[link] = { ...links[link]!, cycle: true };
    }
    const contributions: Contribution[] = rec.contributions.map((c) => ({ ...c, to: c.to.includes('#') ? c.to : qualify(doc.id, c.to) }));
    const contributesTo: string[] = [];
    for (const c of contributions) {
      const t = splitRef(c.to);
      if (exists(t.document!, t.id) && !contributesTo.includes(c.to)) contributesTo.push(c.to);
    }
    // In the combined tree an owner names its agency, so that two agencies' "Kepala Bidang" stay two positions.
    const agency = doc.cascade.agency?.name ?? doc.cascade.title;
    const owner = rec.owner !== undefined && rec.owner.agency === undefined ? Object.freeze({ ...rec.owner, agency }) : rec.owner;
    const out: ResultRecord = {
      ...rec,
      ...(owner === undefined ? {} : { owner }),
      id,
      parent: p,
      contributesTo: Object.freeze(contributesTo),
      contributions: Object.freeze(contributions),
    };
    // A cross-document parent that resolves to nothing stays written (`externalParent`), so that
    // the outputs show the result as not attached rather than as a root of the workspace.
    const broken = link >= 0 && !links[link]!.resolved;
    if (!broken) delete (out as { externalParent?: string }).externalParent;
    records.push(Object.freeze(out));
  }
  const pemda = docs.find((d) => d.pemda);
  const period = pemda?.cascade.period === undefined ? undefined : spanOf(docs, pemda.cascade.period);
  const meta = {
    title,
    ...(period === undefined ? {} : { period }),
    ...(pemda?.cascade.agency === undefined ? {} : { agency: pemda.cascade.agency }),
    ...(pemda?.cascade.signatory === undefined ? {} : { signatory: pemda.cascade.signatory }),
  };
  const cascade = new Cascade({ meta, levels: combinedLevels(docs), records });
  return { cascade, links };
}
