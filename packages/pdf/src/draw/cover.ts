/**
 * The cover: what the document is (title, agency, period), the tier legend with the levels of
 * each tier, the contents with page numbers, the date, and the signature block when the
 * document has a signatory.
 *
 * @module
 */
import { documentDate, type Cascade, type Locale, type Tier } from '@pokin/core';
import { longDate, periodText, t, tierLabel } from '../labels.js';
import { measureText, wrapLines } from '../layout-source.js';
import { TIER_COLORS, type PdfSettings } from '../options.js';
import type { Signatory } from '@pokin/core';
import type { Canvas } from './canvas.js';
import { INK, MARGIN, MUTED, fitLine } from './page.js';

/** A line of the contents. */
export interface ContentsEntry {
  readonly title: string;
  readonly page: number;
}

const TIERS: readonly Tier[] = ['strategis', 'urusan', 'taktis', 'operasional'];

/** Draws the cover on the current page. */
export function drawCover(
  canvas: Canvas,
  cascade: Cascade,
  title: string,
  settings: PdfSettings,
  signatory: Signatory | undefined,
  contents: readonly ContentsEntry[],
): void {
  const { locale } = settings;
  const left = MARGIN * 2;
  const width = canvas.width - 4 * MARGIN;
  const big = canvas.height > canvas.width ? 1 : 0.85;
  let y = MARGIN * 2 + 10;
  canvas.rect(0, 0, canvas.width, 8, TIER_COLORS.strategis.stroke, undefined);
  canvas.text(t('coverKind', locale).toUpperCase(), left, y, { size: 9, bold: true, color: MUTED });
  y += 14;
  const titleSize = 26 * big;
  for (const line of wrapLines(title, width, titleSize, true).slice(0, 4)) {
    y += titleSize * 1.2;
    canvas.text(line, left, y, { size: titleSize, bold: true, color: INK });
  }
  y += 10;
  const agency = cascade.agency;
  if (agency?.name !== undefined) {
    for (const line of wrapLines(agency.name, width, 14).slice(0, 3)) {
      y += 18;
      canvas.text(line, left, y, { size: 14, color: INK });
    }
  }
  if (agency?.code !== undefined) {
    y += 14;
    canvas.text(fitLine(`${t('agencyCode', locale)} ${agency.code}`, width, 9), left, y, { size: 9, color: MUTED });
  }
  if (cascade.period !== undefined) {
    y += 20;
    canvas.text(periodText(cascade.period.start, cascade.period.end, locale), left, y, { size: 12, bold: true, color: INK });
  }
  y += 16;
  canvas.line(left, y, left + width, y, '#c4c7c5', 0.75);

  // Tier legend, with the levels of each tier.
  y += 22;
  canvas.text(t('legend', locale), left, y, { size: 10, bold: true, color: INK });
  const labelWidth = Math.max(...TIERS.map((tier) => measureText(tierLabel(tier, locale), 9.5, true)));
  for (const tier of TIERS) {
    const levels = cascade.levels.filter((l) => l.tier === tier).map((l) => (locale === 'en' ? l.label.en : l.label.id));
    if (levels.length === 0) continue;
    y += 17;
    const c = TIER_COLORS[tier];
    canvas.rect(left, y - 9, 22, 12, c.fill, c.stroke, 0.9, 2);
    canvas.text(tierLabel(tier, locale), left + 30, y, { size: 9.5, bold: true, color: INK });
    canvas.text(fitLine(levels.join(', '), width - labelWidth - 46, 9.5), left + 46 + labelWidth, y, { size: 9.5, color: INK });
  }

  // Contents.
  if (contents.length > 0) {
    y += 30;
    canvas.text(t('contents', locale), left, y, { size: 10, bold: true, color: INK });
    for (const entry of contents) {
      y += 15;
      const page = String(entry.page);
      const pageWidth = measureText(page, 9.5);
      canvas.text(fitLine(entry.title, width * 0.7, 9.5), left, y, { size: 9.5, color: INK });
      canvas.line(left + width * 0.72, y - 1, left + width - pageWidth - 6, y - 1, '#c4c7c5', 0.5);
      canvas.text(page, left + width, y, { size: 9.5, color: INK }, 'end', pageWidth);
    }
  }

  // Date (bottom left) and signature block (bottom right).
  const bottom = canvas.height - MARGIN * 2;
  const date =
    signatory?.date !== undefined
      ? documentDate(signatory.date, locale)
      : settings.dateGiven
        ? longDate(settings.creationDate, locale)
        : undefined;
  if (signatory !== undefined) drawSignature(canvas, signatory, date, left + width, bottom, locale);
  else if (date !== undefined) canvas.text(`${t('date', locale)}: ${date}`, left, bottom, { size: 9.5, color: INK });
}

/** The signature block, right-aligned to `right`, its last line at `bottom`. */
function drawSignature(canvas: Canvas, s: Signatory, date: string | undefined, right: number, bottom: number, locale: Locale): void {
  const width = 220;
  const left = right - width;
  const size = 10;
  const top: string[] = [];
  const placeDate = [s.place, date].filter((v) => v !== undefined).join(', ');
  if (placeDate !== '') top.push(placeDate);
  if (s.position !== undefined) top.push(...wrapLines(s.position, width, size).slice(0, 3));
  const bottomLines: { text: string; bold: boolean }[] = [];
  if (s.name !== undefined)
    bottomLines.push(
      ...wrapLines(s.name, width, size, true)
        .slice(0, 2)
        .map((text) => ({ text, bold: true })),
    );
  if (s.nip !== undefined) bottomLines.push({ text: fitLine(`${t('nip', locale)} ${s.nip}`, width, size), bold: false });
  let y = bottom - (bottomLines.length - 1) * 13 - 56 - (top.length - 1) * 13;
  for (const line of top) {
    canvas.text(fitLine(line, width, size), left, y, { size, color: INK });
    y += 13;
  }
  y += 43;
  for (const line of bottomLines) {
    canvas.text(line.text, left, y, { size, bold: line.bold, color: INK });
    if (line.bold) canvas.line(left, y + 2, left + measureText(line.text, size, true), y + 2, INK, 0.6);
    y += 13;
  }
}
