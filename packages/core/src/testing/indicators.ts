/**
 * The indicators of generated results: four wordings for outcomes and four for outputs, each
 * naming what its result is about, with a baseline and yearly targets that move the right way.
 *
 * @module
 */
import type { Indicator } from '../schema.js';
import type { Random } from './random.js';
import { ACTIVITIES_LOWER, DOWN_LOWER, RATE_LOWER } from './statements.js';

/** What an output's verb says is done, for its indicators ("... yang tersusun"), by verb. */
const OUTPUT_PASSIVES = Object.freeze(['tersedia', 'tersusun', 'terlaksana', 'terselenggara', 'terfasilitasi', 'terkelola']);
/** What an outcome's index measures, by verb (none of them an aspect, so no two indicators swap words). */
const INDEX_WORDS = Object.freeze(['capaian', 'kematangan', 'persepsi', 'penilaian']);
/** Where an outcome's score comes from, by verb. */
const SCORE_WORDS = Object.freeze(['evaluasi', 'survei', 'asesmen', 'audit']);

/** Number of indicator wordings per level kind (outcome or output). */
export const INDICATOR_KINDS = 4;

/** Keeps a value in `[0, max]`, rounded to two decimals or to a whole number. */
function clampValue(x: number, max: number, decimals: boolean): number {
  const v = x < 0 ? 0 : x > max ? max : x;
  return decimals ? Math.round(v * 100) / 100 : Math.round(v);
}

/** What an indicator's numbers come from: the generator's random numbers and the years of the period. */
export interface IndicatorContext {
  readonly rng: Random;
  /** The target years, as the document's keys. */
  readonly years: readonly string[];
  /** The baseline year (the year before the period). */
  readonly baseYear: number;
}

/**
 * Indicator `kind` (0-3) picks the wording. An indicator names what its result is about
 * (`scope`, the statement after its verb) with a word chosen by the result's verb (`verb`), so
 * two results share an indicator only when they say the same thing, as in a real tree; `round`
 * (how many times the kinds have come round in one result) adds a means, so the indicators of one
 * result never repeat.
 */
export function makeIndicator(
  ctx: IndicatorContext,
  id: string,
  scope: string,
  leaf: boolean,
  kind: number,
  round: number,
  verb: number,
): Indicator {
  const { rng, years, baseYear } = ctx;
  const by = round === 0 ? '' : ` melalui ${ACTIVITIES_LOWER[(round - 1) % ACTIVITIES_LOWER.length]!}`;
  let statement: string;
  let unit: string;
  let polarity: Indicator['polarity'] = 'up';
  let base: number;
  let step: number;
  let decimals = true;
  let max = Infinity;
  if (leaf) {
    decimals = false;
    const done = OUTPUT_PASSIVES[verb % OUTPUT_PASSIVES.length]!;
    if (kind === 0) {
      statement = `Jumlah dokumen ${scope} yang ${done}${by}`;
      unit = 'Dokumen';
    } else if (kind === 1) {
      statement = `Jumlah rekomendasi ${scope} yang ${done}${by}`;
      unit = 'Rekomendasi';
    } else if (kind === 2) {
      statement = `Jumlah laporan ${scope} yang ${done}${by}`;
      unit = 'Laporan';
    } else {
      statement = `Jumlah ASN yang memanfaatkan ${scope} yang ${done}${by}`;
      unit = 'Orang';
    }
    base = unit === 'Orang' ? 20 + rng.int(200) : 1 + rng.int(12);
    step = unit === 'Orang' ? 5 + rng.int(20) : rng.int(2);
  } else if (kind === 0) {
    statement = `Persentase ${scope} yang ${RATE_LOWER[verb % RATE_LOWER.length]!}${by}`;
    unit = '%';
    base = 50 + rng.next() * 40;
    step = 0.5 + rng.next() * 2;
    max = 100;
  } else if (kind === 1) {
    statement = `Persentase ${scope} yang ${DOWN_LOWER[verb % DOWN_LOWER.length]!}${by}`;
    unit = '%';
    polarity = 'down';
    base = 5 + rng.next() * 25;
    step = -(0.2 + rng.next());
  } else if (kind === 2) {
    statement = `Indeks ${INDEX_WORDS[verb % INDEX_WORDS.length]!} ${scope}${by}`;
    unit = 'Indeks';
    base = 2.5 + rng.next();
    step = 0.02 + rng.next() * 0.08;
    max = 4;
  } else {
    statement = `Nilai ${SCORE_WORDS[verb % SCORE_WORDS.length]!} ${scope}${by}`;
    unit = 'Nilai';
    base = 60 + rng.next() * 20;
    step = 0.5 + rng.next() * 2;
    max = 100;
  }
  const targets: Record<string, number> = {};
  for (let k = 0; k < years.length; k++) targets[years[k]!] = clampValue(base + step * (k + 1), max, decimals);
  return { id, statement, unit, polarity, baseline: { year: baseYear, value: clampValue(base, max, decimals) }, targets };
}
