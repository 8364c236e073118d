/**
 * The drawing surface: a thin layer over a PDFKit document that draws in points from the top left,
 * with text in the embedded fonts at given baselines. Every string the document supplies reaches
 * the PDF only through PDFKit, which writes text as glyph ids of the embedded font (hex strings)
 * and metadata as escaped PDF strings, so no text can inject PDF syntax.
 *
 * The PDF is tagged (PDF/UA-style logical structure, through PDFKit's structure elements): a
 * `Document` element holds, in reading order, the headings, paragraphs, tables (rows, header and
 * data cells) and figures (each tree page, with alternative text) that {@link Canvas.tag} marks;
 * running headers and page numbers are artifacts ({@link Canvas.artifact}).
 *
 * @module
 */
import PDFDocument from 'pdfkit';
import { measureText } from '../layout-source.js';
import type { PdfFonts, PdfSettings } from '../options.js';
import { latin1, takeOutput } from './output.js';
import { num, polylinePath, rectPath, rgb } from './paths.js';

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

/** A structure element of the tagged PDF. */
export type Tag = PDFKit.PDFStructureElement;

/** Structure types the document uses. */
export type TagType = 'Sect' | 'H1' | 'P' | 'Figure' | 'Table' | 'TR' | 'TH' | 'TD';

/** A text style. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
}

/**
 * A PDF being drawn, page by page. PDFKit makes the document (pages, fonts and their subsets,
 * outline, metadata, compression); the drawing itself is written here as PDF operators into one
 * buffer per page, handed to PDFKit when the page is done: PDFKit's own path and text calls
 * allocate per operator, which took most of the time and memory of a large document.
 */
