import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { NotFoundError, UsageError } from './errors.js';
import { DEFAULT_LEVEL_PRESET, LEVEL_PRESETS, type Level, type LevelScheme, type Tier } from './levels.js';
import type { CascadeMeta, ResultRecord } from './result.js';
import type { Agency, CascadeDocument, Context, Csf, Indicator, Period, ResultDocument, Signatory } from './schema.js';
import { copyFlat, resultToDocument } from './document.js';

/** How {@link Cascade.walk} orders its visits. */
export type WalkOrder = 'pre' | 'post' | 'breadth';

/** What a walk visitor may return: `'skip'` skips the result's descendants, `'stop'` ends the walk. */
export type WalkControl = 'skip' | 'stop' | void | undefined;

/** Where a visited result sits in the walk. */
export interface WalkInfo {
  /** Depth below the walk's start, 0 for the start results. */
  readonly depth: number;
  /** Primary parent, or `null` at the walk's start. */
  readonly parent: ResultRecord | null;
}

/** Options of {@link Cascade.walk}. */
export interface WalkOptions {
  /**
   * Visit order.
   * @default 'pre'
   */
  readonly order?: WalkOrder;
  /**
   * Where the walk starts: one id or several.
   * @default the roots
   */
  readonly from?: string | readonly string[];
}

/** Edge attributes of the graphology graph: `primary` for `parent`, `crosscutting` for `contributesTo`. */
export interface CascadeEdgeAttributes {
  /** Which field made this edge. */
  readonly kind: 'primary' | 'crosscutting';
}

/** The graph a {@link Cascade} exposes: nodes are result ids (attributes: the record), edges run parent to child. */
export type CascadeGraph = AbstractGraph<ResultRecord, CascadeEdgeAttributes>;

const EMPTY: readonly number[] = Object.freeze([]);

/** Internal constructor input; build a cascade with `parseCascade`. */
export interface CascadeInit {
  readonly meta: CascadeMeta;
  readonly levels: LevelScheme;
  readonly records: readonly ResultRecord[];
  /** Result index by id, when the caller has it already (`parseCascade`'s structural check); built here otherwise. */
  readonly index?: Map<string, number>;
}

/**
 * A validated pohon kinerja: results in document order, linked by `parent` (the primary tree)
 * and `contributesTo` (crosscutting). Immutable. Create one with `parseCascade`.
 *
 * Every traversal is iterative, so a 100,000-deep chain does not overflow the stack. Methods
 * that return several results return them in document order unless they say otherwise.
 */
export class Cascade {
  /** The document's `id` (a slug such as `dinkes-2026`), when it has one. */
  readonly id: string | undefined;
  /** Title of the tree. */
  readonly title: string;
  /** The agency it belongs to. */
  readonly agency: Readonly<Agency> | undefined;
  /** The planning period. */
  readonly period: Readonly<Period> | undefined;
  /** Who signs the printed tables (matrix, Perjanjian Kinerja, PDF). */
  readonly signatory: Readonly<Signatory> | undefined;
  /** Langkah 1 context. */
  readonly context: Readonly<Context> | undefined;
  /** Langkah 2 critical success factors (empty when the document has none). */
  readonly csf: readonly Readonly<Csf>[];
  /** The resolved level scheme, top first. */
  readonly levels: LevelScheme;

  readonly #meta: CascadeMeta;
  readonly #records: readonly ResultRecord[];
  readonly #index: Map<string, number>;
  readonly #levelIndex: Map<string, number>;
  /** Primary parent's index per result, -1 for a root. */
  readonly #parentOf: Int32Array;
  /** Children (primary and crosscutting) per result, by index, in document order. */
  readonly #childrenOf: (readonly number[])[];
  #graph: CascadeGraph | undefined;

