/**
 * A deterministic generator of realistic cascades, for tests and benchmarks: level schemes
 * respected, Indonesian-like statements, indicators with units, baselines and targets, owners,
 * budget codes and crosscutting links.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { LEVEL_PRESETS, isLevelPresetName, type LevelPresetName, type LevelScheme, type Tier } from '../levels.js';
import { parseCascade } from '../parse.js';
import type { CascadeDocument, Csf, Indicator, Period, ResultDocument } from '../schema.js';
import { TIERS } from '../levels.js';
import { extendDocument } from './extend.js';
import { mulberry32 } from './random.js';
import {
  AGENCIES,
  ASPECTS,
  DOWN_PREDICATES,
  OBJECTS,
  OUTCOME_VERBS,
  OUTPUT_ACTIVITIES,
  OUTPUT_DOCUMENTS,
  OUTPUT_QUALIFIERS,
  OUTPUT_RECORDS,
  OUTPUT_VERBS,
  POSITIONS,
  QUALIFIERS,
  RATE_PREDICATES,
  REGIONS,
  UNITS,
} from './vocabulary.js';

/** Options of {@link generateDocument} and {@link generateCascade}. */
export interface GenerateOptions {
  /** Number of results to generate (at least 1). The document holds exactly this many. */
  readonly results: number;
  /**
   * Most children a result has through `parent`.
   * @default 5
   */
  readonly maxChildren?: number;
  /**
   * Indicators (IK) per result.
   * @default 2
   */
  readonly indicatorsPerResult?: number;
  /**
   * Fraction (0 to 1) of the non-root results that also contribute (`contributesTo`) to a result
   * in another branch, at their parent's level. Links always point upwards, so no cycle arises.
   * @default 0.02
   */
  readonly crosscutting?: number;
  /**
   * Seed of the pseudo-random generator: the same options give the same document.
   * @default 1
   */
  readonly seed?: number;
  /**
   * Level scheme: a preset name or a list of levels, top first. Leaves are always at the last
   * level; optional levels are used now and then (see `optionalLevels`).
   * @default 'permenpan-89'
   */
  readonly levels?: LevelPresetName | LevelScheme;
  /**
   * Probability that a result's children go through an optional level just below it (such as
   * `outcome` in `permenpan-89`) instead of skipping it.
   * @default 0.1
   */
  readonly optionalLevels?: number;
  /**
   * Most results under one root (one agency tree). More results make more roots.
   * @default 1000
   */
  readonly maxResultsPerRoot?: number;
  /**
   * Planning period: targets are set for every year of it, baselines the year before.
   * @default { start: 2025, end: 2029 }
   */
  readonly period?: Period;
  /**
   * Title of the document.
   * @default 'Pohon Kinerja Sintetis (N hasil, seed S)'
   */
  readonly title?: string;
  /**
   * Whether to add the optional keys of the second round: a document `id` and `signatory`,
   * crosscutting statuses, `previous`, owners with a position type, name and NIP, quarterly
   * realisations of the first year with notes, the IKU flag and the indicator manual. Off by
   * default, so the default documents are the version-1 documents older readers take.
   * @default false
   */
  readonly extended?: boolean;
}

/** The options resolved once, with their defaults. */
interface Settings {
  /** Number of results. */
  readonly n: number;
  /** Most primary children per result. */
  readonly m: number;
  /** Indicators per result. */
  readonly indicators: number;
  /** Probability of a crosscutting link per non-root result. */
  readonly crosscutting: number;
  /** Probability of going through an optional level. */
  readonly optional: number;
  /** Most results per root. */
  readonly perRoot: number;
  /** Planning period. */
  readonly period: Period;
  /** Resolved level scheme. */
  readonly scheme: LevelScheme;
}

/** Index of a tier, 0 (strategis) to 3 (operasional). */
const tierIndex = (t: Tier): number => TIERS.indexOf(t);

/** Lower-cases a phrase for use inside an indicator, keeping acronyms such as "ASN". */
function lowerPhrase(s: string): string {
  return s
    .split(' ')
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ');
}

const OBJECTS_LOWER = Object.freeze(OBJECTS.map(lowerPhrase));
const ACTIVITIES_LOWER = Object.freeze(OUTPUT_ACTIVITIES.map(lowerPhrase));
const RATE_LOWER = Object.freeze(RATE_PREDICATES.map(lowerPhrase));
const DOWN_LOWER = Object.freeze(DOWN_PREDICATES.map(lowerPhrase));

