import { NotFoundError } from './errors.js';
import type { Level, LevelScheme, Tier } from './levels.js';
import type { CascadeMeta, ResultRecord } from './result.js';
import type { Agency, CascadeDocument, Context, Csf, Indicator, Period, Signatory } from './schema.js';
import { cascadeDocument } from './cascade-document.js';
import { sameDocument } from './cascade-equal.js';
import { linksOfRecords, primaryChildren, type CascadeLinks, type CascadeStore } from './cascade-links.js';
import { subtreeParts } from './cascade-subtree.js';
import {
  ancestorsOf,
  childrenOf,
  depthOf,
  descendantsOf,
  leavesOf,
  parentsOf,
  pathToRootOf,
  rootsOf,
  walkFrom,
  type WalkControl,
  type WalkInfo,
  type WalkOptions,
} from './cascade-traverse.js';

export { deepEqual } from './cascade-equal.js';
export type { WalkControl, WalkInfo, WalkOptions, WalkOrder } from './cascade-traverse.js';

/** Internal constructor input; build a cascade with `parseCascade`. */
export interface CascadeInit {
  readonly meta: CascadeMeta;
  readonly levels: LevelScheme;
  readonly records: readonly ResultRecord[];
  /** Result index by id, when the caller has it already (`parseCascade`'s structural check); built here otherwise. */
  readonly index?: Map<string, number>;
  /** The links, when the caller has built them (`parseCascade`'s structural check); built here otherwise. */
  readonly links?: CascadeLinks;
}

/** The store of a cascade, for the review and the traversal functions (not part of the public API). */
let storeOf: (cascade: Cascade) => CascadeStore;

