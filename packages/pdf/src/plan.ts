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
import { UsageError, type Cascade, type ResultRecord } from '@pokin/core';
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
  /** Common ancestors of the stubs, root first (empty on the first page). */
  readonly breadcrumb: readonly ResultRecord[];
  /** The results whose children this page continues, drawn as compact boxes atop (empty on the first page). */
  readonly stubs: readonly ResultRecord[];
  /** The page the stubs are drawn in full on. */
  readonly stubPage: TreePage | undefined;
  /** Part `index` of `count` when a stub's children are split over several pages. */
  readonly part: { readonly index: number; readonly count: number } | undefined;
  /** Results drawn as full boxes here, in document order. */
  readonly results: readonly ResultRecord[];
  /** Layout units (points at the paged size) to points on the page. */
  readonly scale: number;
  /** The "lanjutan" marks drawn here, by their id in the layout. */
  readonly continuations: ReadonlyMap<string, Continuation>;
  /** Page number, once the document is assembled (1-based). */
  number: number;
}

/** A tree page as the planner makes it: with its layout and the layout's parameters. */
export interface PlannedPage extends TreePage {
  /** The page's tree in layout units. */
  readonly layout: TreeLayout;
  /** The layout's parameters (box width, whether level labels are drawn). */
  readonly params: TreeLayoutParams;
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

/**
 * Most boxes a page could hold at a readable size: as many columns as boxes fit across, as many
 * rows as the smallest box (level label and one line of statement) fits down. More results than
 * this cannot fit, so no layout is needed to know it.
 */
function capacity(area: Area, p: TreeLayoutParams, min: number, maxScale: number): number {
  const smallest = Math.min(p.fontSize * 0.77, p.showIndicators ? p.fontSize * 0.85 : Infinity);
  const scale = Math.min(maxScale, smallest / min);
  const across = Math.floor((area.width / scale + p.gaps.sibling) / (p.boxWidth + p.gaps.sibling));
  const down = Math.floor((area.height / scale + p.gaps.stack) / (2 * p.boxPadding + p.fontSize * 1.3 * 2 + p.gaps.stack));
  return Math.max(1, across) * Math.max(1, down);
}

function fit(layout: TreeLayout, area: Area, maxScale: number, min: number): Fit {
  const scale = Math.min(area.width / Math.max(layout.width, 1), area.height / Math.max(layout.height, 1), maxScale);
  const size = smallestTextSize(layout);
  const smallest = size === Infinity ? min : size * scale;
  return { layout, scale, ok: smallest >= min - 1e-6, smallest };
}

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
 * the longest stacks of leaves wrapped into 2, 3, 4 columns. Returns the first readable fit, else the first.
 */
function fitRecords(
  cascade: Cascade,
  records: readonly ResultRecord[],
  area: Area,
  params: TreeLayoutParams,
  maxScale: number,
  min: number,
): (Fit & { params: TreeLayoutParams }) | undefined {
  if (min > 0 && records.length > capacity(area, params, min, maxScale)) return undefined;
  const longest = longestStack(records);
  let first: (Fit & { params: TreeLayoutParams }) | undefined;
  for (let columns = 1; columns <= 4; columns++) {
    const rows = columns === 1 ? Infinity : Math.ceil(longest / columns);
    if (
      columns > 1 &&
      (rows < 2 || rows >= longest || Math.ceil(longest / Math.ceil(longest / (columns - 1))) === Math.ceil(longest / rows))
    )
      continue;
    const p = rows === params.maxStackRows ? params : { ...params, maxStackRows: rows };
    const f = { ...fit(layoutRecords(cascade, records, p), area, maxScale, min), params: p };
    if (f.ok) return f;
    first ??= f;
    // Wrapping stacks only helps when the page is too tall, not too wide.
    if (f.layout.height / area.height <= f.layout.width / area.width) break;
  }
  return first!;
}

/**
 * Deepest primary tree the plan accepts, as the SVG layout: real trees have fewer than ten
 * levels, and a chain a thousand deep is a data error that would print as hundreds of pages.
 */
export const MAX_PLAN_DEPTH = 1000;

/** Plans the tree's pages. The pages come in reading order: each page before its continuations. */
export function planTree(input: PlanInput): PlannedPage[] {
  const { cascade } = input;
  const records = cascade.results();
  if (records.length === 0) return [];
  const depth = new Map<string, number>();
  for (const r of records) {
    // Document order may put a child before its parent: walk up once per result, memoised.
    const chain: ResultRecord[] = [];
    let d = 0;
    for (let at: ResultRecord | undefined = r; at !== undefined;) {
      const known = depth.get(at.id);
      if (known !== undefined) {
        d = known + 1;
        break;
      }
      chain.push(at);
      at = at.parent === null ? undefined : cascade.result(at.parent);
    }
    for (let i = chain.length - 1; i >= 0; i--, d++) depth.set(chain[i]!.id, d);
    if (d > MAX_PLAN_DEPTH)
      throw new UsageError(
        `@pokin/pdf renderPdf: the tree is more than ${MAX_PLAN_DEPTH} levels deep, too deep to print; print a subtree (cascade.subtree(id)) instead`,
      );
  }
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
    if (f?.ok === true && (best === undefined || f.smallest > best.smallest + 0.05)) best = f;
  }
  if (best !== undefined) {
    return [
      {
        breadcrumb: [],
        stubs: [],
        stubPage: undefined,
        part: undefined,
        results: records,
        layout: best.layout,
        scale: best.scale,
        params: best.params,
        continuations: new Map(),
        number: 0,
      },
    ];
  }
  const planner = new Planner(input, kids);
  planner.group([], [], undefined, roots, undefined);
  return planner.pages;
}