/** What an output's verb says is done, for its indicators ("... yang tersusun"), by verb. */
const OUTPUT_PASSIVES = Object.freeze(['tersedia', 'tersusun', 'terlaksana', 'terselenggara', 'terfasilitasi', 'terkelola']);
/** What an outcome's index measures, by verb (none of them an aspect, so no two indicators swap words). */
const INDEX_WORDS = Object.freeze(['capaian', 'kematangan', 'persepsi', 'penilaian']);
/** Where an outcome's score comes from, by verb. */
const SCORE_WORDS = Object.freeze(['evaluasi', 'survei', 'asesmen', 'audit']);

/** Number of indicator wordings per level kind (outcome or output). */
const INDICATOR_KINDS = 4;

/** Size of the outcome statement space: verb x aspect x object x qualifier. */
const OUTCOME_SPACE = OUTCOME_VERBS.length * ASPECTS.length * OBJECTS.length * QUALIFIERS.length;

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
const OUTPUT_SPACE = OUTPUT_PAIRS.length * OBJECTS.length * OUTPUT_QUALIFIERS.length;

/** Greatest common divisor. */
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** A stride coprime with `space`, so that `i * stride mod space` visits every combination once. */
const strideFor = (space: number): number => {
  let s = Math.floor(space * 0.618) | 1;
  while (gcd(s, space) !== 1) s += 2;
  return s;
};
const OUTCOME_STRIDE = strideFor(OUTCOME_SPACE);
const OUTPUT_STRIDE = strideFor(OUTPUT_SPACE);

/** The outcome statement of combination `c` (object = `c mod OBJECTS.length`). */
function outcomeStatement(c: number): string {
  const obj = c % OBJECTS.length;
  let r = (c - obj) / OBJECTS.length;
  const aspect = r % ASPECTS.length;
  r = (r - aspect) / ASPECTS.length;
  const verb = r % OUTCOME_VERBS.length;
  const q = (r - verb) / OUTCOME_VERBS.length;
  return `${OUTCOME_VERBS[verb]!} ${ASPECTS[aspect]!} ${OBJECTS[obj]!}${QUALIFIERS[q]!}`;
}

/** The output statement of combination `c` (object = `c mod OBJECTS.length`). */
function outputStatement(c: number): string {
  const obj = c % OBJECTS.length;
  const r = (c - obj) / OBJECTS.length;
  const pair = r % OUTPUT_PAIRS.length;
  const q = (r - pair) / OUTPUT_PAIRS.length;
  return `${OUTPUT_PAIRS[pair]!} ${OBJECTS[obj]!}${OUTPUT_QUALIFIERS[q]!}`;
}

/** The verb (its position in `OUTCOME_VERBS`) of outcome combination `c`. */
const verbOfOutcome = (c: number): number => Math.floor(c / (OBJECTS.length * ASPECTS.length)) % OUTCOME_VERBS.length;

/** The verb (its position in `OUTPUT_VERBS`) of output combination `c`. */
function verbOfOutput(c: number): number {
  const pair = Math.floor(c / OBJECTS.length) % OUTPUT_PAIRS.length;
  return OUTPUT_VERB_OF_PAIR[pair]!;
}

/**
 * What tells apart the statements of round `round` of a statement space: nothing in the first
 * round, then a region (" Wilayah Utara"), then a region and a number (" Wilayah Utara 2").
 */
function regionPhrase(round: number): string {
  if (round === 0) return '';
  const k = round - 1;
  const region = REGIONS[k % REGIONS.length]!;
  const lap = Math.floor(k / REGIONS.length);
  return lap === 0 ? ` Wilayah ${region}` : ` Wilayah ${region} ${lap + 1}`;
}

/** Id prefixes of the permenpan-89 levels; other schemes use the initials of the key. */
const PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  goal: 'G',
  'ultimate-outcome': 'UO',
  'intermediate-outcome': 'IO',
  'immediate-outcome': 'IM',
  outcome: 'OC',
  output: 'OP',
});

/** One id prefix per level, distinct within the scheme. */
function prefixes(scheme: LevelScheme): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  scheme.forEach((l, i) => {
    let p =
      PREFIXES[l.key] ??
      l.key
        .split(/[-_.]/)
        .map((w) => w.charAt(0).toUpperCase())
        .join('');
    if (p === '' || used.has(p)) p = `${p}L${i}`;
    used.add(p);
    out.push(p);
  });
  return out;
}

