/**
 * The options of {@link renderPdf} and their resolution, once, into settings.
 *
 * @module
 */
import { optionChecks, type Locale, type Tier } from '@pokin/core';

/** Paper sizes. */
export type Paper = 'A4' | 'A3';

/** Page orientation. */
export type Orientation = 'portrait' | 'landscape';

/** Which parts the PDF holds, in this order. */
export interface PdfSections {
  /** Cover: title, agency, period, tier legend, date, and the signature block when the document has a signatory. @default true */
  readonly cover: boolean;
  /** The tree, on one page when it fits at a readable size, else on a page plan. @default true */
  readonly tree: boolean;
  /** Langkah 1 table (mandate, strategic issues, expectations, outcome), when the document has a context. @default true */
  readonly context: boolean;
  /** Langkah 2 table (CSF), when the document has CSF entries. @default true */
  readonly csf: boolean;
  /** Langkah 4 worksheet table. @default true */
  readonly worksheet: boolean;
  /**
   * The cascading matrix (kinerja by tier, IK, satuan, kondisi awal, target per year, penanggung
   * jawab, program/kegiatan/sub kegiatan), when the document has a target, a baseline, an owner or
   * a budget code. @default true
   */
  readonly matrix: boolean;
  /** The review (reviu pohon kinerja) as a table of findings. @default false */
  readonly review: boolean;
}

/** Fonts to embed: TrueType bytes. */
export interface PdfFonts {
  /** The regular face (indicators, tables). */
  readonly regular: Uint8Array;
  /** The bold face (statements, headings). */
  readonly bold: Uint8Array;
}

/** Options of {@link renderPdf}. Every field is optional. */
export interface PdfOptions {
  /** Language of every word the PDF adds (cover, headers, marks, table headers, page numbers). @default 'id' */
  readonly locale?: Locale;
  /** Paper size. @default 'A4' */
  readonly paper?: Paper;
  /** Page orientation. @default 'landscape' */
  readonly orientation?: Orientation;
  /** Write the indicators (IK) in the tree's boxes and the worksheet. @default true */
  readonly showIndicators?: boolean;
  /** Parts to include (merged with the defaults). */
  readonly sections?: Partial<PdfSections>;
  /** Title on the cover and in the running header. @default the cascade's `title` */
  readonly title?: string;
  /**
   * Creation date written in the PDF's metadata; also printed on the cover when the document has
   * no signatory date. A fixed date by default, so the same input gives the same bytes.
   * @default 2000-01-01T00:00:00Z (not printed)
   */
  readonly creationDate?: Date;
  /**
   * Smallest font size, in points, any text of the tree may be drawn at. A tree that cannot fit one
   * page at this size goes on several pages. At least 7.
   * @default 7
   */
  readonly minFontSize?: number;
  /** TrueType fonts to embed instead of Arimo (e.g. in a browser, where the package cannot read its font files). @default Arimo from `@expo-google-fonts/arimo` */
  readonly fonts?: PdfFonts;
}

/** {@link PdfOptions} with the defaults applied. */
export interface PdfSettings {
  /** See {@link PdfOptions.locale}. */
  readonly locale: Locale;
  /** See {@link PdfOptions.paper}. */
  readonly paper: Paper;
  /** See {@link PdfOptions.orientation}. */
  readonly orientation: Orientation;
  /** See {@link PdfOptions.showIndicators}. */
  readonly showIndicators: boolean;
  /** See {@link PdfOptions.sections}. */
  readonly sections: PdfSections;
  /** See {@link PdfOptions.title}. */
  readonly title: string | undefined;
  /** See {@link PdfOptions.creationDate}. */
  readonly creationDate: Date;
  /** Whether `creationDate` was given (then the cover may print it). */
  readonly dateGiven: boolean;
  /** See {@link PdfOptions.minFontSize}. */
  readonly minFontSize: number;
  /** See {@link PdfOptions.fonts}. */
  readonly fonts: PdfFonts | undefined;
  /** Page width in points. */
  readonly pageWidth: number;
  /** Page height in points. */
  readonly pageHeight: number;
}

