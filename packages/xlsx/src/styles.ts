/**
 * The cell styles of a workbook, registered as the sheets ask for them and written as
 * `xl/styles.xml`. A style is a small description ({@link CellStyle}); equal descriptions share
 * one entry.
 *
 * @module
 */
import { xmlText } from './xml.js';

/** How a cell looks. */
export interface CellStyle {
  readonly bold?: boolean;
  /** Font size in points. @default 10 */
  readonly size?: number;
  /** Font colour, `#rrggbb`. */
  readonly color?: string;
  /** Background, `#rrggbb`. */
  readonly fill?: string;
  /** Thin border on all sides. */
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center';
  /**
   * Excel's "quote prefix": the cell is text as typed after an apostrophe, so editing it never
   * turns it into a formula or a number, and readers keep its spaces.
   */
  readonly quote?: boolean;
  /** A number shown with two decimals (Excel's built-in format `0.00`, in the reader's own decimal sign). */
  readonly decimals2?: boolean;
  /**
   * A number shown with its thousands grouped and this many decimals (`#,##0`, `#,##0.0`, ...), in
   * the reader's own separators: 155.000 in an Indonesian Excel, 155,000 in an English one.
   */
  readonly grouped?: number;
}

/** Excel's built-in number formats pokin uses, by format code; others get an id from 164 on. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { '0.00': 2, '#,##0': 3, '#,##0.00': 4 };

/** The font pokin's sheets use (Arial metrics, as the SVG). */
const FONT = 'Arial';
const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** The styles of one workbook. */
export class StyleSheet {
  readonly #fonts: string[] = [`<font><sz val="10"/><name val="${FONT}"/><family val="2"/></font>`];
  readonly #fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  readonly #borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  readonly #xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  /** Custom number formats' codes; the first is id 164. */
  readonly #formats: string[] = [];
  readonly #byKey = new Map<string, number>([['{}', 0]]);
  /** Whether a style index has the quote prefix. */
  readonly quoted: boolean[] = [false];

  #index(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i !== -1) return i;
    list.push(xml);
    return list.length - 1;
  }

  /** The index of a style (registered on first use). */
  id(style: CellStyle): number {
    const key = JSON.stringify(style);
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    const font = this.#index(
      this.#fonts,
      `<font>${style.bold === true ? '<b/>' : ''}<sz val="${style.size ?? 10}"/>${style.color === undefined ? '' : `<color rgb="${argb(style.color)}"/>`}<name val="${FONT}"/><family val="2"/></font>`,
    );
    const fill =
      style.fill === undefined
        ? 0
        : this.#index(
            this.#fills,
            `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
          );
    const thin = '<color rgb="FF808080"/>';
    const border =
      style.border === true
        ? this.#index(
            this.#borders,
            `<border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`,
          )
        : 0;
    const align =
      style.wrap === true || style.horizontal !== undefined || style.vertical !== undefined
        ? `<alignment${style.horizontal === undefined ? '' : ` horizontal="${style.horizontal}"`}${style.vertical === undefined ? '' : ` vertical="${style.vertical}"`}${style.wrap === true ? ' wrapText="1"' : ''}/>`
        : '';
    const format = this.#format(style);
    const attrs = `numFmtId="${format}"${format === 0 ? '' : ' applyNumberFormat="1"'} fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${font > 0 ? ' applyFont="1"' : ''}${fill > 0 ? ' applyFill="1"' : ''}${border > 0 ? ' applyBorder="1"' : ''}${align === '' ? '' : ' applyAlignment="1"'}${style.quote === true ? ' quotePrefix="1"' : ''}`;
    this.#xfs.push(align === '' ? `<xf ${attrs}/>` : `<xf ${attrs}>${align}</xf>`);
    const id = this.#xfs.length - 1;
    this.#byKey.set(key, id);
    this.quoted[id] = style.quote === true;
    return id;
  }

  /** The number format's id of a style: 0 (General), a built-in one, or a custom one registered. */
  #format(style: CellStyle): number {
    const code =
      style.grouped !== undefined
        ? `#,##0${style.grouped > 0 ? `.${'0'.repeat(style.grouped)}` : ''}`
        : style.decimals2 === true
          ? '0.00'
          : undefined;
    if (code === undefined) return 0;
    return BUILTIN_FORMATS[code] ?? 164 + this.#index(this.#formats, code);
  }

  /** The same style with the quote prefix. */
  quotedId(style: CellStyle): number {
    return this.id({ ...style, quote: true });
  }

  /** `xl/styles.xml`. */
  toXml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.#formats.length === 0
        ? ''
        : `<numFmts count="${this.#formats.length}">${this.#formats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`).join('')}</numFmts>`) +
      `<fonts count="${this.#fonts.length}">${this.#fonts.join('')}</fonts>` +
      `<fills count="${this.#fills.length}">${this.#fills.join('')}</fills>` +
      `<borders count="${this.#borders.length}">${this.#borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.#xfs.length}">${this.#xfs.join('')}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="${xmlText('Normal')}" xfId="0" builtinId="0"/></cellStyles>` +
      '</styleSheet>'
    );
  }
}
