import type * as z from 'zod/mini';
import { contributionOf, localId } from '../refs.js';
import type { Contribution, ResultRecord } from '../result.js';
import type { DocumentSchema, Indicator } from '../schema.js';

/**
 * The records of a cascade from the schema check's output: frozen in place (the output is the
 * cascade's own, not copied), references resolved against the document's own `id`, crosscutting
 * statuses in their Indonesian form.
 *
 * @module
 */

export const freeze = <T extends object | undefined>(v: T): T => (v === undefined ? v : Object.freeze(v));

export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

const EMPTY_IDS: readonly string[] = Object.freeze([]);
const EMPTY_INDICATORS: readonly Indicator[] = Object.freeze([]);
const EMPTY_CONTRIBUTIONS: readonly Contribution[] = Object.freeze([]);

type ResultOutput = z.output<typeof DocumentSchema>['results'][number];

export function toRecord(r: ResultOutput, documentId: string | undefined): ResultRecord {
  const parentLocal = r.parent == null ? null : (localId(r.parent, documentId) ?? null);
  let contributesTo = EMPTY_IDS;
  let contributions = EMPTY_CONTRIBUTIONS;
  if (r.contributesTo !== undefined && r.contributesTo.length > 0) {
    if (documentId === undefined && r.contributesTo.every((c) => typeof c === 'string' && !c.includes('#'))) {
      // The common case: plain local ids, the list itself frozen in place.
      contributesTo = Object.freeze(r.contributesTo as string[]);
      contributions = Object.freeze(contributesTo.map((to) => Object.freeze({ to })));
    } else {
      contributions = Object.freeze(r.contributesTo.map((e) => contributionOf(e, documentId)));
      const local = contributions.filter((c) => !c.to.includes('#')).map((c) => c.to);
      contributesTo = local.length === 0 ? EMPTY_IDS : Object.freeze(local);
    }
  }
  const rec: {
    id: string;
    level: string;
    statement: string;
    parent: string | null;
    contributesTo: readonly string[];
    contributions: readonly Contribution[];
    externalParent?: string;
    previous?: string;
    indicators: readonly Indicator[];
    owner?: ResultRecord['owner'];
    budget?: ResultRecord['budget'];
    notes?: string;
  } = {
    id: r.id,
    level: r.level,
    statement: r.statement,
    parent: parentLocal,
    contributesTo,
    contributions,
    // zod's output array is the cascade's own: frozen in place rather than copied.
    indicators: r.indicators === undefined || r.indicators.length === 0 ? EMPTY_INDICATORS : freezeIndicators(r.indicators),
  };
  if (r.parent != null && parentLocal === null) rec.externalParent = r.parent;
  if (r.previous !== undefined) rec.previous = r.previous;
  if (r.owner !== undefined) rec.owner = Object.freeze(r.owner);
  if (r.budget !== undefined) rec.budget = Object.freeze(r.budget);
  if (r.notes !== undefined) rec.notes = r.notes;
  return Object.freeze(rec);
}

function freezeIndicators(indicators: Indicator[]): readonly Indicator[] {
  for (const ind of indicators) freezeIndicator(ind);
  return Object.freeze(indicators);
}

function freezeIndicator(ind: Indicator): Indicator {
  if (ind.baseline !== undefined) Object.freeze(ind.baseline);
  if (ind.targets !== undefined) Object.freeze(ind.targets);
  if (ind.realisations !== undefined || ind.realisationNotes !== undefined || ind.scale !== undefined || ind.owner !== undefined) {
    deepFreeze(ind);
  }
  return Object.freeze(ind);
}
