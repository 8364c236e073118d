/**
 * The statements of generated results: a fixed space of combinations (verb, aspect or deliverable,
 * object, qualifier) walked with a stride, and the region that tells rounds of a space apart.
 *
 * @module
 */
import {
  ASPECTS,
  DOWN_PREDICATES,
  OBJECTS,
  OUTCOME_VERBS,
  OUTPUT_ACTIVITIES,
  OUTPUT_DOCUMENTS,
  OUTPUT_QUALIFIERS,
  OUTPUT_RECORDS,
  OUTPUT_VERBS,
  QUALIFIERS,
  RATE_PREDICATES,
  REGIONS,
} from './vocabulary.js';

/** Lower-cases a phrase for use inside an indicator, keeping acronyms such as "ASN". */
export function lowerPhrase(s: string): string {
  return s
    .split(' ')
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ');
}

/** The vocabulary's phrases lower-cased, for use inside a sentence. */
export const OBJECTS_LOWER = Object.freeze(OBJECTS.map(lowerPhrase));
export const ACTIVITIES_LOWER = Object.freeze(OUTPUT_ACTIVITIES.map(lowerPhrase));
export const RATE_LOWER = Object.freeze(RATE_PREDICATES.map(lowerPhrase));
export const DOWN_LOWER = Object.freeze(DOWN_PREDICATES.map(lowerPhrase));

/** Size of the outcome statement space: verb x aspect x object x qualifier. */
export const OUTCOME_SPACE = OUTCOME_VERBS.length * ASPECTS.length * OBJECTS.length * QUALIFIERS.length;

/** What outputs deliver, per verb: the (verb, deliverable) pairs. */
const OUTPUT_PAIRS: readonly string[] = Object.freeze(
  OUTPUT_VERBS.flatMap(([verb, takes]) =>
    (takes === 'document' ? OUTPUT_DOCUMENTS : takes === 'activity' ? OUTPUT_ACTIVITIES : OUTPUT_RECORDS).map((w) => `${verb} ${w}`),
  ),
);

/** The verb of each (verb, deliverable) pair, by its position in `OUTPUT_VERBS`. */
const OUTPUT_VERB_OF_PAIR: readonly number[] = Object.freeze(
  OUTPUT_VERBS.flatMap(([, takes], v) =>
    (takes === 'document' ? OUTPUT_DOCUMENTS : takes === 'activity' ? OUTPUT_ACTIVITIES : OUTPUT_RECORDS).map(() => v),
  ),
);

/** Size of the output statement space: (verb, deliverable) x object x qualifier. */
export const OUTPUT_SPACE = OUTPUT_PAIRS.length * OBJECTS.length * OUTPUT_QUALIFIERS.length;

/** Greatest common divisor. */
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** A stride coprime with `space`, so that `i * stride mod space` visits every combination once. */
const strideFor = (space: number): number => {
  let s = Math.floor(space * 0.618) | 1;
  while (gcd(s, space) !== 1) s += 2;
  return s;
};
export const OUTCOME_STRIDE = strideFor(OUTCOME_SPACE);
export const OUTPUT_STRIDE = strideFor(OUTPUT_SPACE);

/** The outcome statement of combination `c` (object = `c mod OBJECTS.length`). */
export function outcomeStatement(c: number): string {
  const obj = c % OBJECTS.length;
  let r = (c - obj) / OBJECTS.length;
  const aspect = r % ASPECTS.length;
  r = (r - aspect) / ASPECTS.length;
  const verb = r % OUTCOME_VERBS.length;
  const q = (r - verb) / OUTCOME_VERBS.length;
  return `${OUTCOME_VERBS[verb]!} ${ASPECTS[aspect]!} ${OBJECTS[obj]!}${QUALIFIERS[q]!}`;
}

/** The output statement of combination `c` (object = `c mod OBJECTS.length`). */
export function outputStatement(c: number): string {
  const obj = c % OBJECTS.length;
  const r = (c - obj) / OBJECTS.length;
  const pair = r % OUTPUT_PAIRS.length;
  const q = (r - pair) / OUTPUT_PAIRS.length;
  return `${OUTPUT_PAIRS[pair]!} ${OBJECTS[obj]!}${OUTPUT_QUALIFIERS[q]!}`;
}

/** The verb (its position in `OUTCOME_VERBS`) of outcome combination `c`. */
export const verbOfOutcome = (c: number): number => Math.floor(c / (OBJECTS.length * ASPECTS.length)) % OUTCOME_VERBS.length;

/** The verb (its position in `OUTPUT_VERBS`) of output combination `c`. */
export function verbOfOutput(c: number): number {
  const pair = Math.floor(c / OBJECTS.length) % OUTPUT_PAIRS.length;
  return OUTPUT_VERB_OF_PAIR[pair]!;
}

/**
 * What tells apart the statements of round `round` of a statement space: nothing in the first
 * round, then a region (" Wilayah Utara"), then a region and a number (" Wilayah Utara 2").
 */
export function regionPhrase(round: number): string {
  if (round === 0) return '';
  const k = round - 1;
  const region = REGIONS[k % REGIONS.length]!;
  const lap = Math.floor(k / REGIONS.length);
  return lap === 0 ? ` Wilayah ${region}` : ` Wilayah ${region} ${lap + 1}`;
}
