/**
 * `renderPerjanjianKinerjaPdf`: the annexes of the Perjanjian Kinerja per position and year as a
 * vector PDF (A4 portrait, Arimo embedded): title, position and agency, the table of sasaran, IK,
 * satuan and target, and the signature blocks of both parties with NIP, place and date.
 *
 * @module
 */
import {
  PK_LABELS,
  UsageError,
  documentDate,
  perjanjianKinerja,
  type Cascade,
  type Locale,
  type PerjanjianKinerja,
  type Position,
} from '@pokin/core';
import { Canvas } from '../draw/canvas.js';
import { INK } from '../draw/page.js';
import { arimoFonts } from '../fonts.js';
import { resolvePdfOptions } from '../options.js';
import { t } from '../labels.js';
import { drawTable, type Cell } from '../tables/table.js';
import { positionLocale, show } from './words.js';

/** Options of {@link renderPerjanjianKinerjaPdf}. */
export interface PerjanjianKinerjaPdfOptions {
  /**
   * The year of the agreement.
   * @default the first year of the document's period, else the current year
   */
  readonly year?: number;
  /**
   * Only the positions whose title, unit or official's name contains this text (case ignored).
   * @default every position that owns a result
   */
  readonly position?: string;
  /**
   * Language of the labels.
   * @default 'id'
   */
  readonly locale?: Locale;
}

const W = {
  ...PK_LABELS,
  title: { id: 'LAMPIRAN PERJANJIAN KINERJA TAHUN {year}', en: 'ANNEX TO THE PERFORMANCE AGREEMENT {year}' },
} as const;

const say = (w: { id: string; en: string }, locale: Locale, year: number): string => w[locale].replace('{year}', String(year));

function rowsOf(pk: PerjanjianKinerja, locale: Locale): Cell[][] {
  const out: Cell[][] = [];
  let no = 0;
  for (const row of pk.rows) {
    const cells: Cell[] = [];
    if (row.first) {
      no++;
      cells.push({ column: 0, rowspan: row.span, paras: [{ text: String(no), size: 9 }] });
      cells.push({ column: 1, rowspan: row.span, paras: [{ text: row.result.statement, size: 9 }] });
    }
    cells.push(
      { column: 2, paras: [{ text: row.indicator?.statement ?? '–', size: 9 }] },
      { column: 3, paras: [{ text: row.indicator?.unit ?? '', size: 9 }] },
      { column: 4, paras: [{ text: row.indicator === undefined ? '' : show(row.target, locale), size: 9 }] },
    );
    out.push(cells);
  }
  return out;
}

function signature(
  canvas: Canvas,
  x: number,
  y: number,
  width: number,
  lines: { role: string; p: Position | undefined; placeDate?: string },
): void {
  const mid = x + width / 2;
  const at = (text: string, dy: number, bold = false): void => canvas.text(text, mid, y + dy, { size: 9.5, bold, color: INK }, 'middle');
  at(lines.placeDate ?? '', 0);
  at(lines.role, 13);
  at(lines.p?.title ?? '', 26);
  at(lines.p?.name ?? '(....................................)', 96, true);
  const nip =
    lines.p?.nip !== undefined ? `NIP. ${lines.p.nip}` : lines.p?.name === undefined ? 'NIP. ....................................' : '';
  at(nip, 109);
}

/**
 * Renders the Perjanjian Kinerja annexes of a year, one position per page (a long table goes on,
 * its header repeated), with both parties' signature blocks. Pure: the same input gives the same
 * bytes.
 *
 * @throws `UsageError` for an option it cannot use.
 */
export function renderPerjanjianKinerjaPdf(cascade: Cascade, options: PerjanjianKinerjaPdfOptions = {}): Uint8Array {
  const locale = positionLocale('renderPerjanjianKinerjaPdf', options.locale);
  const year = options.year ?? cascade.period?.start ?? new Date().getFullYear();
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new UsageError(`@pokin/pdf renderPerjanjianKinerjaPdf: year must be a whole year, got ${String(year)}`);
  const needle = options.position?.trim().toLowerCase();
  const list = perjanjianKinerja(cascade, year).filter(
    (pk) =>
      needle === undefined ||
      needle === '' ||
      [pk.position.title, pk.position.unit, pk.position.name].some((s) => s?.toLowerCase().includes(needle)),
  );
  const settings = resolvePdfOptions({ paper: 'A4', orientation: 'portrait', locale });
  const canvas = new Canvas(settings, arimoFonts(), {
    title: say(W.title, locale, year),
    subject: 'Perjanjian Kinerja',
    author: cascade.agency?.name,
  });
  const margin = 50;
  const width = canvas.width - 2 * margin;
  const sig = cascade.signatory;
  const placeDate = [sig?.place, sig?.date === undefined ? undefined : documentDate(sig.date, locale)]
    .filter((s) => s !== undefined && s !== '')
    .join(', ');
  if (list.length === 0) {
    canvas.addPage();
    canvas.text(W.noOwner[locale], margin, margin + 20, { size: 10, color: INK });
  }
  for (const pk of list) {
    canvas.addPage();
    canvas.bookmark(pk.position.title);
    const agency = pk.position.agency ?? cascade.agency?.name;
    let y = margin + 12;
    canvas.text(say(W.title, locale, year), canvas.width / 2, y, { size: 12, bold: true, color: INK }, 'middle');
    y += 18;
    canvas.text(pk.position.title, canvas.width / 2, y, { size: 10.5, bold: true, color: INK }, 'middle');
    if (agency !== undefined) {
      y += 14;
      canvas.text(agency, canvas.width / 2, y, { size: 10.5, bold: true, color: INK }, 'middle');
    }
    const flow = { left: margin, top: y + 20, bottom: canvas.height - margin, newPage: (): number => (canvas.addPage(), margin) };
    const header = (text: string, column: number): Cell => ({ column, paras: [{ text, size: 9, bold: true }] });
    drawTable(
      canvas,
      {
        columns: [26, width * 0.33, width * 0.37, 52, width - 26 - width * 0.33 - width * 0.37 - 52],
        header: [
          [
            header(W.no[locale], 0),
            header(W.sasaran[locale], 1),
            header(W.ik[locale], 2),
            header(W.unit[locale], 3),
            header(say(W.target, locale, year), 4),
          ],
        ],
        rows: rowsOf(pk, locale),
        continued: t('continuedMark', locale),
      },
      flow,
    );
    let top = flow.top + 30;
    if (top + 120 > canvas.height - margin) {
      canvas.addPage();
      top = margin;
    }
    const half = width / 2;
    // A Kepala Daerah signs alone: no Pihak Kedua, no role words (PermenPAN-RB 53/2014).
    if (pk.headOfRegion !== true) signature(canvas, margin, top, half, { role: W.second[locale], p: pk.superior });
    signature(canvas, margin + half, top, half, { role: pk.headOfRegion === true ? '' : W.first[locale], p: pk.position, placeDate });
  }
  return canvas.finish();
}
