import type { Contribution, ResultRecord } from './result.js';
import type { ContributionDocument, Indicator, Owner, Realisation, ResultDocument } from './schema.js';

/**
 * The canonical document form of a result and its indicators, as `Cascade.toDocument` writes it:
 * keys in the order of the format, defaults and empty objects left out, fresh objects a caller
 * may change.
 *
 * @module
 */

/**
 * A mutable copy of a flat frozen object, or `undefined` for an empty one (`owner: {}` holds
 * nothing: the canonical document leaves it out, and no CSV cell could tell it from none).
 * A plain loop: on V8, object spread of these frozen records (targets are keyed by year, so their
 * elements are in dictionary mode) measured about twice as slow, which made `toDocument` the
 * slowest-growing stage of the bench.
 */
export function copyFlat<T extends object>(o: Readonly<T>): T | undefined {
  const src = o as Record<string, unknown>;
  const keys = Object.keys(src);
  let out: Record<string, unknown> | undefined;
  for (const k of keys) {
    const v = src[k];
    if (v !== undefined) (out ??= {})[k] = v;
  }
  return out as T | undefined;
}

/** A copy of the realisations by year: a value, or the periods so far (kept even when empty: the year has begun). */
function copyRealisations(r: Readonly<Record<string, Realisation>>): Record<string, Realisation> | undefined {
  let out: Record<string, Realisation> | undefined;
  for (const year of Object.keys(r)) {
    const v = r[year];
    if (v === undefined) continue;
    (out ??= {})[year] = typeof v === 'object' ? (copyFlat<Record<string, unknown>>(v) ?? {}) : v;
  }
  return out;
}

/** A copy of the per-year notes, each note without empty parts; a year whose note is empty is left out. */
function copyNotes(n: Readonly<NonNullable<Indicator['realisationNotes']>>): Indicator['realisationNotes'] {
  let out: NonNullable<Indicator['realisationNotes']> | undefined;
  for (const year of Object.keys(n)) {
    const note = n[year];
    if (note === undefined) continue;
    const copy = copyFlat(note);
    if (copy === undefined) continue;
    if (copy.evidence !== undefined) {
      if (copy.evidence.length === 0) delete copy.evidence;
      else copy.evidence = copy.evidence.slice();
    }
    if (Object.keys(copy).length > 0) (out ??= {})[year] = copy;
  }
  return out;
}

/** The fields of an indicator after `targets`, in the order of the format. */
function addPlanningFields(ind: Readonly<Indicator>, out: Indicator): void {
  const realisations = ind.realisations === undefined ? undefined : copyRealisations(ind.realisations);
  if (realisations !== undefined) out.realisations = realisations;
  if (ind.yearValue !== undefined) out.yearValue = ind.yearValue;
  const notes = ind.realisationNotes === undefined ? undefined : copyNotes(ind.realisationNotes);
  if (notes !== undefined) out.realisationNotes = notes;
  const owner = ind.owner === undefined ? undefined : copyFlat<Owner>(ind.owner);
  if (owner !== undefined) out.owner = owner;
  if (ind.definition !== undefined) out.definition = ind.definition;
  if (ind.formula !== undefined) out.formula = ind.formula;
  if (ind.dataSource !== undefined) out.dataSource = ind.dataSource;
  if (ind.dataProvider !== undefined) out.dataProvider = ind.dataProvider;
  if (ind.frequency !== undefined) out.frequency = ind.frequency;
}

/** True when an indicator holds any field beyond the version-1 ones (id, statement, unit, polarity, baseline, targets). */
function hasPlanningFields(ind: Readonly<Indicator>): boolean {
  return (
    ind.iku !== undefined ||
    ind.scale !== undefined ||
    ind.realisations !== undefined ||
    ind.yearValue !== undefined ||
    ind.realisationNotes !== undefined ||
    ind.owner !== undefined ||
    ind.definition !== undefined ||
    ind.formula !== undefined ||
    ind.dataSource !== undefined ||
    ind.dataProvider !== undefined ||
    ind.frequency !== undefined
  );
}

/** An indicator in its canonical document form. */
export function cloneIndicator(ind: Readonly<Indicator>): Indicator {
  const { id, statement, unit, polarity, baseline } = ind;
  const targets = ind.targets === undefined ? undefined : copyFlat(ind.targets);
  const planning = hasPlanningFields(ind);
  // The usual indicator gives every version-1 field: one object literal then, which V8 lays out in
  // one allocation instead of growing the object field by field (fewer survivors for the GC).
  if (!planning && id !== undefined && unit !== undefined && polarity !== undefined && baseline !== undefined && targets !== undefined) {
    return { id, statement, unit, polarity, baseline: { year: baseline.year, value: baseline.value }, targets };
  }
  const out = (id === undefined ? { statement } : { id, statement }) as Indicator;
  if (ind.iku !== undefined) out.iku = ind.iku;
  if (unit !== undefined) out.unit = unit;
  if (polarity !== undefined) out.polarity = polarity;
  const scale = ind.scale === undefined ? undefined : copyFlat(ind.scale);
  if (scale !== undefined) out.scale = scale;
  if (baseline !== undefined) out.baseline = { year: baseline.year, value: baseline.value };
  if (targets !== undefined) out.targets = targets;
  if (planning) addPlanningFields(ind, out);
  return out;
}

/** `contributesTo` entries as a document writes them: a bare reference unless a status or reason comes with it. */
export function contributionsToDocument(entries: readonly Contribution[]): ContributionDocument[] {
  return entries.map((c) => {
    if (c.status === undefined && c.reason === undefined) return c.to;
    const out: { to: string; status?: Contribution['status']; reason?: string } = { to: c.to };
    if (c.status !== undefined) out.status = c.status;
    if (c.reason !== undefined) out.reason = c.reason;
    return out;
  });
}

/** A result in its canonical document form. */
export function resultToDocument(r: ResultRecord): ResultDocument {
  const parent = r.parent ?? r.externalParent;
  // Every result but the roots has a parent: one literal for them (see cloneIndicator).
  const out: ResultDocument =
    parent === undefined
      ? { id: r.id, level: r.level, statement: r.statement }
      : { id: r.id, level: r.level, statement: r.statement, parent };
  if (r.contributions.length > 0) out.contributesTo = contributionsToDocument(r.contributions);
  if (r.previous !== undefined) out.previous = r.previous;
  if (r.indicators.length > 0) {
    const inds = new Array<Indicator>(r.indicators.length);
    for (let k = 0; k < inds.length; k++) inds[k] = cloneIndicator(r.indicators[k]!);
    out.indicators = inds;
  }
  const owner = r.owner === undefined ? undefined : copyFlat(r.owner);
  if (owner !== undefined) out.owner = owner;
  const budget = r.budget === undefined ? undefined : copyFlat(r.budget);
  if (budget !== undefined) out.budget = budget;
  if (r.notes !== undefined) out.notes = r.notes;
  return out;
}