/** Paper sizes in points (1/72 inch), portrait. */
export const PAPER_SIZES: Readonly<Record<Paper, readonly [number, number]>> = Object.freeze({
  A4: Object.freeze([595.28, 841.89] as const),
  A3: Object.freeze([841.89, 1190.55] as const),
});

/** The creation date written when none is given. */
export const DEFAULT_CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

/** Box colours per tier, as in the SVG. */
export const TIER_COLORS: Readonly<Record<Tier, { readonly fill: string; readonly stroke: string }>> = Object.freeze({
  strategis: Object.freeze({ fill: '#fde8e7', stroke: '#b3261e' }),
  urusan: Object.freeze({ fill: '#fff3d6', stroke: '#9a6700' }),
  taktis: Object.freeze({ fill: '#e3eefc', stroke: '#1f5fa8' }),
  operasional: Object.freeze({ fill: '#e4f3e5', stroke: '#2e7d32' }),
});

const DEFAULT_SECTIONS: PdfSections = Object.freeze({
  cover: true,
  tree: true,
  context: true,
  csf: true,
  worksheet: true,
  matrix: true,
  review: false,
});

const { fail, flag } = optionChecks('@pokin/pdf renderPdf');

function oneOf<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) fail(`${name} must be ${allowed.map((a) => JSON.stringify(a)).join(' or ')}, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * Applies the defaults to user options, once, at the entry of the renderer.
 *
 * @throws `UsageError` (from `@pokin/core`) on a value of the wrong type or out of range.
 */
export function resolvePdfOptions(options: PdfOptions = {}): PdfSettings {
  if (options === null || typeof options !== 'object') fail('options must be an object');
  const locale = oneOf('locale', options.locale, ['id', 'en'], 'id');
  const paper = oneOf('paper', options.paper, ['A4', 'A3'], 'A4');
  const orientation = oneOf('orientation', options.orientation, ['portrait', 'landscape'], 'landscape');
  const given = options.sections ?? {};
  const sections = {} as { -readonly [K in keyof PdfSections]: boolean };
  for (const k of Object.keys(DEFAULT_SECTIONS) as (keyof PdfSections)[])
    sections[k] = flag(`sections.${k}`, given[k], DEFAULT_SECTIONS[k]);
  for (const k of Object.keys(given))
    if (!(k in DEFAULT_SECTIONS)) fail(`sections.${k} is not a section (${Object.keys(DEFAULT_SECTIONS).join(', ')})`);
  if (options.title !== undefined && typeof options.title !== 'string')
    fail(`title must be a string, got ${JSON.stringify(options.title)}`);
  const date = options.creationDate;
  if (date !== undefined && (!(date instanceof Date) || Number.isNaN(date.getTime()))) fail('creationDate must be a valid Date');
  const min = options.minFontSize ?? 7;
  if (typeof min !== 'number' || !Number.isFinite(min) || min < 7 || min > 72)
    fail(`minFontSize must be a number from 7 to 72, got ${String(min)}`);
  const fonts = options.fonts;
  if (fonts !== undefined && (!(fonts.regular instanceof Uint8Array) || !(fonts.bold instanceof Uint8Array)))
    fail('fonts must be { regular, bold } TrueType bytes (Uint8Array)');
  const [w, h] = PAPER_SIZES[paper];
  return {
    locale,
    paper,
    orientation,
    showIndicators: flag('showIndicators', options.showIndicators, true),
    sections,
    title: options.title,
    creationDate: date ?? DEFAULT_CREATION_DATE,
    dateGiven: date !== undefined,
    minFontSize: min,
    fonts,
    pageWidth: orientation === 'portrait' ? w : h,
    pageHeight: orientation === 'portrait' ? h : w,
  };
}
