/**
 * The `showOwner` option of {@link renderSvg}: the owner (penanggung jawab: position and unit)
 * printed at the bottom of each box, and a result owned by another agency marked twice, by a
 * dashed inner border and by the words "Instansi lain" with that agency's name (never by colour
 * alone), with a legend line that explains the border.
 *
 * @module
 */
import type { Agency, Cascade, Locale, ResultRecord } from '@pokin/core';
import type { BoxNote, TextMeasurer, TreeLayout } from '@pokin/core/layout';
import { attributes, escapeText, num } from './xml.js';

const key = (s: string | undefined): string => (s ?? '').trim().toLowerCase();

/** The agency each result belongs to (`SvgOptions.resultAgency`). */
export type AgencyOf = (r: ResultRecord) => Readonly<Agency> | undefined;

/** The given `resultAgency`, or the document's agency for every result. */
export function agencyOf(cascade: Cascade, given: AgencyOf | undefined): AgencyOf {
  return given ?? (() => cascade.agency);
}

/**
 * The agency that owns a result when it is not the result's own: `owner.agency` unless it names
 * the agency the result belongs to (its name or code, ignoring case and outer spaces). A result
 * without an agency counts every named `owner.agency` as another agency's.
 */
export function otherAgency(own: AgencyOf, r: ResultRecord): string | undefined {
  const named = r.owner?.agency?.trim();
  if (named === undefined || named === '') return undefined;
  const k = key(named);
  const a = own(r);
  if (a !== undefined && (k === key(a.name) || (a.code !== undefined && k === key(a.code)))) return undefined;
  return named;
}

/** The owner line of a result, or undefined when it names no owner. */
function ownerLine(own: AgencyOf, r: ResultRecord, locale: Locale): string | undefined {
  const who = [r.owner?.position, r.owner?.unit].map((s) => s?.trim()).filter((s): s is string => s !== undefined && s !== '');
  const other = otherAgency(own, r);
  const en = locale === 'en';
  const name = who.join(', ');
  if (other !== undefined) return `${en ? 'Other agency' : 'Instansi lain'}: ${other}${name === '' ? '' : ` (${name})`}`;
  if (name === '') return undefined;
  return `${en ? 'Owner' : 'Penanggung jawab'}: ${name}`;
}

type Note = (r: ResultRecord) => BoxNote | undefined;

/**
 * Two notes as one: their texts joined by `; `, the second's fill before the first's (the capaian
 * band, given second, colours the box over a caller's note).
 */
export function joinNotes(a: Note | undefined, b: Note | undefined): Note | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return (r) => {
    const x = a(r);
    const y = b(r);
    if (x === undefined || y === undefined) return x ?? y;
    const fill = y.fill ?? x.fill;
    return fill === undefined ? { text: `${x.text}; ${y.text}` } : { text: `${x.text}; ${y.text}`, fill };
  };
}

/**
 * The box note of the owner, joined to the notes given (the caller's `boxNote`, then the
 * capaian) when there are any: the owner line comes first, the other notes' fill is kept.
 */
export function ownerNotes(own: AgencyOf, locale: Locale, given?: Note, capaian?: Note): Note {
  const other = joinNotes(given, capaian);
  return (r) => {
    const line = ownerLine(own, r, locale);
    const base = other?.(r);
    if (line === undefined) return base;
    if (base === undefined) return { text: line };
    return base.fill === undefined ? { text: `${line}; ${base.text}` } : { text: `${line}; ${base.text}`, fill: base.fill };
  };
}

const INSET = 3;
const DASH = '5 3';
const SWATCH_W = 28;
const SWATCH_H = 18;

/**
 * The marks of the results owned by another agency (a dashed border inside the box) and, when
 * there is at least one, a legend line under the drawing that says what the border means.
 *
 * @param top - where the legend starts (under the tree and any legend drawn before it).
 * @param measurer - measures the legend's label (the layout's measurer).
 */
export function otherAgencyMarks(
  cascade: Cascade,
  own: AgencyOf,
  layout: TreeLayout,
  locale: Locale,
  fontSize: number,
  top: number,
  measurer: TextMeasurer,
): { readonly markup: string; readonly height: number; readonly width: number } {
  let marks = '';
  for (const b of layout.boxes) {
    const r = cascade.result(b.id);
    if (r === undefined || otherAgency(own, r) === undefined) continue;
    marks += `<rect${attributes({ 'data-id': b.id, x: b.x + INSET, y: b.y + INSET, width: b.width - 2 * INSET, height: b.height - 2 * INSET, rx: 4, fill: 'none', stroke: b.stroke, 'stroke-width': 1.25, 'stroke-dasharray': DASH })}/>`;
  }
  if (marks === '') return { markup: '', height: 0, width: 0 };
  const label =
    locale === 'en'
      ? 'Dashed inner border: owned by another agency (named in the box)'
      : 'Garis putus-putus di dalam kotak: penanggung jawab di instansi lain (disebut di kotak)';
  const x0 = 24;
  const y = top + 8;
  let out = `<g class="other-agency-marks">${marks}</g>\n<g class="legend other-agency-legend">`;
  out += `<rect${attributes({ x: x0, y, width: SWATCH_W, height: SWATCH_H, rx: 3, fill: '#ffffff', stroke: '#555555', 'stroke-width': 1 })}/>`;
  out += `<rect${attributes({ x: x0 + INSET, y: y + INSET, width: SWATCH_W - 2 * INSET, height: SWATCH_H - 2 * INSET, rx: 2, fill: 'none', stroke: '#555555', 'stroke-width': 1.25, 'stroke-dasharray': DASH })}/>`;
  out += `<text${attributes({ class: 'legend-label', x: x0 + SWATCH_W + 8, y: num(y + SWATCH_H - 5), 'font-size': fontSize, fill: layout.colors.text })}>${escapeText(label)}</text>`;
  out += '</g>\n';
  return { markup: out, height: SWATCH_H + 24, width: x0 + SWATCH_W + 8 + Math.ceil(measurer.measure(label, fontSize)) + 24 };
}
