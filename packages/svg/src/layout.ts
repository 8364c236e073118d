/**
 * The layout step: from a cascade to a positioned {@link SvgLayout} (boxes sized from their
 * measured, wrapped text; positions from d3-flextree's tidy-tree algorithm for variable node sizes).
 *
 * @module
 */
import type { Cascade, ResultRecord, Tier } from '@pokin/core';
import { flextree, type FlextreeNode } from 'd3-flextree';
import { crosscuttingLabel, describe, indicatorPrefix, periodLabel, tierLabel } from './labels.js';
import type { FontWeight } from './measure.js';
import type { LayoutBox, LayoutConnector, LayoutLegendItem, LayoutLine, LayoutText, SvgLayout, TextRole } from './model.js';
import { resolveSvgOptions, type SvgOptions, type SvgSettings } from './options.js';
import { normalizeText, wrapText } from './text.js';

/** Line height as a multiple of the font size. */
const LINE_HEIGHT = 1.3;
/** Share of the inner box width that wrapping fills: room for hinting and font differences. */
const WRAP_SAFETY = 0.95;
/** Narrowest heading/legend area. */
const MIN_CONTENT_WIDTH = 560;

/** A text block before it is positioned: wrapped lines in one font. */
interface Block {
  readonly role: TextRole;
  readonly fontSize: number;
  readonly fontWeight: FontWeight;
  readonly anchor: 'start' | 'middle';
  readonly lines: readonly string[];
  /** Space above the block. */
  readonly gapBefore: number;
  /** Draw a rule in the middle of the gap above. */
  readonly ruleBefore: boolean;
}

/** A result with its measured content. */
interface Draft {
  readonly record: ResultRecord;
  readonly tier: Tier;
  readonly blocks: readonly Block[];
  readonly contentHeight: number;
}

/** A node of the tree given to flextree: the virtual root, one box, or a stacked column of leaves. */
interface TreeNode {
  readonly kind: 'root' | 'box' | 'stack';
  readonly drafts: readonly Draft[];
  readonly children: TreeNode[];
  readonly depth: number;
  width: number;
  height: number;
}

const blockHeight = (b: Block): number => b.lines.length * b.fontSize * LINE_HEIGHT;

/** Baseline of a line whose line box starts at `top`: centres the font's ascent+descent in the line. */
const baseline = (top: number, fontSize: number): number => top + fontSize * (LINE_HEIGHT - 1.117) / 2 + fontSize * 0.905;

function textBlock(block: Block, x: number, top: number, fill: string): LayoutText {
  const step = block.fontSize * LINE_HEIGHT;
  const lines: LayoutLine[] = block.lines.map((text, i) => ({ text, x, y: baseline(top + i * step, block.fontSize) }));
  return { role: block.role, fontSize: block.fontSize, fontWeight: block.fontWeight, fill, anchor: block.anchor, lines };
}

const wrapWidth = (s: SvgSettings): number => (s.boxWidth - 2 * s.boxPadding) * WRAP_SAFETY;
const levelSize = (s: SvgSettings): number => Math.round(s.fontSize * 0.77 * 10) / 10;
const indicatorSize = (s: SvgSettings): number => Math.round(s.fontSize * 0.85 * 10) / 10;

/** The level label block at the top of a box. */
function levelBlockOf(label: string, s: SvgSettings): Block {
  const size = levelSize(s);
  return { role: 'level', fontSize: size, fontWeight: 'bold', anchor: 'middle', lines: wrapText(normalizeText(label), wrapWidth(s), size, 'bold', s.measurer), gapBefore: 0, ruleBefore: false };
}

/** Measures and wraps the texts of one result; `levelBlock` is shared by the results of a level. */
function draftOf(record: ResultRecord, tier: Tier, s: SvgSettings, levelBlock: Block | undefined): Draft {
  const max = wrapWidth(s);
  const m = s.measurer;
  const blocks: Block[] = [];
  const ikSize = indicatorSize(s);
  if (levelBlock) blocks.push(levelBlock);
  blocks.push({
    role: 'statement',
    fontSize: s.fontSize,
    fontWeight: 'bold',
    anchor: 'middle',
    lines: wrapText(normalizeText(record.statement), max, s.fontSize, 'bold', m),
    gapBefore: s.showLevel ? 4 : 0,
    ruleBefore: false,
  });
  if (s.showIndicators) {
    const prefix = indicatorPrefix(s.locale);
    record.indicators.forEach((ind, i) => {
      const text = `${prefix} ${normalizeText(ind.statement)}`;
      blocks.push({ role: 'indicator', fontSize: ikSize, fontWeight: 'normal', anchor: 'start', lines: wrapText(text, max, ikSize, 'normal', m), gapBefore: i === 0 ? 12 : 3, ruleBefore: i === 0 });
    });
  }
  let h = 2 * s.boxPadding;
  for (const b of blocks) h += b.gapBefore + blockHeight(b);
  return { record, tier, blocks, contentHeight: h };
}

