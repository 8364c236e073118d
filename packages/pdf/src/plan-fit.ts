/**
 * How a part of the tree fits a page: its layout scaled to the area, whether the smallest text
 * stays readable, and the tries with long stacks of leaves wrapped into columns.
 *
 * @module
 */
import type { Cascade, ResultRecord } from '@pokin/core';
import { layoutRecords, smallestTextSize, type TreeLayoutParams } from './layout-source.js';
import type { Area } from './plan.js';
import type { TreeLayout } from './layout-source.js';

/** A layout scaled to an area. */
export interface Fit {
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

export function fit(layout: TreeLayout, area: Area, maxScale: number, min: number): Fit {
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
export function fitRecords(
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