export class Canvas {
  readonly #doc: PDFKit.PDFDocument;
  readonly width: number;
  readonly height: number;
  #pages = 0;
  readonly #faces = new Map<string, Face>();
  readonly #colors = new Map<string, string>();
  /** Operators of the current page not yet handed to PDFKit. */
  #ops: string[] = [];
  #fill = '';
  #stroke = '';
  #lineWidth = -1;
  /** The `Document` structure element every tag goes under. */
  readonly #root: Tag;
  /** The file, once the document has ended. */
  readonly #output: () => Uint8Array;

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
      tagged: true,
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
    this.#output = takeOutput(this.#doc);
    this.#doc.registerFont(REGULAR, toBuffer(fonts.regular));
    this.#doc.registerFont(BOLD, toBuffer(fonts.bold));
    for (const name of [REGULAR, BOLD]) {
      this.#doc.font(name);
      this.#faces.set(name, { face: (this.#doc as unknown as { _font: EmbeddedFace })._font, codes: new Map() });
    }
    this.#root = this.#doc.struct('Document');
    this.#doc.addStructure(this.#root);
  }

  /**
   * A structure element under `parent` (the document when omitted), in reading order. Empty until
   * {@link Canvas.mark} puts drawing in it (or it gets child elements); it may collect drawing over
   * several pages and at any time, until {@link Canvas.endTag}.
   */
  tag(type: TagType, parent?: Tag, alt?: string): Tag {
    const element = this.#doc.struct(type, alt === undefined ? {} : { alt });
    (parent ?? this.#root).add(element);
    return element;
  }

  /** Draws with `draw` as content of the structure element `tag` (a marked-content sequence on this page). */
  mark(tag: Tag, draw: () => void): void {
    this.#flush();
    tag.add(() => {
      draw();
      this.#flush();
    });
  }

  /** Draws `draw` into a new element of `type` under `parent`, and ends it. */
  tagged(type: TagType, parent: Tag | undefined, draw: () => void, alt?: string): void {
    const element = this.tag(type, parent, alt);
    this.mark(element, draw);
    element.end();
  }

  /** Ends a structure element: nothing more goes in it. */
  endTag(tag: Tag): void {
    tag.end();
  }

  /** Draws `draw` as an artifact (a running header, a page number): not part of the reading order. */
  artifact(draw: () => void): void {
    this.#flush();
    this.#doc.markContent('Artifact', { type: 'Pagination' });
    draw();
    this.#flush();
    this.#doc.endMarkedContent();
  }

  /** Number of pages started. */
  get pageCount(): number {
    return this.#pages;
  }

  /** Starts a new page. */
  addPage(): void {
    this.#flush();
    this.#doc.addPage({ size: [this.width, this.height], margin: 0 });
    this.#pages++;
  }

  /** Goes back to page `index` (0-based) to draw on it, e.g. the page numbers once the total is known. */
  switchTo(index: number): void {
    this.#flush();
    this.#doc.switchToPage(index);
  }

  /**
   * One line of text with its baseline at `y`, starting at `x` (or centred on / ending at `x`).
   *
   * Written as glyph ids of the embedded subset (one code per character, by the font's character
   * map, no kerning: exactly the advance widths the layout wrapped with); PDFKit's page space
   * runs top-down, so the text matrix flips the glyphs upright. PDFKit's own text call shapes
   * every word with fontkit; the subset, widths and Unicode map stay PDFKit's.
   */
  text(text: string, x: number, y: number, style: TextStyle, align: 'start' | 'middle' | 'end' = 'start', width?: number): void {
    if (text.length === 0) return;
    const name = style.bold === true ? BOLD : REGULAR;
    this.#setFill(style.color ?? '#1b1b1b');
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
    const page = (this.#doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
    page.fonts[face.id] ??= face.ref();
    this.#ops.push(`BT /${face.id} ${num(style.size)} Tf 1 0 0 -1 ${num(left)} ${num(y)} Tm <${hex}> Tj ET`);
  }

  /** A rectangle, filled and/or stroked, with rounded corners when `radius` is given. */
  rect(x: number, y: number, w: number, h: number, fill?: string, stroke?: string, lineWidth = 0.75, radius = 0): void {
    this.#ops.push(rectPath(x, y, w, h, radius));
    this.#paint(fill, stroke, lineWidth);
  }

  /** An open polyline. */
  polyline(points: readonly (readonly [number, number])[], stroke: string, lineWidth = 0.75, dash?: readonly [number, number]): void {
    if (points.length < 2) return;
    const path = polylinePath(points);
    if (dash) this.#ops.push(`[${num(dash[0])} ${num(dash[1])}] 0 d`);
    this.#ops.push(path);
    this.#paint(undefined, stroke, lineWidth);
    if (dash) this.#ops.push('[] 0 d');
  }

  /** A straight line. */
  line(x1: number, y1: number, x2: number, y2: number, stroke: string, lineWidth = 0.5): void {
    this.polyline(
      [
        [x1, y1],
        [x2, y2],
      ],
      stroke,
      lineWidth,
    );
  }

  /** Adds a bookmark (outline entry) to the current page. */
  bookmark(title: string): void {
    this.#doc.outline.addItem(title);
  }

  /** Ends the document and returns its bytes. */
  finish(): Uint8Array {
    this.#flush();
    this.#doc.end(); // PDFKit writes everything synchronously on end()
    return this.#output();
  }

  /** Hands the page's operators to PDFKit, in a saved graphics state of their own. */
  #flush(): void {
    // As bytes: PDFKit turns a string into bytes one character at a time (and adds the newline).
    if (this.#ops.length > 0) this.#doc.addContent(latin1(`q\n${this.#ops.join('\n')}\nQ\n`));
    this.#ops = [];
    this.#fill = '';
    this.#stroke = '';
    this.#lineWidth = -1;
  }

  #color(color: string): string {
    let c = this.#colors.get(color);
    if (c === undefined) {
      c = rgb(color);
      this.#colors.set(color, c);
    }
    return c;
  }

  #setFill(color: string): void {
    if (color === this.#fill) return;
    this.#ops.push(`${this.#color(color)} rg`);
    this.#fill = color;
  }

  #paint(fill: string | undefined, stroke: string | undefined, lineWidth: number): void {
    if (fill !== undefined) this.#setFill(fill);
    if (stroke !== undefined) {
      if (stroke !== this.#stroke) {
        this.#ops.push(`${this.#color(stroke)} RG`);
        this.#stroke = stroke;
      }
      if (lineWidth !== this.#lineWidth) {
        this.#ops.push(`${num(lineWidth)} w`);
        this.#lineWidth = lineWidth;
      }
    }
    this.#ops.push(fill !== undefined && stroke !== undefined ? 'B' : fill !== undefined ? 'f' : stroke !== undefined ? 'S' : 'n');
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
