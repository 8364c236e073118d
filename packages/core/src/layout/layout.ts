/**
 * The layout step: from a cascade to a positioned {@link TreeLayout}. Boxes are sized from their
 * measured, wrapped text (`layout/blocks`), positioned by a tidy-tree algorithm for nodes of
 * different sizes (`layout/tree`, `layout/tidy`), with the heading and legend above
 * (`layout/heading`) and the connectors routed between them (`layout/connectors`).
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { describe } from './labels.js';
import { draftOf, levelBlock, placeBox, type Block, type Draft } from './blocks.js';
import { crosscuttingConnectors, linkStatus, primaryConnectors } from './connectors.js';
import { layoutHeading, layoutLegend } from './heading.js';
import { layoutTree } from './tree.js';
import type { LayoutBox, LayoutLegendItem, LayoutText, TreeLayout } from './model.js';
import { resolveLayoutOptions, type LayoutOptions, type LayoutSettings } from './options.js';
import { normalizeText } from './text.js';
import { cacheContents, type LayoutCache } from './cache.js';
import { unfolded } from './fold.js';

/** Narrowest heading/legend area. */
const MIN_CONTENT_WIDTH = 560;

/**
 * Lays out a cascade: wraps and measures every text, sizes the boxes, positions them as a
 * tidy tree (rows aligned by depth; the leaves of one parent stacked in a column when
 * `stackLeaves` is on), and routes the connectors. Pure: the same input gives the same model.
 *
 * @param cascade - the cascade to draw.
 * @param options - the layout options (the SVG renderer's options are the same).
 * @throws `UsageError` when the primary tree is deeper than {@link MAX_LAYOUT_DEPTH}.
 */
export function layoutCascade(cascade: Cascade, options: LayoutOptions = {}): TreeLayout {
  return layoutWithSettings(cascade, resolveLayoutOptions(options));
}

/**
 * {@link layoutCascade} with resolved settings: measures, wraps, sizes and positions everything.
 * With a `cache` (from `createLayoutCache`), texts measured by an earlier call are reused:
 * a viewer lays the same cascade out again after each expand or collapse.
 */
export function layoutWithSettings(cascade: Cascade, s: LayoutSettings, cache?: LayoutCache): TreeLayout {
  const kept = cache ? cacheContents(cache) : undefined;
  const { records, folded } = unfolded(cascade, s.collapsed);
  const levelOf = new Map(cascade.levels.map((l) => [l.key, l] as const));

  // Measure and wrap every result's texts (the level label once per level).
  const drafts = kept?.drafts ?? new Map<string, Draft>();
  const levelBlocks = kept?.levelBlocks ?? new Map<string, Block>();
  for (const r of records) {
    if (drafts.has(r.id)) continue;
    const level = levelOf.get(r.level);
    let label: Block | undefined;
    if (s.showLevel) {
      label = levelBlocks.get(r.level);
      if (!label) {
        label = levelBlock(level ? (s.locale === 'en' ? level.label.en : level.label.id) : r.level, s);
        levelBlocks.set(r.level, label);
      }
    }
    drafts.set(r.id, draftOf(r, level?.tier ?? 'operasional', s, label));
  }

  const tree = layoutTree(records, drafts, s, folded);
  const treeWidth = tree.maxX - tree.minX;
  const contentWidth = Math.max(treeWidth, MIN_CONTENT_WIDTH);
  const m = s.margin;
  const centre = m + contentWidth / 2;

  let y = m;
  let heading: LayoutText[] = [];
  let legend: LayoutLegendItem[] = [];
  ({ heading, y } = layoutHeading(cascade, s, { centre, width: contentWidth, top: y }));
  // Rejected links (status ditolak) are not drawn, so not counted; proposed ones have their own legend entry.
  let crosscutting = 0;
  let proposed = 0;
  for (const r of records)
    for (const to of r.contributesTo) {
      const status = linkStatus(r, to);
      if (status !== 'ditolak') crosscutting++;
      if (status === 'diusulkan') proposed++;
    }
  if (s.showLegend) ({ legend, y } = layoutLegend(cascade, crosscutting - proposed, proposed, s, { centre, width: contentWidth, top: y }));

  // Place the boxes: the tree centred under the heading.
  const treeTop = heading.length > 0 || legend.length > 0 ? y + 6 : m;
  const dx = m + (contentWidth - treeWidth) / 2 - tree.minX;
  const boxes = new Map<string, LayoutBox>();
  for (const n of tree.nodes) {
    const left = n.x - n.width / 2 + dx;
    const top = n.y + treeTop;
    if (n.kind === 'box') {
      const d = n.drafts[0]!;
      boxes.set(d.record.id, placeBox(d, left, top, n.height, false, s));
    } else {
      let cy = top;
      let cx = left + s.gaps.stackIndent;
      n.drafts.forEach((d, i) => {
        // A long stack wraps into further columns to the right (maxStackRows).
        if (i > 0 && i % n.perColumn === 0) {
          cy = top;
          cx += s.gaps.stackIndent + s.boxWidth + s.gaps.sibling;
        }
        boxes.set(d.record.id, placeBox(d, cx, cy, d.contentHeight, true, s));
        cy += d.contentHeight + s.gaps.stack;
      });
    }
  }

  const title = normalizeText(typeof s.title === 'string' ? s.title : cascade.title) || normalizeText(cascade.title);
  const counts = {
    results: records.length,
    indicators: records.reduce((n, r) => n + r.indicators.length, 0),
    levels: new Set(records.map((r) => r.level)).size,
    crosscutting,
  };
  return {
    width: contentWidth + 2 * m,
    height: (tree.nodes.length > 0 ? treeTop + tree.maxY : y) + m,
    title,
    description: describe(title, counts, s.locale),
    fontFamily: s.fontFamily,
    idPrefix: s.idPrefix,
    colors: { text: s.colors.text, connector: s.colors.connector, crosscutting: s.colors.crosscutting, background: s.colors.background },
    heading,
    legend,
    boxes: records.map((r) => boxes.get(r.id)!),
    connectors: [...primaryConnectors(tree.nodes, boxes, s), ...crosscuttingConnectors(records, boxes, s)],
  };
}
