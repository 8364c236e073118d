// The geometry a person sees, checked on boxes measured in a browser: every statement drawn once
// and in full, every line inside its box, every box inside the drawing, no two boxes overlapping.
// Shared by the SVG browser test and the viewer's (which measures the same boxes in its element).
import { expect } from 'vitest';
import type { Cascade } from '@pokin/core';
import { normalizeText } from '@pokin/svg';
import { readsBack } from './xml.js';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Measured {
  svg: Rect;
  boxes: { id: string; rect: Rect; lines: Rect[]; statement: string[]; statementTexts: number }[];
  resultGroups: number;
}

const EPS = 0.5;
const inside = (a: Rect, b: Rect): boolean =>
  a.x >= b.x - EPS && a.y >= b.y - EPS && a.x + a.w <= b.x + b.w + EPS && a.y + a.h <= b.y + b.h + EPS;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Checks measured boxes against a cascade. `only` limits the check to the results that should be
 * drawn (all of them by default): a viewer draws the unfolded ones.
 */
export function checkGeometry(cascade: Cascade, m: Measured, only?: ReadonlySet<string>): void {
  const results = cascade.results().filter((r) => !only || only.has(r.id));
  expect(m.resultGroups).toBe(results.length);
  const byId = new Map(m.boxes.map((b) => [b.id, b]));
  for (const res of results) {
    const b = byId.get(res.id);
    expect(b, `box of ${res.id}`).toBeDefined();
    // Each statement present exactly once, in full: every character in order, lines broken only
    // at a space or inside a word too long for the box.
    expect(b!.statementTexts).toBe(1);
    expect(readsBack(b!.statement, normalizeText(res.statement)), `statement of ${res.id}: ${JSON.stringify(b!.statement)}`).toBe(true);
    // The message is built for the lines that fail only: JSON of every line cost more than the check.
    const outside = b!.lines.filter((line) => !inside(line, b!.rect));
    expect(outside.map((line) => `a line of ${res.id} leaves its box: ${JSON.stringify(line)} in ${JSON.stringify(b!.rect)}`)).toEqual([]);
    expect(inside(b!.rect, m.svg), `box ${res.id} is cut off by the viewBox`).toBe(true);
  }
  // No two boxes overlap (sweep over x; the pairs are collected and asserted once, not one expect each).
  const overlaps: string[] = [];
  const sorted = [...m.boxes].sort((a, b) => a.rect.x - b.rect.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.rect.x < sorted[i]!.rect.x + sorted[i]!.rect.w; j++) {
      if (overlap(sorted[i]!.rect, sorted[j]!.rect)) overlaps.push(`boxes ${sorted[i]!.id} and ${sorted[j]!.id} overlap`);
    }
  }
  expect(overlaps).toEqual([]);
}