const NO_OPEN: ReadonlyMap<string, number> = new Map();

/** A page's records at a depth cut: the full boxes, the stubs, and a placeholder under each cut result. */
interface Cut {
  readonly records: ResultRecord[];
  readonly full: ResultRecord[];
  /** Results whose children are left out, in document order. */
  readonly cut: ResultRecord[];
}

type Chosen = { cut: Cut; fit: Fit & { params: TreeLayoutParams } };

class Planner {
  readonly pages: PlannedPage[] = [];
  #placeholders = 0;

  constructor(
    readonly input: PlanInput,
    readonly kids: ReadonlyMap<string, readonly ResultRecord[]>,
  ) {}

  /** The fit of `records` on `area`, or undefined when they cannot fit. */
  #fit(records: readonly ResultRecord[], area: Area): (Fit & { params: TreeLayoutParams }) | undefined {
    const f = fitRecords(this.input.cascade, records, area, this.input.paged, 1, this.input.minFontSize);
    return f?.ok === true ? f : undefined;
  }

  /**
   * Plans the pages of `members` (the roots, or the children of the `stubs`) and, recursively, of
   * every branch that does not fit. Returns the first page of the group.
   */
  group(
    breadcrumb: readonly ResultRecord[],
    stubs: readonly ResultRecord[],
    stubPage: TreePage | undefined,
    members: readonly ResultRecord[],
    part: TreePage['part'],
    whole?: Chosen,
  ): TreePage {
    const area = stubs.length === 0 ? this.input.first : this.input.next;
    // The deepest uniform cut that fits, trying shallow cuts first (each deeper one is larger);
    // none when the whole group is known to fit.
    let chosen: Chosen | undefined = whole;
    let depth = 0;
    for (let d = 0; whole === undefined; d++) {
      const cut = this.cut(stubs, members, d);
      const f = this.#fit(cut.records, area);
      if (f === undefined) break;
      chosen = { cut, fit: f };
      depth = d;
      if (cut.cut.length === 0) break;
    }
    if (chosen === undefined && members.length > 1) return this.split(breadcrumb, stubs, stubPage, members);
    // Then the cut branches, smallest first, drawn here too while the page still fits: whole, or
    // else one level more (two misses in a row end the tries).
    if (chosen !== undefined && chosen.cut.cut.length > 0 && chosen.fit.scale >= 0.95) {
      const open = new Map<string, number>();
      const sizes = new Map(chosen.cut.cut.map((r) => [r.id, this.input.cascade.descendants(r.id).length] as const));
      let misses = 0;
      for (const r of [...chosen.cut.cut].sort((a, b) => sizes.get(a.id)! - sizes.get(b.id)!)) {
        let hit = false;
        for (const levels of [Infinity, 1]) {
          open.set(r.id, levels);
          const cut = this.cut(stubs, members, depth, open);
          const f = this.#fit(cut.records, area);
          if (f !== undefined) {
            chosen = { cut, fit: f };
            hit = true;
            break;
          }
          open.delete(r.id);
          if (sizes.get(r.id)! === this.kids.get(r.id)!.length) break;
        }
        if (hit) misses = 0;
        else if (++misses === 2) break;
      }
    }
    // A single result too large for a page even alone (a huge statement): drawn smaller.
    if (chosen === undefined) {
      const cut = this.cut(stubs, members, 0);
      chosen = { cut, fit: fitRecords(this.input.cascade, cut.records, area, this.input.paged, 1, 0)! };
    }
    const continuations = new Map<string, Continuation>();
    const page: PlannedPage = {
      breadcrumb,
      stubs,
      stubPage,
      part,
      results: chosen.cut.full,
      layout: chosen.fit.layout,
      scale: chosen.fit.scale,
      params: chosen.fit.params,
      continuations,
      number: 0,
    };
    this.pages.push(page);
    const placeholderOf = new Map<string, string>();
    for (const r of chosen.cut.records) if (r.id.startsWith(PLACEHOLDER)) placeholderOf.set(r.parent!, r.id);
    // The cut branches continue on pages of their own; neighbours small enough share one.
    for (const { pack, whole } of this.packs(chosen.cut.cut)) {
      const target = this.group(
        this.commonAncestors(pack),
        pack,
        page,
        pack.flatMap((r) => this.kids.get(r.id)!),
        undefined,
        whole,
      );
      for (const r of pack) continuations.set(placeholderOf.get(r.id)!, { of: r.id, target });
    }
    return page;
  }

  /** Consecutive cut results whose whole branches fit one continuation page together, with that fit. */
  packs(cut: readonly ResultRecord[]): { pack: ResultRecord[]; whole: Chosen | undefined }[] {
    const packs: { pack: ResultRecord[]; whole: Chosen | undefined }[] = [];
    const whole = (stubs: readonly ResultRecord[]): Chosen | undefined => {
      const c = this.cut(
        stubs,
        stubs.flatMap((r) => this.kids.get(r.id)!),
        Infinity,
      );
      const f = this.#fit(c.records, this.input.next);
      return f === undefined ? undefined : { cut: c, fit: f };
    };
    let current: { pack: ResultRecord[]; whole: Chosen | undefined } | undefined;
    for (const r of cut) {
      if (current?.whole !== undefined) {
        const both = whole([...current.pack, r]);
        if (both !== undefined) {
          current = { pack: [...current.pack, r], whole: both };
          continue;
        }
      }
      if (current !== undefined) packs.push(current);
      current = { pack: [r], whole: whole([r]) };
    }
    if (current !== undefined) packs.push(current);
    return packs;
  }

  /** The primary ancestors the results of a pack share, root first. */
  commonAncestors(pack: readonly ResultRecord[]): ResultRecord[] {
    const { cascade } = this.input;
    const chains = pack.map((r) => {
      const chain: ResultRecord[] = [];
      for (let id = r.parent; id !== null;) {
        const a = cascade.result(id)!;
        chain.unshift(a);
        id = a.parent;
      }
      return chain;
    });
    const common: ResultRecord[] = [];
    for (let i = 0; chains.every((c) => c[i] !== undefined && c[i]!.id === chains[0]![i]!.id); i++) common.push(chains[0]![i]!);
    return common;
  }

  /** Splits members that do not fit side by side into consecutive parts that do. */
  split(
    breadcrumb: readonly ResultRecord[],
    stubs: readonly ResultRecord[],
    stubPage: TreePage | undefined,
    members: readonly ResultRecord[],
  ): TreePage {
    const area = stubs.length === 0 ? this.input.first : this.input.next;
    const parts: ResultRecord[][] = [];
    let rest = members.slice();
    while (rest.length > 0) {
      // The largest prefix that fits at depth 0 (binary search; one member always goes).
      let lo = 1;
      let hi = rest.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        const part = rest.slice(0, mid);
        if (this.#fit(this.cut(this.stubsOf(stubs, part), part, 0).records, area) !== undefined) lo = mid;
        else hi = mid - 1;
      }
      parts.push(rest.slice(0, lo));
      rest = rest.slice(lo);
    }
    let first: TreePage | undefined;
    parts.forEach((p, i) => {
      const page = this.group(breadcrumb, this.stubsOf(stubs, p), stubPage, p, { index: i + 1, count: parts.length });
      first ??= page;
    });
    return first!;
  }

  /** The stubs that are parents of some of `members`. */
  stubsOf(stubs: readonly ResultRecord[], members: readonly ResultRecord[]): ResultRecord[] {
    const parents = new Set(members.map((m) => m.parent));
    return stubs.filter((s) => parents.has(s.id));
  }

  /**
   * The records of a page: the stubs (compact), the members and their descendants down to depth
   * `d` (members at 0) and below that the descendants of the `open` results (as many levels as
   * given), a placeholder under
   * each result whose children are left out.
   */
  cut(stubs: readonly ResultRecord[], members: readonly ResultRecord[], d: number, open: ReadonlyMap<string, number> = NO_OPEN): Cut {
    const full: ResultRecord[] = [];
    const cut: ResultRecord[] = [];
    // Each entry carries how many levels below the cut it may still open.
    let level: { r: ResultRecord; budget: number }[] = members.map((r) => ({ r, budget: 0 }));
    for (let depth = 0; level.length > 0; depth++) {
      const next: { r: ResultRecord; budget: number }[] = [];
      for (const { r, budget } of level) {
        full.push(r);
        const children = this.kids.get(r.id);
        if (children === undefined) continue;
        const left = depth < d ? 1 : Math.max(budget, open.get(r.id) ?? 0);
        if (left <= 0) cut.push(r);
        else for (const c of children) next.push({ r: c, budget: depth < d ? 0 : left - 1 });
      }
      level = next;
    }
    const { cascade } = this.input;
    full.sort((a, b) => cascade.indexOf(a.id) - cascade.indexOf(b.id));
    cut.sort((a, b) => cascade.indexOf(a.id) - cascade.indexOf(b.id));
    const onPage = new Set(full.map((r) => r.id));
    const stubIds = new Set(stubs.map((r) => r.id));
    const records: ResultRecord[] = stubs.map((r) => ({ ...r, parent: null, contributesTo: [], contributions: [], indicators: [] }));
    for (const r of full) {
      const parent = r.parent !== null && (onPage.has(r.parent) || stubIds.has(r.parent)) ? r.parent : null;
      const contributesTo = r.contributesTo.filter((c) => onPage.has(c));
      records.push(parent === r.parent && contributesTo.length === r.contributesTo.length ? r : { ...r, parent, contributesTo });
    }
    for (const r of cut) {
      const child = this.kids.get(r.id)![0]!;
      records.push({
        id: `${PLACEHOLDER}${this.#placeholders++}`,
        level: child.level,
        statement: 'lanjutan di halaman 000',
        parent: r.id,
        contributesTo: [],
        contributions: [],
        indicators: [],
      });
    }
    return { records, full, cut };
  }
}
