/**
 * The heading (title, agency and period) and the tier legend, centred above the tree.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import type { Tier } from '../levels.js';
import { crosscuttingLabel, periodLabel, proposedLabel, tierLabel } from './labels.js';
import type { LayoutLegendItem, LayoutText } from './model.js';
import type { LayoutSettings } from './options.js';
import { normalizeText } from './text.js';
import { LINE_HEIGHT, WRAP_SAFETY, baseline, blockHeight, lineCount, textBlock, wrapBlock } from './blocks.js';

/** Where the heading or the legend goes: centred on `centre`, no wider than `width`, from `top` down. */
export interface Band {
  readonly centre: number;
  readonly width: number;
  readonly top: number;
}

/** Gap between legend entries. */
const LEGEND_GAP = 24;
/** Width of a legend swatch. */
const SWATCH = 28;

/** Title and subtitle wrapped to the band's width, centred in it; returns the next free y. */
export function layoutHeading(cascade: Cascade, s: LayoutSettings, { centre, width, top }: Band): { heading: LayoutText[]; y: number } {
  const heading: LayoutText[] = [];
  let y = top;
  const title = s.title === false ? '' : (s.title ?? cascade.title);
  const block = wrapBlock('title', title, width, Math.round(s.fontSize * 1.55), 'bold', 'middle', s);
  if (lineCount(block) === 0) return { heading, y };
  heading.push(textBlock(block, centre, y, s.colors.text));
  y += blockHeight(block);
  const parts: string[] = [];
  if (cascade.agency?.name) parts.push(normalizeText(cascade.agency.name));
  if (cascade.period) parts.push(periodLabel(cascade.period.start, cascade.period.end, s.locale));
  const sub = wrapBlock('subtitle', parts.filter((t) => t !== '').join(' · '), width, s.fontSize, 'normal', 'middle', s, 2);
  if (lineCount(sub) > 0) {
    y += sub.gapBefore;
    heading.push(textBlock(sub, centre, y, s.colors.text));
    y += blockHeight(sub);
  }
  return { heading, y: y + 14 };
}

/**
 * One swatch per tier of the level scheme (and the dashed line when there are `links` crosscutting
 * links drawn, the dotted one when `proposed` of them are still proposed), in rows no wider than
 * the band, each centred in it; returns the next free y.
 */
export function layoutLegend(
  cascade: Cascade,
  links: number,
  proposed: number,
  s: LayoutSettings,
  band: Band,
): { legend: LayoutLegendItem[]; y: number } {
  const { centre, width, top } = band;
  const legend: LayoutLegendItem[] = [];
  let y = top;
  const tiers: Tier[] = [];
  for (const l of cascade.levels) if (!tiers.includes(l.tier)) tiers.push(l.tier);
  const size = Math.round(s.fontSize * 0.92 * 10) / 10;
  const entries: { kind: 'tier' | 'crosscutting'; tier?: Tier; proposed?: true; label: string; width: number }[] = tiers.map((tier) => ({
    kind: 'tier',
    tier,
    label: tierLabel(tier, s.locale),
    width: 0,
  }));
  if (links > 0) entries.push({ kind: 'crosscutting', label: crosscuttingLabel(s.locale), width: 0 });
  if (proposed > 0) entries.push({ kind: 'crosscutting', proposed: true, label: proposedLabel(s.locale), width: 0 });
  for (const e of entries) e.width = SWATCH + 8 + s.measurer.measure(e.label, size, 'normal') / WRAP_SAFETY;
  const height = Math.round(size * 1.2);

  const rows: (typeof entries)[] = [];
  let row: typeof entries = [];
  let rowWidth = 0;
  for (const e of entries) {
    if (row.length > 0 && rowWidth + LEGEND_GAP + e.width > width) {
      rows.push(row);
      row = [];
      rowWidth = 0;
    }
    rowWidth = row.length === 0 ? e.width : rowWidth + LEGEND_GAP + e.width;
    row.push(e);
  }
  if (row.length > 0) rows.push(row);

  for (const r of rows) {
    const total = r.reduce((sum, e) => sum + e.width, 0) + LEGEND_GAP * (r.length - 1);
    let x = centre - total / 2;
    for (const e of r) {
      const colors = e.tier ? s.colors[e.tier] : { fill: 'none', stroke: s.colors.crosscutting };
      const label: LayoutText = {
        role: 'legend',
        fontSize: size,
        fontWeight: 'normal',
        fill: s.colors.text,
        anchor: 'start',
        lines: [{ text: e.label, x: x + SWATCH + 8, y: baseline(y + (height - size * LINE_HEIGHT) / 2, size) }],
      };
      legend.push({
        kind: e.kind,
        ...(e.tier ? { tier: e.tier } : {}),
        ...(e.proposed ? { proposed: true as const } : {}),
        x,
        y,
        width: SWATCH,
        height,
        fill: colors.fill,
        stroke: colors.stroke,
        label,
      });
      x += e.width + LEGEND_GAP;
    }
    y += height + 8;
  }
  return { legend, y: y + 10 };
}
