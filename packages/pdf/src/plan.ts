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
 * one, run once per page on that page's part of the tree. The fitting is in `plan-fit.ts`, the
 * paged plan in `planner.ts`.
 *
 * @module
 */
import { UsageError, type Cascade, type ResultRecord } from '@pokin/core';
import type { TreeLayout, TreeLayoutParams } from './layout-source.js';
import { fitRecords, type Fit } from './plan-fit.js';
import { Planner } from './planner.js';

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
  cascade.walk((_, { depth }) => {
    if (depth >= MAX_PLAN_DEPTH)
      throw new UsageError(
        `@pokin/pdf renderPdf: the tree is more than ${MAX_PLAN_DEPTH} levels deep, too deep to print; print a subtree (cascade.subtree(id)) instead`,
      );
  });
  // The primary children of each result that has some, from the cascade's own links.
  const kids = new Map<string, readonly ResultRecord[]>();
  for (const r of records) {
    const children = cascade.primaryChildren(r.id);
    if (children.length > 0) kids.set(r.id, children);
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
  planner.group([], [], undefined, cascade.roots(), undefined);
  return planner.pages;
}
