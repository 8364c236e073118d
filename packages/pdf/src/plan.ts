/**
 * The page plan of the tree: which results go on which page.
 *
 * When the whole tree fits one page with no text under the minimum size, it is one page (several
 * box widths are tried, with and without the level label, and the most readable kept). Otherwise
 * the first page holds the top of the tree down to the deepest level that fits; every result
 * there whose children did not fit gets a "lanjutan di halaman N" mark under it, and its
 * children continue on pages of their own, below a compact copy of it (the stub) and a
 * breadcrumb band of its ancestors. The same rule applies on each of those pages, so the plan
 * goes as deep as the tree does; children too many for one page are split into parts.
 *
 * Every result is drawn as a full box on exactly one page; the tree layout itself is the shared
 * one, run once per page on that page's part of the tree.
 *
 * @module
 */
import type { Cascade, ResultRecord } from '@pokin/core';
import { layoutRecords, smallestTextSize, type TreeLayout, type TreeLayoutParams } from './layout-source.js';

/** Width and height of the area a tree is drawn in, in points. */
export interface Area {
  readonly width: number;
  readonly height: number;
}

/** A "lanjutan" placeholder box: where a branch continues. */
export interface Continuation {
  /** The result whose children continue elsewhere. */
  readonly of: string;
  /** The page group they continue on (its first page). */
  readonly target: TreePage;
}

/** One page of the tree. */
export interface TreePage {
  /** Ancestors of the stub, root first (empty on the first page). */
  readonly breadcrumb: readonly ResultRecord[];
  /** The result this page continues, drawn as a compact box atop (undefined on the first page). */
  readonly stub: ResultRecord | undefined;
  /** The page the stub is drawn in full on. */
  readonly stubPage: TreePage | undefined;
  /** Part `index` of `count` when the stub's children are split over several pages. */
  readonly part: { readonly index: number; readonly count: number } | undefined;
  /** Results drawn as full boxes here, in document order. */
  readonly results: readonly ResultRecord[];
  /** The page's tree in layout units. */
  readonly layout: TreeLayout;
  /** Layout units to points. */
  readonly scale: number;
  /** The layout's parameters (box width, whether level labels are drawn). */
  readonly params: TreeLayoutParams;
  /** Placeholder boxes by their id in the layout. */
  readonly continuations: ReadonlyMap<string, Continuation>;
  /** Page number, once the document is assembled (1-based). */
  number: number;
}

/** Id prefix of placeholder boxes; `#` never occurs in a result id. */
export const PLACEHOLDER = '#lanjutan-';

/** The inputs of a plan. */
export interface PlanInput {
  readonly cascade: Cascade;
  /** Area of the first (or only) page. */
  readonly first: Area;
  /** Area of a continuation page (below the breadcrumb band). */
  readonly next: Area;
  /** Smallest font size allowed, in points. */
  readonly minFontSize: number;
  /** Layout parameters of a paged plan. */
  readonly paged: TreeLayoutParams;
  /** Parameters tried for a single page, in order of preference. */
  readonly single: readonly TreeLayoutParams[];
  /** Largest enlargement of a single-page tree. */
  readonly maxScale: number;
}

interface Fit {
  readonly layout: TreeLayout;
  readonly scale: number;
  readonly ok: boolean;
  /** Smallest text in points at that scale. */
  readonly smallest: number;
}

function fit(layout: TreeLayout, area: Area, maxScale: number, min: number): Fit {
  const scale = Math.min(area.width / Math.max(layout.width, 1), area.height / Math.max(layout.height, 1), maxScale);
  const size = smallestTextSize(layout);
  const smallest = size === Infinity ? min : size * scale;
  return { layout, scale, ok: smallest >= min - 1e-6, smallest };
}

/** Stack lengths tried, longest first, when a page is too tall for its width. */
const STACK_ROWS = [Infinity, 10, 8, 6, 5, 4, 3, 2];

/** The longest run of leaf children under one parent among `records`. */
function longestStack(records: readonly ResultRecord[]): number {
  const parents = new Set<string>();
  for (const r of records) if (r.parent !== null) parents.add(r.parent);
  const leaves = new Map<string, number>();
  let max = 0;
  for (const r of records) {
    if (r.parent === null || parents.has(r.id)) continue;
    const n = (leaves.get(r.parent) ?? 0) + 1;
    leaves.set(r.parent, n);
    if (n > max) max = n;
  }
  return max;
}

/**
 * Lays out `records` and scales them to `area`; while the height is what limits, tries again with
 * long stacks of leaves wrapped into columns. Returns the first fit that is readable, else the first.
 */
