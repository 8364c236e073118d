/**
 * The measure each indicator names ("Persentase ..." a percentage, "Jumlah dokumen ..." a count of
 * deliverables), worked out once per review: four indicator rules and the percentage check of the
 * target rules all ask for it, and reading it per rule cost four passes and an object per indicator.
 *
 * @module
 */
import type { ReviewContext } from './context.js';
import { measureForm, type MeasureForm } from './text.utils.js';

const FORMS: readonly MeasureForm[] = ['percent', 'index', 'rate', 'count', 'other'];
const FORM_BITS = 7;
/** Flag of a count whose thing counted is a deliverable ("Jumlah dokumen ..."). */
const DELIVERABLE = 8;

/**
 * The measure code of every indicator, in the order of `ctx.indicatorNorms()`: its form
 * ({@link measureOf}) and whether it counts deliverables ({@link countsDeliverables}).
 */
export function indicatorMeasures(ctx: ReviewContext): Uint8Array {
  return ctx.memo(indicatorMeasures, () => {
    const norms = ctx.indicatorNorms();
    const out = new Uint8Array(norms.length);
    for (let q = 0; q < norms.length; q++) {
      const m = measureForm(norms[q]!);
      out[q] = FORMS.indexOf(m.form) | (m.deliverable === undefined ? 0 : DELIVERABLE);
    }
    return out;
  });
}

/** The form of a measure code. */
export function measureOf(code: number): MeasureForm {
  return FORMS[code & FORM_BITS]!;
}

/** True when a measure code is a count of deliverables. */
export function countsDeliverables(code: number): boolean {
  return (code & DELIVERABLE) !== 0;
}

/** True when a normalised statement starts with the word `word`. */
export function headIs(normalized: string, word: string): boolean {
  return normalized.startsWith(word) && (normalized.length === word.length || normalized.charCodeAt(word.length) === 32);
}