/**
 * A validated pohon kinerja: results in document order, linked by `parent` (the primary tree)
 * and `contributesTo` (crosscutting). Immutable. Create one with `parseCascade`.
 *
 * The cascade holds its data (records, index, links: see `cascade-links.ts`); traversal,
 * the document form and equality are functions in their own modules, wrapped here as methods.
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
  readonly #store: CascadeStore;
  readonly #levelIndex: Map<string, number>;

  static {
    storeOf = (cascade) => (#store in cascade ? cascade.#store : storeFromMethods(cascade));
  }

  /** @internal Use `parseCascade` to make a cascade. */
  constructor(init: CascadeInit) {
    const { meta, levels } = init;
    this.#meta = meta;
    this.id = meta.id;
    this.title = meta.title;
    this.signatory = meta.signatory;
    this.agency = meta.agency;
    this.period = meta.period;
    this.context = meta.context;
    this.csf = meta.csf ?? Object.freeze([]);
    this.levels = levels;
    const records = Object.freeze(init.records.slice());
    let index = init.index;
    if (index === undefined) {
      index = new Map<string, number>();
      for (let i = 0; i < records.length; i++) index.set(records[i]!.id, i);
    }
    this.#store = { records, index, links: init.links ?? linksOfRecords(records, index) };
    const levelIndex = new Map<string, number>();
    levels.forEach((l, i) => levelIndex.set(l.key, i));
    this.#levelIndex = levelIndex;
  }

  /** Number of results. */
  get size(): number {
    return this.#store.records.length;
  }

  /** The result with this id, or `undefined`. */
  result(id: string): ResultRecord | undefined {
    const i = this.#store.index.get(id);
    return i === undefined ? undefined : this.#store.records[i];
  }

  /** True when a result has this id. */
  has(id: string): boolean {
    return this.#store.index.has(id);
  }

  /** Position of a result in document order (0-based). Throws {@link NotFoundError} for an unknown id. */
  indexOf(id: string): number {
    return this.#at(id, 'indexOf');
  }

  /** Every result, in document order. */
  results(): readonly ResultRecord[] {
    return this.#store.records;
  }

  /** Results without a primary parent. */
  roots(): ResultRecord[] {
    return this.#records(rootsOf(this.#store.links));
  }

  /** Direct children: results whose `parent` or `contributesTo` names `id`. */
  children(id: string): ResultRecord[] {
    return this.#records(childrenOf(this.#store.links, this.#at(id, 'children')));
  }

  /** Primary children only: results whose `parent` is `id`. */
  primaryChildren(id: string): ResultRecord[] {
    return this.#records(primaryChildren(this.#store.links, this.#at(id, 'primaryChildren')));
  }

  /**
   * Parents: the primary parent first, then the `contributesTo` targets, each once (as
   * {@link Cascade.children} lists each child once), though `contributesTo` may repeat the parent.
   */
  parents(id: string): ResultRecord[] {
    return this.#records(parentsOf(this.#store.links, this.#at(id, 'parents')));
  }

  /** Every result reachable upwards through any parent link, excluding `id`. */
  ancestors(id: string): ResultRecord[] {
    return this.#records(ancestorsOf(this.#store.links, this.#at(id, 'ancestors')));
  }

  /** Every result reachable downwards through any child link, excluding `id`. */
  descendants(id: string): ResultRecord[] {
    return this.#records(descendantsOf(this.#store.links, this.#at(id, 'descendants')));
  }

  /** Results without children: in the subtree of `id` (including `id` itself) or in the whole cascade. */
  leaves(id?: string): ResultRecord[] {
    return this.#records(leavesOf(this.#store.links, id === undefined ? undefined : this.#at(id, 'leaves')));
  }

  /** True when the result has no children. */
  isLeaf(id: string): boolean {
    const i = this.#at(id, 'isLeaf');
    const { downStart } = this.#store.links;
    return downStart[i + 1] === downStart[i];
  }

  /** Results at a level. */
  atLevel(key: string): ResultRecord[] {
    return this.#store.records.filter((r) => r.level === key);
  }

  /** The primary chain from `id` up to its root: `[id, parent, ..., root]`. */
  pathToRoot(id: string): ResultRecord[] {
    return this.#records(pathToRootOf(this.#store.links, this.#at(id, 'pathToRoot')));
  }

  /** Depth in the primary tree: 0 for a root. */
  depth(id: string): number {
    return depthOf(this.#store.links, this.#at(id, 'depth'));
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
    const r = this.#store.records[this.#at(id, 'tier')]!;
    return this.levels[this.#levelIndex.get(r.level)!]!.tier;
  }

  /** Every indicator with the result that holds it, in document order. */
  *indicators(): IterableIterator<{ readonly result: ResultRecord; readonly indicator: Readonly<Indicator>; readonly index: number }> {
    for (const result of this.#store.records) {
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
    const from = options.from;
    const starts =
      from === undefined ? rootsOf(this.#store.links) : (typeof from === 'string' ? [from] : from).map((id) => this.#at(id, 'walk'));
    walkFrom(this.#store, starts, visitor, options.order ?? 'pre');
  }

  /**
   * A new cascade of `id` and its primary descendants, `id` becoming a root. `contributesTo` links
   * to results outside are dropped, as are CSF entries whose result is outside.
   */
  subtree(id: string): Cascade {
    const { meta, records } = subtreeParts(this.#store, this.#meta, this.#at(id, 'subtree'));
    return new Cascade({ meta, levels: this.levels, records });
  }

  /**
   * The canonical document: `parseCascade(c.toDocument())` equals `c`. Defaults are left out, and so
   * are empty objects: a result read with `owner: {}`, `budget: {}` or `targets: {}` keeps it in its
   * record, but the document (and so {@link Cascade.equals}) treats it as absent. `levels` is kept
   * as the document wrote it (an explicit `permenpan-89`, the default, equals none); a scheme
   * given to `parseCascade` as its `levels` option is written out, so the document stands alone.
   */
  toDocument(): CascadeDocument {
    return cascadeDocument(this.#meta, this.levels, this.#store.records);
  }

  /** True when both cascades hold the same document. */
  equals(other: Cascade): boolean {
    return sameDocument(this.toDocument(), other.toDocument());
  }

  #at(id: string, method: string): number {
    const i = this.#store.index.get(id);
    if (i === undefined) throw new NotFoundError(`@pokin/core Cascade.${method}: no result has id "${id}"`);
    return i;
  }

  #records(indices: readonly number[]): ResultRecord[] {
    const { records } = this.#store;
    return indices.map((i) => records[i]!);
  }
}

/** @internal The data of a cascade (records, index, links), for the review and workspace traversal. */
export const cascadeStore = (cascade: Cascade): CascadeStore => storeOf(cascade);

/** The stores built for cascades of another copy of this module, each once. */
const foreignStores = new WeakMap<Cascade, CascadeStore>();

/**
 * The store of a cascade made by another copy of `@pokin/core` (the CommonJS build beside the ES
 * module one: the `pokin` binary runs the CommonJS build, a review plug-in imports the ES module),
 * whose private fields this copy cannot read: built once from its public methods.
 */
function storeFromMethods(cascade: Cascade): CascadeStore {
  let store = foreignStores.get(cascade);
  if (store === undefined) {
    const records = Object.freeze(cascade.results().slice());
    const index = new Map<string, number>();
    for (let i = 0; i < records.length; i++) index.set(records[i]!.id, i);
    store = { records, index, links: linksOfRecords(records, index) };
    foreignStores.set(cascade, store);
  }
  return store;
}
