/**
 * The drawing surface: a thin layer over a PDFKit document that draws in points from the top left,
 * with text in the embedded fonts at given baselines. Every string the document supplies reaches
 * the PDF only through PDFKit, which writes text as glyph ids of the embedded font (hex strings)
 * and metadata as escaped PDF strings, so no text can inject PDF syntax.
 *
 * @module
 */
import PDFDocument from 'pdfkit';
import { measureText } from '../layout-source.js';
import type { PdfFonts, PdfSettings } from '../options.js';

/** The document's metadata. */
export interface CanvasInfo {
  readonly title: string;
  readonly subject: string;
  readonly author: string | undefined;
}

const REGULAR = 'Arimo';
const BOLD = 'Arimo-Bold';

/**
 * What the text fast path uses of PDFKit's embedded font (its `EmbeddedFont`, PDFKit 0.20):
 * the resource name, the subset, and the widths and Unicode map it writes for each glyph.
 */
interface EmbeddedFace {
  readonly id: string;
  readonly scale: number;
  readonly font: { glyphForCodePoint(cp: number): { readonly id: number; readonly advanceWidth: number } };
  readonly subset: { includeGlyph(id: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
  ref(): unknown;
}

/** A face and the hex glyph codes of the characters drawn in it so far. */
interface Face {
  readonly face: EmbeddedFace;
  readonly codes: Map<number, string>;
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

/** A text style. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
}

/** A PDF being drawn, page by page. */
export class Canvas {
  readonly #doc: PDFKit.PDFDocument;
  readonly width: number;
  readonly height: number;
  #fill = '';
  #pages = 0;
  readonly #faces = new Map<string, Face>();

  constructor(settings: PdfSettings, fonts: PdfFonts, info: CanvasInfo) {
    this.width = settings.pageWidth;
    this.height = settings.pageHeight;
    this.#doc = new PDFDocument({
      autoFirstPage: false,
      bufferPages: true,
      size: [this.width, this.height],
      margin: 0,
      compress: true,
      pdfVersion: '1.7',
      lang: settings.locale === 'en' ? 'en' : 'id',
      displayTitle: true,
      info: {
        Title: info.title,
        Subject: info.subject,
        ...(info.author === undefined ? {} : { Author: info.author }),
        Creator: 'pokin (@pokin/pdf)',
        Producer: 'PDFKit',
        CreationDate: settings.creationDate,
        ModDate: settings.creationDate,
      },
    });
    this.#doc.registerFont(REGULAR, toBuffer(fonts.regular));
    this.#doc.registerFont(BOLD, toBuffer(fonts.bold));
    for (const name of [REGULAR, BOLD]) {
      this.#doc.font(name);
      this.#faces.set(name, { face: (this.#doc as unknown as { _font: EmbeddedFace })._font, codes: new Map() });
    }
  }

  /** Number of pages started. */
  get pageCount(): number {
    return this.#pages;
  }

  /** Starts a new page. */
  addPage(): void {
    this.#doc.addPage({ size: [this.width, this.height], margin: 0 });
    this.#pages++;
    this.#fill = '';
  }

  /** Goes back to page `index` (0-based) to draw on it, e.g. the page numbers once the total is known. */
  switchTo(index: number): void {
    this.#doc.switchToPage(index);
    this.#fill = '';
  }

  /**
   * One line of text with its baseline at `y`, starting at `x` (or centred on / ending at `x`).
   *
   * Written straight into the page's content stream (PDFKit's page space runs top-down, so the text
   * matrix flips the glyphs upright) as glyph ids of the embedded subset (one
   * code per character, by the font's character map, no kerning: exactly the advance widths the
   * layout wrapped with). PDFKit's own text call shapes every word with fontkit, which took most of
   * the time of a large tree; the subset, widths and Unicode map stay PDFKit's.
   */
  text(text: string, x: number, y: number, style: TextStyle, align: 'start' | 'middle' | 'end' = 'start', width?: number): void {
    if (text.length === 0) return;
    const doc = this.#doc;
    const name = style.bold === true ? BOLD : REGULAR;
    const color = style.color ?? '#1b1b1b';
    if (color !== this.#fill) {
      doc.fillColor(color);
      this.#fill = color;
    }
    let left = x;
    if (align !== 'start') {
      const w = width ?? measureText(text, style.size, style.bold === true);
      left = align === 'middle' ? x - w / 2 : x - w;
    }
    const { face, codes } = this.#faces.get(name)!;
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let code = codes.get(cp);
      if (code === undefined) {
        const glyph = face.font.glyphForCodePoint(cp);
        const gid = face.subset.includeGlyph(glyph.id);
        face.widths[gid] ??= glyph.advanceWidth * face.scale;
        face.unicode[gid] ??= [cp];
        code = gid.toString(16).padStart(4, '0');
        codes.set(cp, code);
      }
      hex += code;
    }
    const page = (doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
    page.fonts[face.id] ??= face.ref();
    doc.addContent(`BT /${face.id} ${num(style.size)} Tf 1 0 0 -1 ${num(left)} ${num(y)} Tm <${hex}> Tj ET`);
  }

  /** A rectangle, filled and/or stroked. */
  rect(x: number, y: number, w: number, h: number, fill?: string, stroke?: string, lineWidth = 0.75, radius = 0): void {
    const doc = this.#doc;
    if (radius > 0) doc.roundedRect(x, y, w, h, radius);
    else doc.rect(x, y, w, h);
    this.#paint(fill, stroke, lineWidth);
  }

  /** An open polyline. */
  polyline(points: readonly (readonly [number, number])[], stroke: string, lineWidth = 0.75, dash?: readonly [number, number]): void {
    if (points.length < 2) return;
    const doc = this.#doc;
    doc.moveTo(points[0]![0], points[0]![1]);
    for (let i = 1; i < points.length; i++) doc.lineTo(points[i]![0], points[i]![1]);
    if (dash) doc.dash(dash[0], { space: dash[1] });
    doc.lineWidth(lineWidth).strokeColor(stroke).stroke();
    if (dash) doc.undash();
  }

  /** A straight line. */
  line(x1: number, y1: number, x2: number, y2: number, stroke: string, lineWidth = 0.5): void {
    this.polyline([[x1, y1], [x2, y2]], stroke, lineWidth);
  }

  /** A small filled triangle pointing down, centred on `x`, its top at `y`. */
  arrowDown(x: number, y: number, size: number, fill: string): void {
    const doc = this.#doc;
    doc.moveTo(x - size / 2, y).lineTo(x + size / 2, y).lineTo(x, y + size * 0.8).closePath();
    doc.fillColor(fill).fill();
    this.#fill = fill;
  }

  /** Adds a bookmark (outline entry) to the current page. */
  bookmark(title: string): void {
    this.#doc.outline.addItem(title);
  }

  /** Ends the document and returns its bytes. */
  finish(): Uint8Array {
    const doc = this.#doc;
    doc.end();
    // PDFKit pushes everything into its readable buffer synchronously on end(); drain it here.
    const chunks: Buffer[] = [];
    let chunk: Buffer | null;
    while ((chunk = doc.read() as Buffer | null) !== null) chunks.push(chunk);
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  #paint(fill: string | undefined, stroke: string | undefined, lineWidth: number): void {
    const doc = this.#doc;
    if (fill !== undefined && stroke !== undefined) {
      doc.lineWidth(lineWidth).fillAndStroke(fill, stroke);
      this.#fill = fill;
    } else if (fill !== undefined) {
      doc.fillColor(fill).fill();
      this.#fill = fill;
    } else if (stroke !== undefined) doc.lineWidth(lineWidth).strokeColor(stroke).stroke();
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
