/**
 * The table sections: Langkah 1 (context), Langkah 2 (CSF), the Langkah 4 worksheet, the
 * cascading matrix (`matrix.ts`) and the review as a table of findings. Each starts on a new page with its title; its table flows over
 * as many pages as it needs.
 *
 * @module
 */
import { TIER_LABELS, layoutWorksheet, localize, review, type Cascade, type ResultRecord, type WorksheetCell } from '@pokin/core';
import type { Canvas } from '../draw/canvas.js';
import { INK, contentFrame } from '../draw/page.js';
import { t, type LabelKey } from '../labels.js';
import { TIER_COLORS, type PdfSettings } from '../options.js';
import { BODY, body, head } from './cells.js';
import { matrixTable } from './matrix.js';
import { drawTable, type Cell, type Para, type TableSpec } from './table.js';

const TITLE = 12;

export type SectionKey = 'contextSection' | 'csfSection' | 'worksheetSection' | 'matrixSection' | 'reviewSection';

function list(items: readonly string[]): Para[] {
  return items.map((text, i) => ({ text, size: BODY, indent: 12, marker: `${i + 1}.`, gapBefore: i === 0 ? 0 : 2 }));
}

/** Langkah 1: one row per part of the context. */
function contextTable(cascade: Cascade, s: PdfSettings, width: number): TableSpec | undefined {
  const c = cascade.context;
  if (c === undefined) return undefined;
  const { locale } = s;
  const rows: Cell[][] = [];
  const add = (label: LabelKey, paras: Para[]): void => {
    if (paras.length > 0) rows.push([body(0, t(label, locale), true), { column: 1, paras }]);
  };
  if (c.mandate !== undefined) add('mandate', [{ text: c.mandate, size: BODY }]);
  add('strategicIssues', list(c.strategicIssues ?? []));
  add('expectations', list(c.expectations ?? []));
  if (c.outcome !== undefined) add('outcome', [{ text: c.outcome, size: BODY, bold: true }]);
  if (rows.length === 0) return undefined;
  return { columns: [width * 0.24, width * 0.76], header: [], rows, continued: t('continuedMark', locale) };
}

function resultText(r: ResultRecord | undefined, id: string | undefined): string {
  if (r !== undefined) return `${r.id} ${r.statement}`;
  return id ?? '';
}

/** Langkah 2: the critical success factors. */
function csfTable(cascade: Cascade, s: PdfSettings, width: number): TableSpec | undefined {
  if (cascade.csf.length === 0) return undefined;
  const { locale } = s;
  return {
    columns: [width * 0.06, width * 0.32, width * 0.32, width * 0.3],
    header: [
      [head(0, t('number', locale)), head(1, t('problem', locale)), head(2, t('desiredCondition', locale)), head(3, t('result', locale))],
    ],
    rows: cascade.csf.map((c, i) => [
      body(0, String(i + 1)),
      body(1, c.problem),
      body(2, c.desiredCondition, true),
      body(3, resultText(c.result === undefined ? undefined : cascade.result(c.result), c.result)),
    ]),
    continued: t('continuedMark', locale),
  };
}

/**
 * Langkah 4's column widths: half shared equally, half by the square root of each level's number
 * of results, so the deep levels (many boxes of long text, one under the other) get the room
 * and the top levels (one or two results spanning many rows) keep a readable width.
 */
function worksheetColumns(cascade: Cascade, levels: readonly { readonly key: string }[], width: number): number[] {
  const counts = new Map<string, number>();
  for (const r of cascade.results()) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
  const roots = levels.map((l) => Math.sqrt(Math.max(1, counts.get(l.key) ?? 0)));
  const sum = roots.reduce((a, b) => a + b, 0);
  const n = Math.max(1, levels.length);
  return roots.map((w) => width * (0.5 / n + (0.5 * w) / sum));
}

