/**
 * What the review needs to know of each indicator, worked out in one pass over the indicators
 * and kept in byte arrays: the measure its wording names ("Persentase ..." a percentage, "Jumlah
 * dokumen ..." a count of deliverables), whether it reads as a result statement, the kind of its
 * unit, text flags, and a hash of its normalised statement.
 *
 * Each indicator's text is read once per review, and no string per indicator outlives the pass.
 * On a large cascade both matter: every further pass over 200,000 indicator texts cost a cache
 * miss per text, and 200,000 normalised statements alive through the review were copied twice
 * each by V8's young-generation collector. A finding that needs the wording (a head word, a
 * deliverable) normalises its indicator's statement again; findings are few.
 *
 * @module
 */
import type { ReviewContext } from './context.js';
import { hasNonAscii, hashString, isAllCaps, measureForm, normalizeScanned, normalizeStatement, statementForm, unitClass, type MeasureForm, type TextScan, type UnitClass } from './text.utils.js';

const FORMS: readonly MeasureForm[] = ['percent', 'index', 'rate', 'count', 'other'];
const FORM_BITS = 7;
/** Flag of a count whose thing counted is a deliverable ("Jumlah dokumen ..."). */
const DELIVERABLE = 8;
const UNITS: readonly UnitClass[] = ['percent', 'index', 'count', 'currency', 'other'];

/** Flag: the indicator is phrased as a result ("Meningkatnya ...", "Tersedianya ..."). */
export const AS_STATEMENT = 1;
/** Flag: the indicator is headed "Proporsi", a percentage that may be written as a fraction. */
export const PROPORTION = 2;
/** Flag: a percentage indicator of growth or change, which may leave 0-100. */
export const GROWTH_WORD = 4;
/** Flag: the statement is in capitals throughout. */
export const ALL_CAPS = 8;
/** Flag: the statement holds a character outside printable ASCII. */
export const NON_ASCII_STATEMENT = 16;
/** Flag: the unit holds a character outside printable ASCII. */
export const NON_ASCII_UNIT = 32;

const GROWTH = /\b(?:pertumbuhan|kenaikan|peningkatan|penurunan|perubahan|laju|deviasi|selisih)\b/;

/** Per indicator, in the order of `ctx.indicators`. */
export interface IndicatorFacts {
  /** Measure code: its form ({@link measureOf}) and whether it counts deliverables ({@link countsDeliverables}). */
  readonly measure: Uint8Array;
  /** {@link AS_STATEMENT}, {@link PROPORTION}, {@link GROWTH_WORD}, {@link ALL_CAPS}, {@link NON_ASCII_STATEMENT}, {@link NON_ASCII_UNIT}. */
  readonly flags: Uint8Array;
  /** Kind of the unit ({@link unitOf}); 0 when there is none or it is blank. */
  readonly unit: Uint8Array;
  /** Hash of the normalised statement: equal statements have equal hashes (compare the statements to be sure). */
  readonly hash: Int32Array;
}

/** The facts of every indicator, computed once per review. */
export function indicatorFacts(ctx: ReviewContext): IndicatorFacts {
  return ctx.memo(indicatorFacts, () => {
    const { indicators } = ctx;
    const n = indicators.length;
    const measure = new Uint8Array(n);
    const flags = new Uint8Array(n);
    const unit = new Uint8Array(n);
    const hash = new Int32Array(n);
    const scan: TextScan = { ascii: true };
    for (let q = 0; q < n; q++) {
      const ind = indicators[q]!;
      const text = ind.statement;
      const norm = normalizeScanned(text, scan);
      const m = measureForm(norm);
      measure[q] = FORMS.indexOf(m.form) | (m.deliverable === undefined ? 0 : DELIVERABLE);
      let f = 0;
      const s = statementForm(norm);
      if ((s.form === 'condition' && s.head.endsWith('nya')) || s.form === 'output') f |= AS_STATEMENT;
      if (m.head === 'proporsi') f |= PROPORTION;
      if (isAllCaps(text)) f |= ALL_CAPS;
      if (!scan.ascii) f |= NON_ASCII_STATEMENT;
      const u = ind.unit;
      let kind = 0;
      if (u !== undefined) {
        if (hasNonAscii(u)) f |= NON_ASCII_UNIT;
        if (u.trim() !== '') kind = 1 + UNITS.indexOf(unitClass(u));
      }
      // The growth words matter only to the percentage check.
      if ((m.form === 'percent' || kind === 1) && GROWTH.test(norm)) f |= GROWTH_WORD;
      unit[q] = kind;
      flags[q] = f;
      hash[q] = hashString(norm);
    }
    return { measure, flags, unit, hash };
  });
}

/** The normalised statement of indicator `q`, worked out again (for a finding's wording). */
export function indicatorNorm(ctx: ReviewContext, q: number): string {
  return normalizeStatement(ctx.indicators[q]!.statement);
}

/** The form of a measure code. */
export function measureOf(code: number): MeasureForm {
  return FORMS[code & FORM_BITS]!;
}

/** True when a measure code is a count of deliverables. */
export function countsDeliverables(code: number): boolean {
  return (code & DELIVERABLE) !== 0;
}

/** The unit kind of a unit code, `undefined` for no unit. */
export function unitOf(code: number): UnitClass | undefined {
  return code === 0 ? undefined : UNITS[code - 1];
}