function fitRecords(cascade: Cascade, records: readonly ResultRecord[], area: Area, params: TreeLayoutParams, maxScale: number, min: number): Fit & { params: TreeLayoutParams } {
  const longest = longestStack(records);
  let first: (Fit & { params: TreeLayoutParams }) | undefined;
  for (const rows of STACK_ROWS) {
    if (rows !== Infinity && rows >= longest) continue;
    const p = rows === params.maxStackRows ? params : { ...params, maxStackRows: rows };
    const f = { ...fit(layoutRecords(cascade, records, p), area, maxScale, min), params: p };
    if (f.ok) return f;
    first ??= f;
    // Wrapping stacks only helps when the page is too tall, not too wide.
    if (f.layout.height / area.height <= f.layout.width / area.width) break;
  }
  return first!;
}

/** Plans the tree's pages. The pages come in reading order: each page before its continuations. */
export function planTree(input: PlanInput): TreePage[] {
  const { cascade } = input;
  const records = cascade.results();
  if (records.length === 0) return [];
  const kids = new Map<string, ResultRecord[]>();
  const roots: ResultRecord[] = [];
  for (const r of records) {
    if (r.parent === null) roots.push(r);
    else {
      const list = kids.get(r.parent);
      if (list) list.push(r);
      else kids.set(r.parent, [r]);
    }
  }

  // One page, if the whole tree fits at a readable size; the most readable candidate wins.
  let best: (Fit & { params: TreeLayoutParams }) | undefined;
  for (const params of input.single) {
    const f = fitRecords(cascade, records, input.first, params, input.maxScale, input.minFontSize);
    if (f.ok && (best === undefined || f.smallest > best.smallest + 0.05)) best = f;
    // A tree far too big for one page needs no further tries.
    if (best === undefined && f.smallest < input.minFontSize * 0.4) break;
  }
  if (best !== undefined) {
    return [{ breadcrumb: [], stub: undefined, stubPage: undefined, part: undefined, results: records, layout: best.layout, scale: best.scale, params: best.params, continuations: new Map(), number: 0 }];
  }
  const planner = new Planner(input, kids);
  planner.group([], undefined, undefined, roots, undefined);
  return planner.pages;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** A page's records at a depth cut: the full boxes, the stub, and a placeholder under each cut result. */
interface Cut {
  readonly records: ResultRecord[];
  readonly full: ResultRecord[];
  /** Results at the cut depth that have children, in document order. */
  readonly cut: ResultRecord[];
  /** Deepest relative depth present below the members. */
  readonly depth: number;
}

class Planner {
  readonly pages: TreePage[] = [];
  #placeholders = 0;

  constructor(
    readonly input: PlanInput,
    readonly kids: ReadonlyMap<string, readonly ResultRecord[]>,
  ) {}

  /**
   * Plans the pages of `members` (the roots, or the children of `stub`) and, recursively, of
   * every branch that does not fit. Returns the first page of the group.
   */
  group(breadcrumb: readonly ResultRecord[], stub: ResultRecord | undefined, stubPage: TreePage | undefined, members: readonly ResultRecord[], part: TreePage['part']): TreePage {
    const area = stub === undefined ? this.input.first : this.input.next;
    const { paged: params } = this.input;
    // The deepest cut that fits, trying shallow cuts first (each deeper one is larger).
    let chosen: { cut: Cut; fit: Fit & { params: TreeLayoutParams } } | undefined;
    let depthOf = 0;
    for (let d = 0; ; d++) {
      const cut = this.cut(stub, members, d);
      const f = fitRecords(this.input.cascade, cut.records, area, params, 1, this.input.minFontSize);
      if (!f.ok) break;
      chosen = { cut, fit: f };
      depthOf = d;
      if (cut.cut.length === 0) break;
    }
    if (chosen === undefined && members.length > 1) return this.split(breadcrumb, stub, stubPage, members);
    // Then the cut branches, smallest first, drawn whole here too while the page still fits.
    if (chosen !== undefined && chosen.cut.cut.length > 0) {
      const d = depthOf;
      const open = new Set<string>();
      const sizes = new Map(chosen.cut.cut.map((r) => [r.id, this.input.cascade.descendants(r.id).length] as const));
      for (const r of [...chosen.cut.cut].sort((a, b) => sizes.get(a.id)! - sizes.get(b.id)!)) {
        open.add(r.id);
        const cut = this.cut(stub, members, d, open);
        const f = fitRecords(this.input.cascade, cut.records, area, params, 1, this.input.minFontSize);
        if (f.ok) chosen = { cut, fit: f };
        else open.delete(r.id);
      }
    }
    // A single result too large for a page even alone (a huge statement): drawn smaller.
    if (chosen === undefined) {
      const cut = this.cut(stub, members, 0);
      chosen = { cut, fit: fitRecords(this.input.cascade, cut.records, area, params, 1, 0) };
    }
    const continuations = new Map<string, Continuation>();
    const page: TreePage = { breadcrumb, stub, stubPage, part, results: chosen.cut.full, layout: chosen.fit.layout, scale: chosen.fit.scale, params: chosen.fit.params, continuations, number: 0 };
    this.pages.push(page);
    const placeholderIds = chosen.cut.records.filter((r) => r.id.startsWith(PLACEHOLDER));
    const onPage = new Set(chosen.cut.full.map((r) => r.id));
    chosen.cut.cut.forEach((r, i) => {
      // The continuation's breadcrumb: this page's, its stub, and r's ancestors drawn here.
      const chain: ResultRecord[] = [];
      for (let id = r.parent; id !== null && onPage.has(id); ) {
        const a = this.input.cascade.result(id)!;
        chain.unshift(a);
        id = a.parent;
      }
      const crumbs = [...breadcrumb, ...(stub === undefined ? [] : [stub]), ...chain];
      const target = this.group(crumbs, r, page, this.kids.get(r.id)!, undefined);
      continuations.set(placeholderIds[i]!.id, { of: r.id, target });
    });
    return page;
  }

  /** Splits members that do not fit side by side into consecutive parts that do. */
  split(breadcrumb: readonly ResultRecord[], stub: ResultRecord | undefined, stubPage: TreePage | undefined, members: readonly ResultRecord[]): TreePage {
    const area = stub === undefined ? this.input.first : this.input.next;
    const parts: ResultRecord[][] = [];
    let rest = members.slice();
    while (rest.length > 0) {
      // The largest prefix that fits at depth 0 (binary search; one member always goes).
      let lo = 1;
      let hi = rest.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        const cut = this.cut(stub, rest.slice(0, mid), 0);
        if (fitRecords(this.input.cascade, cut.records, area, this.input.paged, 1, this.input.minFontSize).ok) lo = mid;
        else hi = mid - 1;
      }
      parts.push(rest.slice(0, lo));
      rest = rest.slice(lo);
    }
    let first: TreePage | undefined;
    parts.forEach((p, i) => {
      const page = this.group(breadcrumb, stub, stubPage, p, { index: i + 1, count: parts.length });
      first ??= page;
    });
    return first!;
  }

  /**
   * The records of a page: the stub (compact), the members and their descendants down to depth
   * `d` (members at 0) and below that all descendants of the `open` results, a placeholder under
   * each result whose children are left out.
   */
  cut(stub: ResultRecord | undefined, members: readonly ResultRecord[], d: number, open: ReadonlySet<string> = NO_IDS): Cut {
    const full: ResultRecord[] = [];
    const cut: ResultRecord[] = [];
    let level: { r: ResultRecord; opened: boolean }[] = members.map((r) => ({ r, opened: false }));
    let depth = 0;
    for (; level.length > 0; depth++) {
      const next: { r: ResultRecord; opened: boolean }[] = [];
      for (const { r, opened } of level) {
        full.push(r);
        const children = this.kids.get(r.id);
        if (children === undefined) continue;
        const opens = opened || open.has(r.id);
        if (depth >= d && !opens) cut.push(r);
        else for (const c of children) next.push({ r: c, opened: depth >= d });
      }
      level = next;
    }
    const { cascade } = this.input;
    full.sort((a, b) => cascade.indexOf(a.id) - cascade.indexOf(b.id));
    cut.sort((a, b) => cascade.indexOf(a.id) - cascade.indexOf(b.id));
    const onPage = new Set(full.map((r) => r.id));
    const records: ResultRecord[] = [];
    if (stub !== undefined) records.push({ ...stub, parent: null, contributesTo: [], indicators: [] });
    for (const r of full) {
      const parent = r.parent !== null && (onPage.has(r.parent) || r.parent === stub?.id) ? r.parent : null;
      const contributesTo = r.contributesTo.filter((c) => onPage.has(c));
      records.push(parent === r.parent && contributesTo.length === r.contributesTo.length ? r : { ...r, parent, contributesTo });
    }
    for (const r of cut) {
      const child = this.kids.get(r.id)![0]!;
      records.push({ id: `${PLACEHOLDER}${this.#placeholders++}`, level: child.level, statement: 'lanjutan di halaman 000', parent: r.id, contributesTo: [], indicators: [] });
    }
    return { records, full, cut, depth };
  }
}
