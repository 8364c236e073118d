/**
 * Helpers the built-in rules share: fuzzy sameness of statements, level words, values.
 *
 * @module
 */
import type { Cascade } from '../../../cascade.js';
import type { IndicatorNode, LevelRole, ResultNode, RuleContext, RuleVisitors } from '../../api.js';
import { ACTIVITY_NOUNS, CONDITION_NOUNS, PROGRAM_THINGS, QUALITY_WORDS } from '../../lexicon/words.js';
import { readValue } from '../../number.utils.js';
import { IndicatorNodeImpl } from '../../nodes.indicator.js';
import { ResultNodeImpl } from '../../nodes.js';
import { seriesOfNode, type TargetSeries } from '../../series.js';
import { classifyHead, statementForm } from '../../text.utils.js';
import type { Value } from '../../../schema.js';
import type { Locale } from '../../../renderer.js';
import { numberText } from '../../engine.js';
import type { LocalizedText } from '../../types.js';

export { activityOf } from './activity.js';
export { countsIncoming } from './incoming.js';
export { directional } from './directional.js';
export { differenceWhere, valueDifference } from './values.js';

/** Renstra nomenclature levels: their statements are names from the budget classification. */
export const isNomenclature = (role: LevelRole | undefined): boolean =>
  role === 'program' || role === 'kegiatan' || role === 'sub-kegiatan';

/** True when a result says what its parent `p` says (the same words, or the same content after stemming and synonyms). */
export function restates(r: ResultNode, p: ResultNode): boolean {
  if (r.norm === '') return false;
  return r.norm === p.norm || r.sameStems(p);
}

/** The word for a result's level in both languages ("Intermediate Outcome", "Sasaran", "kinerja" when unknown). */
export function levelWord(r: ResultNode): LocalizedText {
  return r.level?.label ?? { id: 'kinerja', en: 'result' };
}

/**
 * A value as written, for a message: text as it is (cut at 40 characters), a number as a number
 * (the message writes it with its language's decimal mark), without the noise of binary
 * fractions (a sum of quarters 0,1 + 0,2 is 0,3).
 */
export const show = (v: Value): string | number =>
  typeof v === 'number' ? Number(v.toPrecision(12)) : v.length > 40 ? `${v.slice(0, 39)}…` : v;

/** The number a value reads as, or undefined (ranges, grades and text). */
export function numberOf(v: Value): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const r = readValue(v);
  return r.kind === 'number' ? r.value : undefined;
}

/**
 * True when a normalised statement names the quality a condition reaches ("... yang baik",
 * "akuntabel"). A clause of means ("... melalui pengembangan kelompok usaha produktif") names how,
 * not what is reached: its words do not count, nor do the words of `ignore`.
 */
export function namesQuality(norm: string, ignore?: ReadonlySet<string>): boolean {
  const means = norm.indexOf(' melalui ');
  const ws = (means < 0 ? norm : norm.slice(0, means)).split(' ');
  const quality = (w: string): boolean => QUALITY_WORDS.has(w) && ignore?.has(w) !== true;
  for (let i = 0; i < ws.length; i++) if (quality(ws[i]!) || (i + 1 < ws.length && quality(`${ws[i]} ${ws[i + 1]}`))) return true;
  return false;
}

/** Outcome statements outside the results: Langkah 1's outcome and Langkah 2's desired conditions. */
export function documentOutcomes(cascade: Cascade): { readonly text: string; readonly path: string }[] {
  const out: { text: string; path: string }[] = [];
  const outcome = cascade.context?.outcome;
  if (outcome !== undefined && outcome.trim() !== '') out.push({ text: outcome, path: 'context.outcome' });
  cascade.csf.forEach((c, k) => out.push({ text: c.desiredCondition, path: `csf[${k}].desiredCondition` }));
  return out;
}

/** True when `a` is `b`'s parent (primary or crosscutting) or the other way round. */
export function linked(a: ResultNode, b: ResultNode): boolean {
  return a.parents.includes(b) || b.parents.includes(a);
}

/** True when `anc` is on `r`'s chain of primary parents (looked at up to 64 levels up). */
export function isAncestor(anc: ResultNode, r: ResultNode): boolean {
  let p = r.parent;
  for (let d = 0; p !== undefined && d < 64; d++, p = p.parent) if (p === anc) return true;
  return false;
}

/**
 * Per result, its first indicator with a fuzzy key. A result has a handful of indicators, which
 * are scanned (nothing allocated); a result with many gets a map, built on first use and kept.
 */