/** Langkah 4: the worksheet grid of `@pokin/core`, a column per level under tier headers. */
function worksheetTable(cascade: Cascade, s: PdfSettings, width: number): TableSpec {
  const { locale } = s;
  const grid = layoutWorksheet(cascade, 'optional');
  const columns = worksheetColumns(cascade, grid.columns, width);
  const tiers: Cell[] = [];
  let at = 0;
  for (const g of grid.tierGroups) {
    tiers.push(head(at, localize(TIER_LABELS[g.tier], locale), g.span, TIER_COLORS[g.tier].fill));
    at += g.span;
  }
  const levels = grid.columns.map((l, i) => head(i, locale === 'en' ? l.label.en : l.label.id));
  const ik = t('ik', locale);
  const cell = (c: WorksheetCell): Cell => {
    if (c.kind === 'gap') return { column: c.column, colspan: c.colspan, rowspan: c.rowspan, paras: [], fill: '#f8f9fa' };
    const r = c.result;
    const paras: Para[] = [{ text: `${r.id} ${r.statement}`, size: BODY, bold: true, heading: true }];
    if (c.crosscutting)
      paras.unshift({ text: `↗ ${localize({ id: 'lintas', en: 'crosscutting' }, locale)}`, size: 7, color: '#7b3fa0', heading: true });
    if (s.showIndicators && r.indicators.length > 0 && !c.crosscutting) {
      paras.push({ text: ik, size: 7.5, bold: true, gapBefore: 3, color: INK, heading: true });
      r.indicators.forEach((ind) => paras.push({ text: ind.statement, size: 7.5, indent: 8, marker: '•', gapBefore: 1 }));
    }
    return { column: c.column, rowspan: c.rowspan, paras };
  };
  function* rows(): Iterable<Cell[]> {
    for (const r of grid.rows()) yield r.map(cell);
  }
  return { columns, header: [tiers, levels], rows: rows(), continued: t('continuedMark', locale) };
}

/** The review: one row per finding. */
function reviewTable(cascade: Cascade, s: PdfSettings, width: number): TableSpec {
  const { locale } = s;
  const findings = review(cascade, { locale });
  return {
    columns: [width * 0.05, width * 0.1, width * 0.18, width * 0.08, width * 0.59],
    header: [
      [
        head(0, t('number', locale)),
        head(1, t('severity', locale)),
        head(2, t('rule', locale)),
        head(3, t('result', locale)),
        head(4, t('finding', locale)),
      ],
    ],
    rows: findings.map((f, i) => [
      body(0, String(i + 1)),
      body(1, t(f.severity, locale)),
      body(2, f.rule),
      body(3, f.resultId ?? '–'),
      body(4, f.message),
    ]),
    continued: t('continuedMark', locale),
    empty: t('noFindings', locale),
  };
}

const TABLES: Readonly<
  Record<
    SectionKey,
    { readonly on: (s: PdfSettings) => boolean; readonly table: (c: Cascade, s: PdfSettings, width: number) => TableSpec | undefined }
  >
> = {
  contextSection: { on: (s) => s.sections.context, table: contextTable },
  csfSection: { on: (s) => s.sections.csf, table: csfTable },
  worksheetSection: { on: (s) => s.sections.worksheet, table: worksheetTable },
  matrixSection: { on: (s) => s.sections.matrix, table: matrixTable },
  reviewSection: { on: (s) => s.sections.review, table: reviewTable },
};

/** Draws the listed table sections, each starting on a new page. */
export function drawTableSections(
  canvas: Canvas,
  cascade: Cascade,
  settings: PdfSettings,
  which: readonly SectionKey[],
  addPage: (key: SectionKey) => void,
  start: (key: SectionKey) => void,
): void {
  for (const key of which) {
    const section = TABLES[key];
    if (!section.on(settings) || cascade.size === 0) continue;
    const frame = contentFrame(canvas);
    const spec = section.table(cascade, settings, frame.width);
    if (spec === undefined) continue;
    addPage(key);
    start(key);
    canvas.tagged('H1', undefined, () =>
      canvas.text(t(key, settings.locale), frame.left, frame.top + TITLE, { size: TITLE, bold: true, color: INK }),
    );
    const flow = {
      left: frame.left,
      top: frame.top + TITLE + 10,
      bottom: frame.top + frame.height,
      newPage: (): number => {
        addPage(key);
        return frame.top;
      },
    };
    drawTable(canvas, spec, flow);
  }
}
