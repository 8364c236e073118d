/**
 * The indicator (IK) changes of one matched result: indicators matched by id, then by the same
 * statement, then by a similar statement; then field and target changes of each matched pair.
 *
 * @module
 */
import type { Value } from '../schema.js';
import { readValue } from '../review/number.utils.js';
import { matchSimilar } from './similar.js';
import type { DiffChange } from './types.js';
import type { DiffIndicator } from './version.js';

type Ind = DiffIndicator;
/** The row fields a result-level caller fills in. */
export type RowBase = Pick<DiffChange, 'oldId' | 'newId' | 'matchedBy' | 'level' | 'tier' | 'statement'>;

const name = (ind: Ind) => ind.id ?? ind.statement;
const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Pairs the indicators of two versions of a result: new index to old index. */
function pairIndicators(olds: readonly Ind[], news: readonly Ind[], similarity: number): Map<number, number> {
  const out = new Map<number, number>();
  const used = new Set<number>();
  const take = (test: (o: Ind, n: Ind) => boolean) => {
    news.forEach((n, j) => {
      if (out.has(j)) return;
      const i = olds.findIndex((o, k) => !used.has(k) && test(o, n));
      if (i === -1) return;
      out.set(j, i);
      used.add(i);
    });
  };
  take((o, n) => o.id !== undefined && o.id === n.id);
  take((o, n) => norm(o.statement) === norm(n.statement));
  const restOld = olds.flatMap((o, i) => (used.has(i) ? [] : [{ key: String(i), text: o.statement }]));
  const restNew = news.flatMap((n, j) => (out.has(j) ? [] : [{ key: String(j), text: n.statement }]));
  for (const [j, i] of matchSimilar(restOld, restNew, similarity)) out.set(Number(j), Number(i));
  return out;
}

/** True when both versions list the same indicator ids in the same order: the usual case, paired by position. */
function sameIds(olds: readonly Ind[], news: readonly Ind[]): boolean {
  if (olds.length !== news.length) return false;
  for (let i = 0; i < olds.length; i++) if (olds[i]!.id === undefined || olds[i]!.id !== news[i]!.id) return false;
  return true;
}

/**
 * True when two target series hold the same values for the same years (checked without sorting).
 * Year keys are integer-like, which engines keep in a slow (sparse) store: one `Object.keys` each
 * reads them faster than `for...in` does.
 */
function sameTargets(a: Ind['targets'], b: Ind['targets']): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const years = Object.keys(a);
  if (years.length !== Object.keys(b).length) return false;
  for (const year of years) if (a[year] !== b[year] && !sameValue(a[year], b[year])) return false;
  return true;
}

/**
 * Two values a reader takes as the same: equal, or one number however written (`250`, `"250"`,
 * `"250,0"`), which a round trip through a spreadsheet may turn one into the other.
 */
function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const x = typeof a === 'number' ? a : numberIn(a);
  return x !== undefined && x === (typeof b === 'number' ? b : numberIn(b));
}

const numberIn = (text: string): number | undefined => {
  const read = readValue(text);
  return read.kind === 'number' ? read.value : undefined;
};

const sameBaseline = (a: Ind['baseline'], b: Ind['baseline']) =>
  a === b || (a !== undefined && b !== undefined && a.year === b.year && sameValue(a.value, b.value));
const baselineText = (b: Ind['baseline']) => (b === undefined ? null : `${b.year}: ${b.value}`);
const value = (v: Value | undefined): string | number | null => (v === undefined ? null : v);

/** The indicator changes between two versions of a matched result, in the new version's order, removed ones last. */
export function diffIndicators(base: RowBase, olds: readonly Ind[], news: readonly Ind[], similarity: number): DiffChange[] {
  const out: DiffChange[] = [];
  const row = (kind: DiffChange['kind'], indicator: string, rest: Partial<DiffChange> = {}): DiffChange => ({
    ...base,
    kind,
    indicator,
    field: null,
    year: null,
    link: null,
    from: null,
    to: null,
    ...rest,
  });
  /** The changes of one matched pair of indicators. */
  const compare = (o: Ind, n: Ind) => {
    const field = (f: 'statement' | 'unit' | 'polarity' | 'baseline', from: string | null, to: string | null) => {
      if (from !== to) out.push(row('indicator-changed', name(n), { field: f, from, to }));
    };
    field('statement', o.statement, n.statement);
    field('unit', o.unit ?? null, n.unit ?? null);
    field('polarity', o.polarity ?? null, n.polarity ?? null);
    if (!sameBaseline(o.baseline, n.baseline)) field('baseline', baselineText(o.baseline), baselineText(n.baseline));
    if (!sameTargets(o.targets, n.targets)) {
      const years = [...new Set([...Object.keys(o.targets ?? {}), ...Object.keys(n.targets ?? {})])].sort();
      for (const year of years) {
        const from = value(o.targets?.[year]);
        const to = value(n.targets?.[year]);
        if (!sameValue(o.targets?.[year], n.targets?.[year])) out.push(row('target-changed', name(n), { year, from, to }));
      }
    }
  };
  if (sameIds(olds, news)) {
    for (let i = 0; i < olds.length; i++) compare(olds[i]!, news[i]!);
    return out;
  }
  const pairs = pairIndicators(olds, news, similarity);
  const matchedOld = new Set(pairs.values());
  news.forEach((n, j) => {
    const i = pairs.get(j);
    if (i === undefined) out.push(row('indicator-added', name(n), { to: n.statement }));
    else compare(olds[i]!, n);
  });
  olds.forEach((o, i) => {
    if (!matchedOld.has(i)) out.push(row('indicator-removed', name(o), { from: o.statement }));
  });
  return out;
}