export function indicatorIndex(): (r: ResultNode, key: string) => IndicatorNode | undefined {
  const large = new Map<ResultNode, Map<string, IndicatorNode>>();
  return (r, key) => {
    if (key === '') return undefined;
    const inds = r.indicators;
    if (inds.length <= 16) {
      for (const ind of inds) if (ind.key === key) return ind;
      return undefined;
    }
    let m = large.get(r);
    if (m === undefined) {
      m = new Map();
      for (const ind of inds) if (ind.key !== '' && !m.has(ind.key)) m.set(ind.key, ind);
      large.set(r, m);
    }
    return m.get(key);
  };
}

/** True when a child's indicator restates its parent's (child-restates-parent reports it; nomenclature levels may repeat a box). */
export function restatesCounted(r: ResultNode, p: ResultNode): boolean {
  return restates(r, p) && !isNomenclatureName(r) && !isNomenclatureName(p);
}

/**
 * True when a result at a Renstra nomenclature level (program, kegiatan, sub kegiatan) carries a
 * name ("Program Penunjang ...", "Penyediaan Gaji ...") rather than a condition; a program phrased
 * as a condition ("Meningkatnya ...") is judged like an outcome.
 */
export function isNomenclatureName(r: ResultNode): boolean {
  return isNomenclature(r.level?.role) && r.form !== 'condition' && r.form !== 'output' && r.form !== 'problem';
}

/** True when a normalised text opens as a result: a condition in -nya, or an output. */
function statementLike(norm: string): boolean {
  const { form, head } = statementForm(norm);
  return (form === 'condition' && head.endsWith('nya')) || form === 'output';
}

/**
 * True when `word` is one of the indicator's words. The norm is searched first: most indicators do
 * not hold the word at all, and then their list of words is never made.
 */
export const hasWord = (ind: IndicatorNode, word: string): boolean => ind.norm.includes(word) && ind.words.includes(word);

/**
 * True when an indicator is worded as a result ("Meningkatnya jumlah tenaga kesehatan",
 * "Tersedianya dokumen ..."), not as a measure: `indicator-as-statement` reports it, and the rules
 * that ask what such an indicator lacks (its unit) leave it, so one cause is reported once.
 */
export function wordedAsStatement(ind: IndicatorNode): boolean {
  if (statementLike(ind.norm)) return true;
  // "Tersusun dan Terlaksananya Kurikulum ...": two results joined, the second written in full.
  const and = ind.norm.indexOf(' dan ');
  if (and > 0 && and < 20 && !ind.norm.slice(0, and).includes(' ') && statementLike(ind.norm.slice(and + 5))) return true;
  // "Tertib ketatausahaan ...", "Optimal ...": a quality reached, with no measure named.
  return ind.measure === 'other' && QUALITY_WORDS.has(ind.head);
}

/**
 * True when `noun` (followed by `next`) names an activity rather than a condition: a listed activity
 * noun or a pe-...-an/-asi form ("Pengelolaan", "Stabilisasi"), not a condition noun ("Pelayanan")
 * nor a me- verb ("Meningkatnya melek huruf").
 */
export function isActivityNoun(noun: string, next: string): boolean {
  // ("Program studi ...", a study programme: a thing counted, not a programme of work; "Pemenuhan
  // hak anak": rights fulfilled, the condition a child protection or disability service reaches,
  // as "Pemenuhan standar pelayanan" is standards met, the compliance an Ombudsman watches over,
  // and "Pemenuhan pelayanan dasar" or "... kebutuhan air minum" the basic services or needs met
  // (the SPM's words, PP 2/2018), the condition a Badan Pengelola Perbatasan reaches;
  // "Perubahan perilaku ...": behaviour changed, the condition a pembinaan or a promosi reaches;
  // "Pelaksanaan putusan ...": a court's verdicts carried out by the parties they bind, compliance)
  if (
    noun.startsWith('me') ||
    CONDITION_NOUNS.has(noun) ||
    (noun === 'program' && PROGRAM_THINGS.has(next)) ||
    (noun === 'pemenuhan' && (next === 'hak' || next === 'standar' || next === 'pelayanan' || next === 'kebutuhan')) ||
    (noun === 'perubahan' && next === 'perilaku') ||
    (noun === 'pelaksanaan' && next === 'putusan')
  )
    return false;
  return ACTIVITY_NOUNS.has(noun) || classifyHead(noun, next) === 'activity';
}

/** What an indicator of a result should measure: an outcome (rates, indices), an output (counts), or nothing judged. */
export function expectedMeasure(r: ResultNode): 'outcome' | 'output' | undefined {
  const role = r.level?.role;
  if (role === 'outcome' || role === 'program') return 'outcome';
  if (role === 'output' || role === 'sub-kegiatan') return 'output';
  return undefined;
}

/**
 * The baseline and targets that read as numbers or grades, in year order (the points of
 * {@link IndicatorNode.values} without an object per point); valid until the next call.
 */
export const series = (ind: IndicatorNode): TargetSeries => (ind instanceof IndicatorNodeImpl ? ind._series : seriesOfNode(ind));

