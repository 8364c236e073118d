/**
 * A deterministic generator of realistic cascades, for tests and benchmarks: level schemes
 * respected, Indonesian-like statements, indicators with units, baselines and targets, owners,
 * budget codes and crosscutting links.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import type { LevelScheme } from '../levels.js';
import { parseCascade } from '../parse.js';
import type { CascadeDocument, Csf, Indicator, ResultDocument } from '../schema.js';
import { extendDocument } from './extend.js';
import { INDICATOR_KINDS, makeIndicator } from './indicators.js';
import { mulberry32 } from './random.js';
import { prefixes, resolveSettings, tierIndex, type GenerateOptions } from './settings.js';
import {
  OBJECTS_LOWER,
  OUTCOME_SPACE,
  OUTCOME_STRIDE,
  OUTPUT_SPACE,
  OUTPUT_STRIDE,
  lowerPhrase,
  outcomeStatement,
  outputStatement,
  regionPhrase,
  verbOfOutcome,
  verbOfOutput,
} from './statements.js';
import { AGENCIES, OBJECTS, POSITIONS, UNITS } from './vocabulary.js';

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
  const s = resolveSettings(options);
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
  const indicatorContext = { rng, years, baseYear: s.period.start - 1 };

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
        inds[k] = makeIndicator(
          indicatorContext,
          `${id}.${k + 1}`,
          scope,
          leaf,
          (first + k) % INDICATOR_KINDS,
          Math.floor(k / INDICATOR_KINDS),
          verb,
        );
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