/** Checks the options and applies the defaults; throws a `RangeError` on impossible values. */
function resolve(options: GenerateOptions): Settings {
  const n = Math.floor(options.results);
  if (!(n >= 1)) throw new RangeError(`@pokin/core generateDocument: results must be at least 1, got ${String(options.results)}`);
  const m = Math.floor(options.maxChildren ?? 5);
  if (!(m >= 1)) throw new RangeError(`@pokin/core generateDocument: maxChildren must be at least 1, got ${String(options.maxChildren)}`);
  const spec = options.levels ?? 'permenpan-89';
  let scheme: LevelScheme;
  if (typeof spec === 'string') {
    if (!isLevelPresetName(spec)) throw new RangeError(`@pokin/core generateDocument: unknown level scheme "${String(spec)}"`);
    scheme = LEVEL_PRESETS[spec];
  } else scheme = spec;
  if (scheme.length === 0) throw new RangeError('@pokin/core generateDocument: the level scheme is empty');
  const period = options.period ?? { start: 2025, end: 2029 };
  return {
    n,
    m,
    indicators: Math.max(0, Math.floor(options.indicatorsPerResult ?? 2)),
    crosscutting: Math.min(1, Math.max(0, options.crosscutting ?? 0.02)),
    optional: Math.min(1, Math.max(0, options.optionalLevels ?? 0.1)),
    perRoot: Math.max(1, Math.floor(options.maxResultsPerRoot ?? 1000)),
    period,
    scheme,
  };
}

/** Keeps a value in `[0, max]`, rounded to two decimals or to a whole number. */
function clampValue(x: number, max: number, decimals: boolean): number {
  const v = x < 0 ? 0 : x > max ? max : x;
  return decimals ? Math.round(v * 100) / 100 : Math.round(v);
}

/**
 * Generates a plain pokin document (format version 1), the same for the same options on every
 * machine. The results are in document order (each parent before its children, depth first);
 * leaves are at the scheme's last level (outputs), and each root's tree descends level by level,
 * skipping only optional levels. Fast enough for a million results in a few seconds.
 *
 * @example
 * ```ts
 * const doc = generateDocument({ results: 10_000, seed: 7 });
 * const cascade = parseCascade(doc);
 * ```
 */