/**
 * Calls `fn` with each of a result's {@link ResultNode.stems}, in no set order: for a rule that
 * reads every result's stems, without the sorted list made for each.
 */
export function eachStem(r: ResultNode, fn: (stem: string) => void): void {
  if (r instanceof ResultNodeImpl) r._eachStem(fn);
  else for (const s of r.stems) fn(s);
}

/** What {@link missingPerIndicator} reports with. */
export interface MissingPerIndicator {
  /** True when the indicator lacks the thing. */
  readonly lacks: (ind: IndicatorNode) => boolean;
  /** The indicator's field a finding points at. */
  readonly field: string;
  /** Whether the indicator needs the field at all; one that does not is neither reported nor counted. @default every indicator */
  readonly needs?: (ind: IndicatorNode) => boolean;
  /** The message for one indicator. */
  readonly each: { readonly messageId: string };
  /** The message for the document when every indicator that needs it lacks it, and there are three or more (with `{count}` and `{ids}`). */
  readonly all: { readonly messageId: string };
  /** The message for the document when most of them lack it (see {@link mostLack}; with `{count}`, `{total}` and `{ids}`). */
  readonly most: { readonly messageId: string };
}

/**
 * True when `missing` of `total` indicators is "most": four or more, and at least two in three.
 * An LHR then writes one sentence ("sebagian besar IK belum memiliki ...") rather than one per IK.
 */
export function mostLack(missing: number, total: number): boolean {
  return missing >= 4 && missing * 3 >= total * 2;
}

/** The first `most` labels, comma-separated, with "…" when there are more: the list a message names. */
export function firstOf(labels: readonly string[], most = 10): string {
  return labels.slice(0, most).join(', ') + (labels.length > most ? ', …' : '');
}

/** The indicators of a document-level finding, by id (or result id and number), the first ten. */
export function indicatorList(inds: readonly IndicatorNode[]): string {
  return firstOf(inds.slice(0, 11).map((ind) => ind.record.id ?? `${ind.result.id} #${ind.index + 1}`));
}

/**
 * Visitors of a rule that reports each indicator lacking something, or once for the document when
 * every indicator lacks it (three or more) or most do ({@link mostLack}, naming them): one finding
 * for a tree that skipped a step, not one per IK; "none of the 1 indicators" would read oddly.
 */
export function missingPerIndicator(context: RuleContext<unknown>, how: MissingPerIndicator): RuleVisitors {
  const missing: IndicatorNode[] = [];
  let total = 0;
  return {
    indicator(ind) {
      if (how.needs !== undefined && !how.needs(ind)) return;
      total++;
      if (how.lacks(ind)) missing.push(ind);
    },
    exit() {
      if (missing.length === 0) return;
      // Once for the document when a whole step was skipped; one or two indicators are named each.
      if (missing.length === total && total >= 3)
        context.report({ messageId: how.all.messageId, data: { count: total, ids: indicatorList(missing) }, path: 'results' });
      else if (mostLack(missing.length, total)) {
        const data = { count: missing.length, total, ids: indicatorList(missing) };
        context.report({ messageId: how.most.messageId, data, path: 'results' });
      } else for (const ind of missing) context.report({ messageId: how.each.messageId, indicator: ind, path: ind.path(how.field) });
    },
  };
}

/**
 * A statement named as a change: "Peningkatan ...", "Penurunan ...", "Kenaikan ...", "Pertumbuhan
 * ...", "Laju ...", or a percentage of one ("Persentase peningkatan ..."); the change word is group 1.
 */
const CHANGE_NAME = /^(?:(?:persentase|prosentase|presentase) )?(peningkatan|penurunan|kenaikan|pertumbuhan|laju) \S/;

/** The change word an indicator is named by ("peningkatan"), or undefined. */
export function changeWord(ind: IndicatorNode): string | undefined {
  const norm = ind.norm;
  // (one character decides for nearly every statement: the rest read on)
  const c = norm.charCodeAt(0);
  if (c !== 112 && c !== 107 && c !== 108) return undefined;
  return CHANGE_NAME.exec(norm)?.[1];
}

/**
 * A list for a message in each locale: `item` writes one entry, with `num` writing a value in the
 * locale's numbers (0,8 in Indonesian, 0.8 in English); the first `most` are joined as
 * {@link firstOf} joins them.
 */
export function localList<T>(items: readonly T[], item: (x: T, num: (v: Value) => string) => string, most = 5): LocalizedText {
  const list = (locale: Locale): string =>
    firstOf(
      items.map((x) =>
        item(x, (v) => {
          const shown = show(v);
          return typeof shown === 'number' ? numberText(shown, locale) : shown;
        }),
      ),
      most,
    );
  return { id: list('id'), en: list('en') };
}