/**
 * Lays out a cascade: wraps and measures every text, sizes the boxes, positions them with
 * d3-flextree (rows aligned by depth; the leaves of one parent stacked in a column when
 * `stackLeaves` is on), and routes the connectors. Pure: the same input gives the same model.
 *
 * @param cascade - the cascade to draw.
 * @param options - the same options as {@link renderSvg}.
 */
export function layoutCascade(cascade: Cascade, options: SvgOptions = {}): SvgLayout {
  return layoutWithSettings(cascade, resolveSvgOptions(options));
}

/** {@link layoutCascade} with resolved settings. */
export function layoutWithSettings(cascade: Cascade, s: SvgSettings): SvgLayout {
  const records = cascade.results();
  const levelOf = new Map(cascade.levels.map((l) => [l.key, l] as const));

  // Primary tree, in document order.
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

  const drafts = new Map<string, Draft>();
  const levelBlocks = new Map<string, Block>();
  for (const r of records) {
    const level = levelOf.get(r.level);
    const tier: Tier = level?.tier ?? 'operasional';
    let levelBlock: Block | undefined;
    if (s.showLevel) {
      levelBlock = levelBlocks.get(r.level);
      if (!levelBlock) {
        levelBlock = levelBlockOf(level ? (s.locale === 'en' ? level.label.en : level.label.id) : r.level, s);
        levelBlocks.set(r.level, levelBlock);
      }
    }
    drafts.set(r.id, draftOf(r, tier, s, levelBlock));
  }

  // Build the flextree input iteratively.
  const root: TreeNode = { kind: 'root', drafts: [], children: [], depth: -1, width: 0, height: 0 };
  const pending: [TreeNode, ResultRecord[]][] = [[root, roots]];
  const boxNodes: TreeNode[] = [];
  const stackNodes: TreeNode[] = [];
  while (pending.length > 0) {
    const [node, children] = pending.pop()!;
    const depth = node.depth + 1;
    const leaves = s.stackLeaves && node.kind === 'box' ? children.filter((c) => !kids.has(c.id)) : [];
    const stack = leaves.length >= 2;
    let stacked = false;
    for (const c of children) {
      if (stack && !kids.has(c.id)) {
        if (!stacked) {
          const sn: TreeNode = { kind: 'stack', drafts: leaves.map((l) => drafts.get(l.id)!), children: [], depth, width: 0, height: 0 };
          node.children.push(sn);
          stackNodes.push(sn);
          stacked = true;
        }
        continue;
      }
      const bn: TreeNode = { kind: 'box', drafts: [drafts.get(c.id)!], children: [], depth, width: 0, height: 0 };
      node.children.push(bn);
      boxNodes.push(bn);
      const grand = kids.get(c.id);
      if (grand) pending.push([bn, grand]);
    }
  }

  // Rows: every box of a depth gets the height of the tallest one.
  const rowHeight: number[] = [];
  for (const n of boxNodes) rowHeight[n.depth] = Math.max(rowHeight[n.depth] ?? 0, n.drafts[0]!.contentHeight);
  const g = s.gaps;
  for (const n of boxNodes) {
    n.width = s.boxWidth;
    n.height = rowHeight[n.depth]!;
  }
  for (const n of stackNodes) {
    n.width = g.stackIndent + s.boxWidth;
    n.height = n.drafts.reduce((sum, d) => sum + d.contentHeight, 0) + g.stack * (n.drafts.length - 1);
  }

  const layout = flextree<TreeNode>({
    children: (d) => d.children,
    nodeSize: (n) => (n.data.kind === 'root' ? [0, 0] : [n.data.width, n.data.height + g.level]),
    spacing: (a, b) => (a.parent === b.parent && a.parent?.data.kind !== 'root' ? g.sibling : g.subtree),
  });
  const tree = layout(layout.hierarchy(root));
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  const placed: FlextreeNode<TreeNode>[] = [];
  tree.each((n) => {
    if (n.data.kind === 'root') return;
    placed.push(n);
    minX = Math.min(minX, n.x - n.data.width / 2);
    maxX = Math.max(maxX, n.x + n.data.width / 2);
    maxY = Math.max(maxY, n.y + n.data.height);
  });
  if (placed.length === 0) {
    minX = 0;
    maxX = 0;
  }
  const treeWidth = maxX - minX;
  const contentWidth = Math.max(treeWidth, MIN_CONTENT_WIDTH);
  const m = s.margin;
  const centre = m + contentWidth / 2;

  // Heading: title and subtitle, centred and wrapped to the content width.
  const heading: LayoutText[] = [];
  let y = m;
  const titleText = s.title === false ? '' : normalizeText(s.title ?? cascade.title);
  if (titleText !== '') {
    const size = Math.round(s.fontSize * 1.55);
    const lines = wrapText(titleText, contentWidth * WRAP_SAFETY, size, 'bold', s.measurer);
    const block: Block = { role: 'title', fontSize: size, fontWeight: 'bold', anchor: 'middle', lines, gapBefore: 0, ruleBefore: false };
    heading.push(textBlock(block, centre, y, s.colors.text));
    y += blockHeight(block);
    const sub: string[] = [];
    if (cascade.agency?.name) sub.push(normalizeText(cascade.agency.name));
    if (cascade.period) sub.push(periodLabel(cascade.period.start, cascade.period.end, s.locale));
    const subText = sub.filter((t) => t !== '').join(' · ');
    if (subText !== '') {
      const sb: Block = { role: 'subtitle', fontSize: s.fontSize, fontWeight: 'normal', anchor: 'middle', lines: wrapText(subText, contentWidth * WRAP_SAFETY, s.fontSize, 'normal', s.measurer), gapBefore: 2, ruleBefore: false };
      y += sb.gapBefore;
      heading.push(textBlock(sb, centre, y, s.colors.text));
      y += blockHeight(sb);
    }
    y += 14;
  }

  // Legend: one swatch per tier of the scheme, and the dashed crosscutting line when used.
  const crosscutting = records.reduce((n, r) => n + r.contributesTo.length, 0);
  const legend: LayoutLegendItem[] = [];
  if (s.showLegend) {
    const tiers: Tier[] = [];
    for (const l of cascade.levels) if (!tiers.includes(l.tier)) tiers.push(l.tier);
    const size = Math.round(s.fontSize * 0.92 * 10) / 10;
    const entries: { kind: 'tier' | 'crosscutting'; tier?: Tier; label: string; width: number }[] = tiers.map((t) => ({
      kind: 'tier' as const,
      tier: t,
      label: tierLabel(t, s.locale),
      width: 0,
    }));
    if (crosscutting > 0) entries.push({ kind: 'crosscutting', label: crosscuttingLabel(s.locale), width: 0 });
    const sw = 28;
    const sh = Math.round(size * 1.2);
    for (const e of entries) e.width = sw + 8 + s.measurer.measure(e.label, size, 'normal') / WRAP_SAFETY;
    // Greedy rows, each centred.
    const rows: (typeof entries)[] = [];
    let row: typeof entries = [];
    let rowWidth = 0;
    for (const e of entries) {
      const w = rowWidth === 0 ? e.width : rowWidth + 24 + e.width;
      if (row.length > 0 && w > contentWidth) {
        rows.push(row);
        row = [];
        rowWidth = 0;
      }
      rowWidth = rowWidth === 0 ? e.width : rowWidth + 24 + e.width;
      row.push(e);
    }
    if (row.length > 0) rows.push(row);
    for (const r of rows) {
      const total = r.reduce((sum, e) => sum + e.width, 0) + 24 * (r.length - 1);
      let x = centre - total / 2;
      for (const e of r) {
        const colors = e.tier ? s.colors[e.tier] : { fill: 'none', stroke: s.colors.crosscutting };
        const label: LayoutText = {
          role: 'legend',
          fontSize: size,
          fontWeight: 'normal',
          fill: s.colors.text,
          anchor: 'start',
          lines: [{ text: e.label, x: x + sw + 8, y: baseline(y + (sh - size * LINE_HEIGHT) / 2, size) }],
        };
        legend.push({ kind: e.kind, ...(e.tier ? { tier: e.tier } : {}), x, y, width: sw, height: sh, fill: colors.fill, stroke: colors.stroke, label });
        x += e.width + 24;
      }
      y += sh + 8;
    }
    y += 10;
  }

  // Place the boxes.
  const treeTop = heading.length > 0 || legend.length > 0 ? y + 6 : m;
  const dx = m + (contentWidth - treeWidth) / 2 - minX;
  const boxes = new Map<string, LayoutBox>();
  const connectors: LayoutConnector[] = [];
  const makeBox = (d: Draft, x: number, top: number, height: number, stacked: boolean): LayoutBox => {
    const colors = s.colors[d.tier];
    const texts: LayoutText[] = [];
    const rules: { x1: number; x2: number; y: number }[] = [];
    let cy = top + s.boxPadding;
    for (const b of d.blocks) {
      if (b.ruleBefore) rules.push({ x1: x + s.boxPadding, x2: x + s.boxWidth - s.boxPadding, y: cy + b.gapBefore / 2 });
      cy += b.gapBefore;
      const ax = b.anchor === 'middle' ? x + s.boxWidth / 2 : x + s.boxPadding;
      if (b.lines.length > 0 || b.role === 'statement') texts.push(textBlock(b, ax, cy, b.role === 'level' ? colors.stroke : s.colors.text));
      cy += blockHeight(b);
    }
    const r = d.record;
    return { id: r.id, level: r.level, tier: d.tier, x, y: top, width: s.boxWidth, height, fill: colors.fill, stroke: colors.stroke, stacked, texts, rules };
  };
  for (const n of placed) {
    const left = n.x - n.data.width / 2 + dx;
    const top = n.y + treeTop;
    if (n.data.kind === 'box') {
      const d = n.data.drafts[0]!;
      boxes.set(d.record.id, makeBox(d, left, top, n.data.height, false));
    } else {
      let cy = top;
      for (const d of n.data.drafts) {
        boxes.set(d.record.id, makeBox(d, left + g.stackIndent, cy, d.contentHeight, true));
        cy += d.contentHeight + g.stack;
      }
    }
  }

  // Primary connectors: an elbow from the parent's bottom through the middle of the row gap.
  for (const n of placed) {
    if (n.data.kind !== 'box' || !n.children) continue;
    const p = boxes.get(n.data.drafts[0]!.record.id)!;
    const px = p.x + p.width / 2;
    const pb = p.y + p.height;
    const mid = pb + g.level / 2;
    for (const c of n.children) {
      if (c.data.kind === 'box') {
        const b = boxes.get(c.data.drafts[0]!.record.id)!;
        const cx = b.x + b.width / 2;
        connectors.push({ kind: 'primary', from: p.id, to: b.id, points: simplify([[px, pb], [px, mid], [cx, mid], [cx, b.y]]) });
      } else {
        const busX = c.x - c.data.width / 2 + dx + g.stackIndent / 2;
        for (const d of c.data.drafts) {
          const b = boxes.get(d.record.id)!;
          const by = b.y + b.height / 2;
          connectors.push({ kind: 'primary', from: p.id, to: b.id, points: simplify([[px, pb], [px, mid], [busX, mid], [busX, by], [b.x, by]]) });
        }
      }
    }
  }

  // Crosscutting connectors: dashed, leaving the source at three quarters of its width.
  const gutter = Math.max(4, Math.min(10, g.sibling / 2));
  for (const r of records) {
    for (const from of r.contributesTo) {
      const a = boxes.get(from);
      const b = boxes.get(r.id);
      if (!a || !b) continue;
      const pts: [number, number][] = [];
      let lane: number;
      if (!a.stacked) {
        const sx = a.x + a.width * 0.75;
        lane = a.y + a.height + g.level / 2 + Math.min(6, g.level / 4);
        pts.push([sx, a.y + a.height], [sx, lane]);
      } else {
        lane = a.y + a.height * 0.75;
        pts.push([a.x + a.width, lane], [a.x + a.width + gutter, lane]);
      }
      if (!b.stacked && b.y >= lane) {
        const tx = b.x + b.width * 0.75;
        pts.push([tx, lane], [tx, b.y]);
      } else {
        const ty = b.y + Math.min(b.height / 2 + 8, b.height - 4);
        const gx = b.x + b.width + gutter;
        pts.push([gx, lane], [gx, ty], [b.x + b.width, ty]);
      }
      connectors.push({ kind: 'crosscutting', from, to: r.id, points: simplify(pts) });
    }
  }

  const width = contentWidth + 2 * m;
  const height = (placed.length > 0 ? treeTop + maxY : y) + m;
  const usedLevels = new Set(records.map((r) => r.level)).size;
  const indicators = records.reduce((n, r) => n + r.indicators.length, 0);
  const fullTitle = normalizeText(s.title === false || s.title === undefined ? cascade.title : s.title) || normalizeText(cascade.title);
  return {
    width,
    height,
    title: fullTitle,
    description: describe(fullTitle, { results: records.length, indicators, levels: usedLevels, crosscutting }, s.locale),
    fontFamily: s.fontFamily,
    idPrefix: s.idPrefix,
    colors: { text: s.colors.text, connector: s.colors.connector, crosscutting: s.colors.crosscutting, background: s.colors.background },
    heading,
    legend,
    boxes: records.map((r) => boxes.get(r.id)!),
    connectors,
  };
}

/** Drops repeated and collinear points of an orthogonal polyline. */
function simplify(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
    const prev = out[out.length - 2];
    if (last && prev && ((Math.abs(prev[0] - last[0]) < 0.01 && Math.abs(last[0] - p[0]) < 0.01) || (Math.abs(prev[1] - last[1]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01))) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}