export function generateDocument(options: GenerateOptions): CascadeDocument {
  const s = resolve(options);
  const seed = options.seed ?? 1;
  const rng = mulberry32(seed);
  const { scheme, m, n } = s;
  const last = scheme.length - 1;
  const L = scheme.length;

  // Per level: the next required (non-optional) level below, the optional level directly below,
  // the fewest results a subtree needs to end in a leaf, and the most it can hold.
  const nextReq = new Array<number>(L).fill(-1);
  const optBelow = new Array<number>(L).fill(-1);
  const minSize = new Array<number>(L).fill(1);
  const maxSize = new Array<number>(L).fill(1);
  for (let r = L - 2; r >= 0; r--) {
    let q = r + 1;
    while (q < last && scheme[q]!.optional === true) q++;
    nextReq[r] = q;
    if (q > r + 1) optBelow[r] = r + 1;
  }
  for (let r = L - 1; r >= 0; r--) {
    const q = nextReq[r]!;
    if (q >= 0) {
      minSize[r] = 1 + minSize[q]!;
      maxSize[r] = Math.min(1e15, 1 + m * maxSize[q]!);
    }
  }
  // An optional level's own subtree sizes (it descends to its own next required level).
  const sizesOf = (r: number): [number, number] => [minSize[r]!, maxSize[r]!];

  const prefix = prefixes(scheme);
  const counters = new Array<number>(L).fill(0);
  const tierOf = scheme.map((l) => tierIndex(l.tier));
  const years: string[] = [];
  for (let y = s.period.start; y <= s.period.end; y++) years.push(String(y));
  const baseYear = s.period.start - 1;

  const results: ResultDocument[] = [];
  const objectOf: number[] = []; // object index per result, to keep children off their parent's object
  const rankOf: number[] = [];
  const atLevel: number[][] = Array.from({ length: L }, () => []);
  let budgetCounter = 0;
  let rootNo = 0;

  // Statements are drawn from a fixed space of combinations (verb, aspect or deliverable,
  // object, qualifier), walked in one pseudo-random order without repeats over the whole document;
  // each time a space is used up, the next round names a region (" Wilayah Utara", ...), so no
  // two results of the document share a statement, as in a real tree.
  let outcomeNo = 0;
  let outputNo = 0;
  const outcomeOffset = rng.int(OUTCOME_SPACE);
  const outputOffset = rng.int(OUTPUT_SPACE);
  /** Round (how many times its space was used up) of the statement drawn last. */
  let round = 0;
  const nextOutcome = (): number => {
    round = Math.floor(outcomeNo / OUTCOME_SPACE);
    return (outcomeOffset + (outcomeNo++ % OUTCOME_SPACE) * OUTCOME_STRIDE) % OUTCOME_SPACE;
  };
  const nextOutput = (): number => {
    round = Math.floor(outputNo / OUTPUT_SPACE);
    return (outputOffset + (outputNo++ % OUTPUT_SPACE) * OUTPUT_STRIDE) % OUTPUT_SPACE;
  };

  // Indicator `kind` (0-3) picks the wording. An indicator names what its result is about
  // (`scope`, the statement after its verb) with a word chosen by the result's verb (`verb`), so
  // two results share an indicator only when they say the same thing, as in a real tree; `round`
  // (how many times the kinds have come round in one result) adds a means, so the indicators of one
  // result never repeat.
  const makeIndicator = (id: string, scope: string, leaf: boolean, kind: number, round: number, verb: number): Indicator => {
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
  };

  const addResult = (rank: number, parent: number): number => {
    const idx = results.length;
    const id = `${prefix[rank]!}${++counters[rank]!}`;
    const leaf = rank === last;
    const combo = leaf ? nextOutput() : nextOutcome();
    const obj = combo % OBJECTS.length;
    const statement = (leaf ? outputStatement(combo) : outcomeStatement(combo)) + regionPhrase(round);
    const r: ResultDocument = { id, level: scheme[rank]!.key, statement };
    if (parent >= 0) {
      r.parent = results[parent]!.id;
      if (s.crosscutting > 0 && rng.chance(s.crosscutting)) {
        // Another result at the parent's level, among the recent ones (mostly the same agency tree).
        const peers = atLevel[rankOf[parent]!]!;
        const window = Math.min(peers.length, 64);
        if (window > 1) {
          const back = rng.int(window);
          let other = peers[peers.length - 1 - back]!;
          if (other === parent) other = peers[peers.length - 1 - ((back + 1) % window)]!;
          r.contributesTo = [results[other]!.id];
        }
      }
    }
    if (s.indicators > 0) {
      const inds: Indicator[] = new Array<Indicator>(s.indicators);
      const first = rng.int(INDICATOR_KINDS);
      const scope = lowerPhrase(statement.slice(statement.indexOf(' ') + 1));
      const verb = leaf ? verbOfOutput(combo) : verbOfOutcome(combo);
      rng.int(1 << 16); // the draw that picked the wording before, kept so that a seed gives the same tree shape
      for (let k = 0; k < s.indicators; k++) {
        inds[k] = makeIndicator(`${id}.${k + 1}`, scope, leaf, (first + k) % INDICATOR_KINDS, Math.floor(k / INDICATOR_KINDS), verb);
      }
      r.indicators = inds;
    }
    const tier = tierOf[rank]!;
    const positions = POSITIONS[tier]!;
    r.owner = { unit: tier === 0 ? 'Pimpinan' : UNITS[obj % UNITS.length]!, position: positions[rng.int(positions.length)]! };
    if (leaf && rng.chance(0.6)) {
      const b = ++budgetCounter;
      const program = `${1 + (rootNo % 9)}.${String(1 + (obj % 30)).padStart(2, '0')}.${String(1 + (b % 12)).padStart(2, '0')}`;
      const activity = `${program}.2.${String(1 + (b % 20)).padStart(2, '0')}`;
      r.budget = { program, activity, subActivity: `${activity}.${String(b % 10000).padStart(4, '0')}` };
    }
    results.push(r);
    objectOf.push(obj);
    rankOf.push(rank);
    atLevel[rank]!.push(idx);
    return idx;
  };

  // Builds the subtree of `size` results at level `rank`; iterative over an explicit stack.
  type Frame = { rank: number; size: number; parent: number };
  const build = (root: Frame): void => {
    const stack: Frame[] = [root];
    while (stack.length > 0) {
      const f = stack.pop()!;
      const idx = addResult(f.rank, f.parent);
      let rest = f.size - 1;
      if (rest === 0) continue;
      let c = nextReq[f.rank]!;
      const o = optBelow[f.rank]!;
      let [cMin, cMax] = sizesOf(c);
      if (o >= 0 && rng.chance(s.optional)) {
        const [oMin, oMax] = sizesOf(o);
        if (Math.ceil(rest / oMax) <= Math.floor(rest / oMin)) {
          c = o;
          cMin = oMin;
          cMax = oMax;
        }
      }
      const kLo = Math.max(1, Math.ceil(rest / cMax));
      const kHi = Math.min(m, Math.floor(rest / cMin));
      // Mostly two children or more: a single child is a review finding ("single-child").
      const k = rng.between(kHi >= 2 ? Math.max(kLo, 2) : kLo, kHi);
      let extra = rest - k * cMin;
      const room = cMax - cMin;
      const frames: Frame[] = new Array<Frame>(k);
      for (let i = 0; i < k; i++) {
        const left = k - 1 - i;
        const lo = Math.max(0, extra - left * room);
        const hi = Math.min(room, extra);
        const e = left === 0 ? extra : Math.min(hi, Math.max(lo, Math.round((extra / (left + 1)) * (0.5 + rng.next()))));
        extra -= e;
        rest -= cMin + e;
        frames[i] = { rank: c, size: cMin + e, parent: idx };
      }
      // Push in reverse so that children come out in order (depth first, document order).
      for (let i = k - 1; i >= 0; i--) stack.push(frames[i]!);
    }
  };

  let remaining = n;
  const rootMin = minSize[0]!;
  const rootMax = Math.max(rootMin, Math.min(maxSize[0]!, s.perRoot));
  while (remaining > 0) {
    let rank = 0;
    let size: number;
    if (remaining < rootMin) {
      // Too few results for a full chain: start lower, at the level whose chain fits exactly.
      rank = minSize.findIndex((d, r) => d === remaining && scheme[r]!.optional !== true);
      if (rank < 0) rank = last;
      size = rank === last ? 1 : remaining;
    } else if (remaining <= rootMax) size = remaining;
    else size = rng.between(Math.max(rootMin, Math.ceil(rootMax / 4)), Math.min(rootMax, remaining - rootMin));
    build({ rank, size, parent: -1 });
    rootNo++;
    remaining -= size;
  }

  // Langkah 1 and 2 for the first tree: the CSFs are its second-level results.
  const csf: Csf[] = [];
  for (const i of atLevel[Math.min(1, last)]!) {
    if (csf.length >= 8) break;
    const stmt = results[i]!.statement;
    csf.push({ problem: `Rendahnya ${OBJECTS_LOWER[objectOf[i]!]!}`, desiredCondition: stmt, result: results[i]!.id });
  }
  const doc: CascadeDocument = {
    pokin: 1,
    title: options.title ?? `Pohon Kinerja Sintetis (${n} hasil, seed ${seed})`,
    agency: { name: AGENCIES[((seed % AGENCIES.length) + AGENCIES.length) % AGENCIES.length]!, code: '5.03.0.00.0.00.01.0000' },
    period: { start: s.period.start, end: s.period.end },
    levels:
      typeof options.levels === 'string' || options.levels === undefined ? (options.levels ?? 'permenpan-89') : schemeToDocument(scheme),
    context: {
      mandate: 'Melaksanakan urusan pemerintahan daerah sesuai dengan tugas dan fungsi perangkat daerah',
      strategicIssues: csf.map((c) => c.problem),
      expectations: ['Pelayanan publik yang cepat, mudah dan akuntabel'],
    },
    results,
  };
  if (csf.length > 0) doc.csf = csf;
  return options.extended === true ? extendDocument(doc, seed) : doc;
}

/** A level scheme as the document's inline `levels` list. */
function schemeToDocument(scheme: LevelScheme): NonNullable<CascadeDocument['levels']> {
  return scheme.map((l) => ({
    key: l.key,
    label: { id: l.label.id, en: l.label.en },
    tier: l.tier,
    ...(l.optional === undefined ? {} : { optional: l.optional }),
  }));
}

/**
 * Generates a document with {@link generateDocument} and parses it into a {@link Cascade}.
 *
 * @example
 * ```ts
 * const cascade = generateCascade({ results: 1000, maxChildren: 4, indicatorsPerResult: 2, crosscutting: 0.05, seed: 42 });
 * ```
 */
export function generateCascade(options: GenerateOptions): Cascade {
  return parseCascade(generateDocument(options));
}
