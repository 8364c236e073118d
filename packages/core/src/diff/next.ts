/**
 * `nextPeriodDocument`: the start of the next period's tree from this one, every result naming
 * the one it continues (`previous`), so that `diffCascades` matches the two versions exactly.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { UsageError } from '../errors.js';
import { DOCUMENT_KEYS, type CascadeDocument, type Indicator, type ResultDocument, type Value } from '../schema.js';

/** Options of {@link nextPeriodDocument}. */
export interface NextPeriodOptions {
  /** The new period (years). */
  readonly period: { readonly start: number; readonly end: number };
  /**
   * The new document's `id`.
   * @default the old id with its last four-digit year replaced by the new start year (`bkpsdm-2025` gives `bkpsdm-2030`), or none when the old document has no id
   */
  readonly id?: string;
}

/** The old id with its last year replaced by `year`, or `undefined`. */
function nextId(id: string | undefined, year: number): string | undefined {
  if (id === undefined) return undefined;
  const last = /(?:19|20|21)\d\d(?!.*(?:19|20|21)\d\d)/;
  return last.test(id) ? id.replace(last, String(year)) : `${id}-${year}`;
}

/** The year's value as a plain baseline value: a number or text, not quarters or months. */
function plain(v: unknown): Value | undefined {
  return typeof v === 'number' || typeof v === 'string' ? v : undefined;
}

/** An indicator for the new period: no targets or realisations; the baseline is last year's realisation when known. */
function nextIndicator(ind: Readonly<Indicator>, start: number): Indicator {
  const { targets: _t, realisations, baseline: _b, ...rest } = ind as Indicator & { realisations?: Record<string, unknown> };
  const out: Indicator = { ...rest };
  const last = plain(realisations?.[String(start - 1)]);
  if (last !== undefined) out.baseline = { year: start - 1, value: last };
  return out;
}

/**
 * The next period's document from `cascade`: the same results, levels, context and CSF, with the
 * new period and id, and on every result `previous` naming the result it continues
 * (`old-id#R1`, or `R1` when the old document has no id). Targets and realisations are left out
 * (the new period's are still to be set); an indicator's baseline (kondisi awal) becomes the
 * realisation of the year before the new period when the old document has it.
 *
 * @throws `UsageError` when the period is not two years in order.
 */
export function nextPeriodDocument(cascade: Cascade, options: NextPeriodOptions): CascadeDocument {
  const { start, end } = options.period;
  if (!Number.isInteger(start) || !Number.isInteger(end) || end < start)
    throw new UsageError(`@pokin/core nextPeriodDocument: period must be two years in order, got ${start}-${end}`);
  const old = cascade.toDocument();
  const id = options.id ?? nextId(cascade.id, start);
  const ref = (r: string) => (cascade.id === undefined ? r : `${cascade.id}#${r}`);
  const results = old.results.map((r): ResultDocument => {
    const { indicators, ...rest } = r;
    const out: ResultDocument = { ...rest, previous: ref(r.id) };
    if (indicators !== undefined) out.indicators = indicators.map((ind) => nextIndicator(ind, start));
    return out;
  });
  const merged: Record<string, unknown> = { ...old, id, period: { start, end }, results };
  // In the schema's key order, as `toDocument` writes it.
  const out: Record<string, unknown> = {};
  for (const key of DOCUMENT_KEYS) if (merged[key] !== undefined) out[key] = merged[key];
  return out as CascadeDocument;
}