  /** @internal Use `parseCascade` to make a cascade. */
  constructor(init: CascadeInit) {
    const { meta, levels, records } = init;
    this.#meta = meta;
    this.id = meta.id;
    this.title = meta.title;
    this.signatory = meta.signatory;
    this.agency = meta.agency;
    this.period = meta.period;
    this.context = meta.context;
    this.csf = meta.csf ?? Object.freeze([]);
    this.levels = levels;
    this.#records = Object.freeze(records.slice());
    const n = records.length;
    let index = init.index;
    if (index === undefined) {
      index = new Map<string, number>();
      for (let i = 0; i < n; i++) index.set(records[i]!.id, i);
    }
    this.#index = index;
    const levelIndex = new Map<string, number>();
    levels.forEach((l, i) => levelIndex.set(l.key, i));
    this.#levelIndex = levelIndex;
    const parentOf = new Int32Array(n).fill(-1);
    const childrenOf: number[][] = new Array<number[]>(n);
    for (let i = 0; i < n; i++) {
      const r = records[i]!;
      if (r.parent !== null) {
        const p = index.get(r.parent);
        if (p === undefined) throw new UsageError(`@pokin/core Cascade: parent "${r.parent}" of "${r.id}" is missing`);
        parentOf[i] = p;
        (childrenOf[p] ??= []).push(i);
      }
      for (const c of r.contributesTo) {
        const p = index.get(c);
        if (p === undefined) throw new UsageError(`@pokin/core Cascade: contributesTo "${c}" of "${r.id}" is missing`);
        const list = (childrenOf[p] ??= []);
        // Children are pushed in increasing document index, so the last one tells whether it is there.
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
    for (let i = 0; i < n; i++) if (childrenOf[i] === undefined) childrenOf[i] = EMPTY as number[];
    this.#parentOf = parentOf;
    this.#childrenOf = childrenOf;
  }

  /** Number of results. */
  get size(): number {
    return this.#records.length;
  }

  /** The result with this id, or `undefined`. */
  result(id: string): ResultRecord | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#records[i];
  }

  /** True when a result has this id. */
  has(id: string): boolean {
    return this.#index.has(id);
  }

  /** Position of a result in document order (0-based). Throws {@link NotFoundError} for an unknown id. */
  indexOf(id: string): number {
    return this.#at(id, 'indexOf');
  }

  /** Every result, in document order. */
  results(): readonly ResultRecord[] {
    return this.#records;
  }

  /** Results without a primary parent. */
  roots(): ResultRecord[] {
    const out: ResultRecord[] = [];
    for (const r of this.#records) if (r.parent === null) out.push(r);
    return out;
  }

  /** Direct children: results whose `parent` or `contributesTo` names `id`. */
  children(id: string): ResultRecord[] {
    return this.#childrenOf[this.#at(id, 'children')]!.map((i) => this.#records[i]!);
  }

  /** Primary children only: results whose `parent` is `id`. */
  primaryChildren(id: string): ResultRecord[] {
    const i = this.#at(id, 'primaryChildren');
    const out: ResultRecord[] = [];
    for (const c of this.#childrenOf[i]!) if (this.#parentOf[c] === i) out.push(this.#records[c]!);
    return out;
  }

  /**
   * Parents: the primary parent first, then the `contributesTo` targets, each once (as
   * {@link Cascade.children} lists each child once), though `contributesTo` may repeat the parent.
   */
  parents(id: string): ResultRecord[] {
    const r = this.#records[this.#at(id, 'parents')]!;
    const out: ResultRecord[] = [];
    if (r.parent !== null) out.push(this.result(r.parent)!);
    for (const c of r.contributesTo) if (!out.some((p) => p.id === c)) out.push(this.result(c)!);
    return out;
  }

  /** Every result reachable upwards through any parent link, excluding `id`. */
  ancestors(id: string): ResultRecord[] {
    const start = this.#at(id, 'ancestors');
    const seen = new Uint8Array(this.#records.length);
    const stack = [start];
    seen[start] = 1;
    const found: number[] = [];
    while (stack.length > 0) {
      const r = this.#records[stack.pop()!]!;
      const ups = r.parent === null ? r.contributesTo : [r.parent, ...r.contributesTo];
      for (const up of ups) {
        const j = this.#index.get(up)!;
        if (seen[j] === 0) {
          seen[j] = 1;
          found.push(j);
          stack.push(j);
        }
      }
    }
    return this.#inOrder(found);
  }

  /** Every result reachable downwards through any child link, excluding `id`. */
  descendants(id: string): ResultRecord[] {
    return this.#inOrder(this.#below(this.#at(id, 'descendants'), false));
  }

  /** Results without children: in the subtree of `id` (including `id` itself) or in the whole cascade. */
  leaves(id?: string): ResultRecord[] {
    const kids = this.#childrenOf;
    if (id === undefined) return this.#records.filter((_, i) => kids[i]!.length === 0);
    const start = this.#at(id, 'leaves');
    return this.#inOrder(this.#below(start, true).filter((i) => kids[i]!.length === 0));
  }

  /** True when the result has no children. */
  isLeaf(id: string): boolean {
    return this.#childrenOf[this.#at(id, 'isLeaf')]!.length === 0;
  }

  /** Results at a level. */
  atLevel(key: string): ResultRecord[] {
    return this.#records.filter((r) => r.level === key);
  }

  /** The primary chain from `id` up to its root: `[id, parent, ..., root]`. */
  pathToRoot(id: string): ResultRecord[] {
    let i = this.#at(id, 'pathToRoot');
    const out: ResultRecord[] = [];
    while (i !== -1) {
      out.push(this.#records[i]!);
      i = this.#parentOf[i]!;
    }
    return out;
  }

  /** Depth in the primary tree: 0 for a root. */
  depth(id: string): number {
    let i = this.#parentOf[this.#at(id, 'depth')]!;
    let d = 0;
    while (i !== -1) {
      d++;
      i = this.#parentOf[i]!;
    }
    return d;
  }

  /** The level of a result, or of a level key. */
  level(idOrKey: string): Level | undefined {
    const r = this.result(idOrKey);
    const key = r ? r.level : idOrKey;
    const i = this.#levelIndex.get(key);
    return i === undefined ? undefined : this.levels[i];
  }

  /** Position of a level key in the scheme (0 = top), or -1. */
  levelRank(key: string): number {
    return this.#levelIndex.get(key) ?? -1;
  }

  /** The tier of a result. */
  tier(id: string): Tier {
    const r = this.#records[this.#at(id, 'tier')]!;
    return this.levels[this.#levelIndex.get(r.level)!]!.tier;
  }

  /** Every indicator with the result that holds it, in document order. */
  *indicators(): IterableIterator<{ readonly result: ResultRecord; readonly indicator: Readonly<Indicator>; readonly index: number }> {
    for (const result of this.#records) {
      for (let index = 0; index < result.indicators.length; index++) {
        yield { result, indicator: result.indicators[index]!, index };
      }
    }
  }

  /**
   * Visits results along the primary tree (each result once), iteratively. The visitor may return
   * `'skip'` (pre and breadth order: do not descend) or `'stop'` (end the walk).
   */
  walk(visitor: (result: ResultRecord, info: WalkInfo) => WalkControl, options: WalkOptions = {}): void {
    const order = options.order ?? 'pre';
    const starts =
      options.from === undefined
        ? this.#records.flatMap((r, i) => (r.parent === null ? [i] : []))
        : (typeof options.from === 'string' ? [options.from] : options.from).map((id) => this.#at(id, 'walk'));
    const info = (i: number, depth: number, isStart: boolean): WalkInfo => ({
      depth,
      parent: isStart || this.#parentOf[i] === -1 ? null : this.#records[this.#parentOf[i]!]!,
    });
    if (order === 'breadth') {
      let level: (readonly [number, number, number])[] = starts.map((i) => [i, 0, 1] as const);
      while (level.length > 0) {
        const next: (readonly [number, number, number])[] = [];
        for (const [i, depth, isStart] of level) {
          const control = visitor(this.#records[i]!, info(i, depth, isStart === 1));
          if (control === 'stop') return;
          if (control !== 'skip') for (const c of this.#primaryKids(i)) next.push([c, depth + 1, 0]);
        }
        level = next;
      }
      return;
    }
    if (order === 'pre') {
      const stack: [number, number, number][] = [];
      for (let s = starts.length - 1; s >= 0; s--) stack.push([starts[s]!, 0, 1]);
      while (stack.length > 0) {
        const [i, depth, isStart] = stack.pop()!;
        const control = visitor(this.#records[i]!, info(i, depth, isStart === 1));
        if (control === 'stop') return;
        if (control === 'skip') continue;
        const kids = this.#primaryKids(i);
        for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, depth + 1, 0]);
      }
      return;
    }
    if (order === 'post') {
      // A frame holds its primary children, worked out once, and the position of the next one.
      interface Frame {
        readonly i: number;
        readonly depth: number;
        readonly isStart: boolean;
        readonly kids: readonly number[];
        next: number;
      }
      const frame = (i: number, depth: number, isStart: boolean): Frame => ({ i, depth, isStart, kids: this.#primaryKids(i), next: 0 });
      const stack: Frame[] = [];
      for (let s = starts.length - 1; s >= 0; s--) stack.push(frame(starts[s]!, 0, true));
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        if (top.next < top.kids.length) {
          stack.push(frame(top.kids[top.next++]!, top.depth + 1, false));
          continue;
        }
        stack.pop();
        if (visitor(this.#records[top.i]!, info(top.i, top.depth, top.isStart)) === 'stop') return;
      }
      return;
    }
    throw new UsageError(`@pokin/core Cascade.walk: unknown order "${String(order)}"`);
  }

  /**
   * A new cascade of `id` and its primary descendants, `id` becoming a root. `contributesTo` links
   * to results outside are dropped, as are CSF entries whose result is outside.
   */
  subtree(id: string): Cascade {
    const start = this.#at(id, 'subtree');
    const keep = new Uint8Array(this.#records.length);
    const stack = [start];
    // The kept indices, so that the copy costs the size of the subtree, not of the whole cascade.
    const kept = [start];
    keep[start] = 1;
    while (stack.length > 0) {
      for (const c of this.#primaryKids(stack.pop()!)) {
        keep[c] = 1;
        stack.push(c);
        kept.push(c);
      }
    }
    kept.sort((a, b) => a - b);
    const records: ResultRecord[] = [];
    for (const i of kept) {
      const r = this.#records[i]!;
      const contributesTo = r.contributesTo.filter((c) => keep[this.#index.get(c)!] === 1);
      const parent = i === start ? null : r.parent;
      if (parent === r.parent && contributesTo.length === r.contributesTo.length && (i !== start || r.externalParent === undefined)) {
        records.push(r);
        continue;
      }
      // References to other documents stay; links to results of this document outside the subtree go.
      const contributions = r.contributions.filter((c) => c.to.includes('#') || keep[this.#index.get(c.to)!] === 1);
      const { externalParent: _dropped, ...rest } = r;
      records.push(
        Object.freeze({
          ...(i === start ? rest : r),
          parent,
          contributesTo: Object.freeze(contributesTo),
          contributions: Object.freeze(contributions),
        }),
      );
    }
    const csf = this.#meta.csf?.filter((c) => c.result === undefined || keep[this.#index.get(c.result) ?? -1] === 1);
    return new Cascade({
      meta: { ...this.#meta, csf: csf === undefined ? undefined : Object.freeze(csf) },
      levels: this.levels,
      records,
    });
  }

  /**
   * The graphology graph of the cascade: a node per result (attributes: the record), an edge from
   * each parent to its child (attribute `kind`). Built on first use; treat it as read-only, it is
   * not the cascade's own storage, so changing it changes nothing here.
   */
  get graph(): CascadeGraph {
    if (this.#graph === undefined) {
      const g: CascadeGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
      for (const r of this.#records) g.addNode(r.id, r);
      for (const r of this.#records) {
        if (r.parent !== null) g.addDirectedEdge(r.parent, r.id, { kind: 'primary' });
        for (const c of r.contributesTo) if (!g.hasDirectedEdge(c, r.id)) g.addDirectedEdge(c, r.id, { kind: 'crosscutting' });
      }
      this.#graph = g;
    }
    return this.#graph;
  }

  /**
   * The canonical document: `parseCascade(c.toDocument())` equals `c`. Defaults are left out, and so
   * are empty objects: a result read with `owner: {}`, `budget: {}` or `targets: {}` keeps it in its
   * record, but the document (and so {@link Cascade.equals}) treats it as absent. `levels` is kept
   * as the document wrote it (an explicit `permenpan-89`, the default, equals none); a scheme
   * given to `parseCascade` as its `levels` option is written out, so the document stands alone.
   */
  toDocument(): CascadeDocument {
    const m = this.#meta;
    // Keys in the order of the format, `results` last, so a YAML dump reads top-down.
    const doc = (m.id === undefined ? { pokin: 1, title: m.title } : { pokin: 1, id: m.id, title: m.title }) as CascadeDocument;
    if (m.agency !== undefined) doc.agency = { ...m.agency };
    if (m.period !== undefined) doc.period = { ...m.period };
    const levels = levelsOfDocument(m.levelsSpec, this.levels);
    if (levels !== undefined) doc.levels = typeof levels === 'string' ? levels : levels.map((l) => ({ ...l, label: { ...l.label } }));
    const signatory = m.signatory === undefined ? undefined : copyFlat(m.signatory);
    if (signatory !== undefined) doc.signatory = signatory;
    if (m.context !== undefined) doc.context = cloneContext(m.context);
    if (m.csf !== undefined) doc.csf = m.csf.map((c) => ({ ...c }));
    const results: ResultDocument[] = new Array<ResultDocument>(this.#records.length);
    for (let i = 0; i < this.#records.length; i++) results[i] = resultToDocument(this.#records[i]!);
    doc.results = results;
    return doc;
  }

  /** True when both cascades hold the same document. */
  equals(other: Cascade): boolean {
    return deepEqual(withoutDefaultLevels(this.toDocument()), withoutDefaultLevels(other.toDocument()));
  }

  #at(id: string, method: string): number {
    const i = this.#index.get(id);
    if (i === undefined) throw new NotFoundError(`@pokin/core Cascade.${method}: no result has id "${id}"`);
    return i;
  }

  #primaryKids(i: number): number[] {
    const out: number[] = [];
    for (const c of this.#childrenOf[i]!) if (this.#parentOf[c] === i) out.push(c);
    return out;
  }

  /** Indices reachable downwards from `start`; with `includeStart`, `start` too. */
  #below(start: number, includeStart: boolean): number[] {
    const seen = new Uint8Array(this.#records.length);
    seen[start] = 1;
    const found: number[] = includeStart ? [start] : [];
    const stack = [start];
    while (stack.length > 0) {
      for (const c of this.#childrenOf[stack.pop()!]!) {
        if (seen[c] === 0) {
          seen[c] = 1;
          found.push(c);
          stack.push(c);
        }
      }
    }
    return found;
  }

  #inOrder(indices: number[]): ResultRecord[] {
    return indices.sort((a, b) => a - b).map((i) => this.#records[i]!);
  }
}

function cloneContext(c: Readonly<Context>): Context {
  const out: Context = {};
  if (c.mandate !== undefined) out.mandate = c.mandate;
  if (c.strategicIssues !== undefined) out.strategicIssues = [...c.strategicIssues];
  if (c.expectations !== undefined) out.expectations = [...c.expectations];
  if (c.outcome !== undefined) out.outcome = c.outcome;
  return out;
}

/** Structural equality of JSON-like values (key order ignored; `-0` equals `0`, as in JSON). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b || Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * The `levels` of the canonical document: as the document wrote it; when it wrote none, nothing
 * for the default preset, else the scheme given to `parseCascade` as its `levels` option (a
 * preset's name, or the list), so that the document reads back to the same cascade on its own.
 */
function levelsOfDocument(spec: string | LevelScheme | undefined, levels: LevelScheme): string | LevelScheme | undefined {
  if (spec !== undefined) return spec;
  for (const [name, preset] of Object.entries(LEVEL_PRESETS))
    if (preset === levels) return name === DEFAULT_LEVEL_PRESET ? undefined : name;
  return levels;
}

/**
 * The document with its `levels` in one form for {@link Cascade.equals}: a list that is a preset's
 * levels compares as the preset's name, and the default preset as no `levels` at all.
 */
function withoutDefaultLevels(doc: CascadeDocument): CascadeDocument {
  let levels: unknown = doc.levels;
  if (Array.isArray(levels)) {
    for (const [name, preset] of Object.entries(LEVEL_PRESETS)) if (deepEqual(levels, preset)) levels = name;
  }
  if (levels === doc.levels && levels !== DEFAULT_LEVEL_PRESET) return doc;
  const { levels: _given, ...rest } = doc;
  return (levels === DEFAULT_LEVEL_PRESET ? rest : { ...rest, levels }) as CascadeDocument;
}
