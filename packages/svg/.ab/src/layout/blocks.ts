/**
 * Text blocks and boxes: measuring and wrapping the texts of a result, and placing them in its box.
 *
 * @module
 */
import type { ResultRecord, Tier } from '@pokin/core';
import { indicatorPrefix } from '../labels.js';
import type { FontWeight } from '../measure.js';
import type { LayoutBox, LayoutLine, LayoutText, TextRole } from '../model.js';
import type { SvgSettings } from '../options.js';
import { normalizeText, wrapText } from '../text.js';

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;
/** Share of the available width that wrapping fills: room for hinting and font differences. */
export const WRAP_SAFETY = 0.95;
/** Ascent and descent of Arimo/Arial in em (hhea), used to centre a line in its line box. */
const ASCENT = 0.905;
const DESCENT = 0.212;

/** A text block before it is positioned: wrapped lines in one font. */
export interface Block {
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
export interface Draft {
  readonly record: ResultRecord;
  readonly tier: Tier;
  readonly blocks: readonly Block[];
  /** Height of the box the content needs, padding included. */
  readonly contentHeight: number;
}

/** Height of a block's lines. */
export const blockHeight = (b: Block): number => b.lines.length * b.fontSize * LINE_HEIGHT;

/** Baseline of a line whose line box starts at `top`: centres the font's ascent+descent in the line. */
export const baseline = (top: number, fontSize: number): number => top + (fontSize * (LINE_HEIGHT - ASCENT - DESCENT)) / 2 + fontSize * ASCENT;

/** Positions a block's lines: `x` is the anchor, `top` the top of the first line box. */
export function textBlock(block: Block, x: number, top: number, fill: string): LayoutText {
  const step = block.fontSize * LINE_HEIGHT;
  const lines: LayoutLine[] = block.lines.map((text, i) => ({ text, x, y: baseline(top + i * step, block.fontSize) }));
  return { role: block.role, fontSize: block.fontSize, fontWeight: block.fontWeight, fill, anchor: block.anchor, lines };
}

/** A block of normalized text wrapped to `width`. */
export function wrapBlock(role: TextRole, text: string, width: number, fontSize: number, fontWeight: FontWeight, anchor: 'start' | 'middle', s: SvgSettings, gapBefore = 0, ruleBefore = false): Block {
  return { role, fontSize, fontWeight, anchor, lines: wrapText(normalizeText(text), width * WRAP_SAFETY, fontSize, fontWeight, s.measurer), gapBefore, ruleBefore };
}

const innerWidth = (s: SvgSettings): number => s.boxWidth - 2 * s.boxPadding;
const levelSize = (s: SvgSettings): number => Math.round(s.fontSize * 0.77 * 10) / 10;
const indicatorSize = (s: SvgSettings): number => Math.round(s.fontSize * 0.85 * 10) / 10;

/** The level label block at the top of a box (shared by all results of the level). */
export function levelBlock(label: string, s: SvgSettings): Block {
  return wrapBlock('level', label, innerWidth(s), levelSize(s), 'bold', 'middle', s);
}

/** Measures and wraps the texts of one result: level label, statement, indicators. */
export function draftOf(record: ResultRecord, tier: Tier, s: SvgSettings, level: Block | undefined): Draft {
  const width = innerWidth(s);
  const blocks: Block[] = [];
  if (level) blocks.push(level);
  blocks.push(wrapBlock('statement', record.statement, width, s.fontSize, 'bold', 'middle', s, level ? 4 : 0));
  if (s.showIndicators) {
    const prefix = indicatorPrefix(s.locale);
    const size = indicatorSize(s);
    record.indicators.forEach((ind, i) => {
      blocks.push(wrapBlock('indicator', `${prefix} ${ind.statement}`, width, size, 'normal', 'start', s, i === 0 ? 12 : 3, i === 0));
    });
  }
  let h = 2 * s.boxPadding;
  for (const b of blocks) h += b.gapBefore + blockHeight(b);
  return { record, tier, blocks, contentHeight: h };
}

/** The box of a draft at `(x, top)`, `height` tall, with its texts positioned. */
export function placeBox(d: Draft, x: number, top: number, height: number, stacked: boolean, s: SvgSettings): LayoutBox {
  const colors = s.colors[d.tier];
  const texts: LayoutText[] = [];
  const rules: { x1: number; x2: number; y: number }[] = [];
  let cy = top + s.boxPadding;
  for (const b of d.blocks) {
    if (b.ruleBefore) rules.push({ x1: x + s.boxPadding, x2: x + s.boxWidth - s.boxPadding, y: cy + b.gapBefore / 2 });
    cy += b.gapBefore;
    const ax = b.anchor === 'middle' ? x + s.boxWidth / 2 : x + s.boxPadding;
    // The statement is always written, even when empty, so every result has exactly one.
    if (b.lines.length > 0 || b.role === 'statement') texts.push(textBlock(b, ax, cy, b.role === 'level' ? colors.stroke : s.colors.text));
    cy += blockHeight(b);
  }
  const r = d.record;
  return { id: r.id, level: r.level, tier: d.tier, x, y: top, width: s.boxWidth, height, fill: colors.fill, stroke: colors.stroke, stacked, texts, rules };
}
