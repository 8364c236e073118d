/**
 * The texts the text rules read, with where they are, and the walk of the character rules
 * (`mixed-script`, `suspicious-character`): every text of the document, its results and its
 * indicators that holds a character outside printable ASCII.
 *
 * @module
 */
import type { Cascade } from '../../../cascade.js';
import { t } from '../../../localized.js';
import type { IndicatorNode, ResultNode, RuleVisitors } from '../../api.js';
import { hasNonAscii } from '../../text.utils.js';
import type { LocalizedText } from '../../types.js';

/** A text of the document a text rule reads, with where it is. */
export interface PlacedText {
  readonly text: string;
  readonly path: string;
  readonly field: LocalizedText;
}

/** Names of the fields text rules report on. */
export const FIELD = {
  statement: t('pernyataan kinerja', 'result statement'),
  indicator: t('IK', 'indicator'),
  unit: t('satuan', 'unit'),
  title: t('judul', 'title'),
  context: t('konteks (Langkah 1)', 'context (Step 1)'),
  csf: t('CSF (Langkah 2)', 'CSF (Step 2)'),
  owner: t('pemilik kinerja', 'owner'),
} as const;

/** The document-level texts (title, Langkah 1, Langkah 2), in document order. */
export function documentTexts(cascade: Cascade): PlacedText[] {
  const out: PlacedText[] = [{ text: cascade.title, path: 'title', field: FIELD.title }];
  const cx = cascade.context;
  if (cx !== undefined) {
    if (cx.mandate !== undefined) out.push({ text: cx.mandate, path: 'context.mandate', field: FIELD.context });
    cx.strategicIssues?.forEach((s, k) => out.push({ text: s, path: `context.strategicIssues[${k}]`, field: FIELD.context }));
    cx.expectations?.forEach((s, k) => out.push({ text: s, path: `context.expectations[${k}]`, field: FIELD.context }));
    if (cx.outcome !== undefined) out.push({ text: cx.outcome, path: 'context.outcome', field: FIELD.context });
  }
  cascade.csf.forEach((s, k) => {
    out.push({ text: s.problem, path: `csf[${k}].problem`, field: FIELD.csf });
    out.push({ text: s.desiredCondition, path: `csf[${k}].desiredCondition`, field: FIELD.csf });
  });
  return out;
}

const NO_TEXTS: readonly PlacedText[] = Object.freeze([]);

/**
 * A result's own texts (statement, owner) that hold a character outside printable ASCII: the only
 * ones the character rules look at. Most results have none, and then nothing is allocated.
 */
export function resultTextsBeyondAscii(r: ResultNode): readonly PlacedText[] {
  // The rules that ask run one after another on the same result: the last answer is kept, by the
  // record and its place (data only: a kept node would keep the whole review alive).
  if (r.record === lastRecord && r.index === lastIndex) return lastTexts;
  lastTexts = readResultTexts(r);
  lastRecord = r.record;
  lastIndex = r.index;
  return lastTexts;
}

let lastRecord: ResultNode['record'] | undefined;
let lastIndex = -1;
let lastTexts: readonly PlacedText[] = [];

function readResultTexts(r: ResultNode): readonly PlacedText[] {
  const o = r.record.owner;
  const statement = hasNonAscii(r.statement);
  const unit = o?.unit !== undefined && hasNonAscii(o.unit);
  const position = o?.position !== undefined && hasNonAscii(o.position);
  if (!statement && !unit && !position) return NO_TEXTS;
  const out: PlacedText[] = [];
  if (statement) out.push({ text: r.statement, path: r.path('statement'), field: FIELD.statement });
  if (unit) out.push({ text: o.unit, path: r.path('owner.unit'), field: FIELD.owner });
  if (position) out.push({ text: o.position, path: r.path('owner.position'), field: FIELD.owner });
  return out;
}

/** An indicator's texts (statement, unit) that hold a character outside printable ASCII; see {@link resultTextsBeyondAscii}. */
export function indicatorTextsBeyondAscii(ind: IndicatorNode): readonly PlacedText[] {
  if (ind.record === lastIndicator && ind.result.index === lastIndicatorAt[0] && ind.index === lastIndicatorAt[1])
    return lastIndicatorTexts;
  lastIndicatorTexts = readIndicatorTexts(ind);
  lastIndicator = ind.record;
  lastIndicatorAt[0] = ind.result.index;
  lastIndicatorAt[1] = ind.index;
  return lastIndicatorTexts;
}

let lastIndicator: IndicatorNode['record'] | undefined;
const lastIndicatorAt = [-1, -1];
let lastIndicatorTexts: readonly PlacedText[] = [];

function readIndicatorTexts(ind: IndicatorNode): readonly PlacedText[] {
  const { statement, unit } = ind.record;
  const inStatement = hasNonAscii(statement);
  const inUnit = unit !== undefined && hasNonAscii(unit);
  if (!inStatement && !inUnit) return NO_TEXTS;
  const out: PlacedText[] = [];
  if (inStatement) out.push({ text: statement, path: ind.path('statement'), field: FIELD.indicator });
  if (inUnit) out.push({ text: unit, path: ind.path('unit'), field: FIELD.unit });
  return out;
}

/** The node a text belongs to, for the report: its result or its indicator (neither for the document's texts). */
export interface TextOwner {
  readonly result?: ResultNode;
  readonly indicator?: IndicatorNode;
}

/** Visitors that call `check` once for each text beyond ASCII, with the node it belongs to. */
export function textsBeyondAscii(check: (text: PlacedText, owner: TextOwner) => void): RuleVisitors {
  const each = (texts: readonly PlacedText[], owner: TextOwner): void => {
    for (const t of texts) if (hasNonAscii(t.text)) check(t, owner);
  };
  return {
    document: (doc) => each(documentTexts(doc.cascade), {}),
    result(r) {
      const texts = resultTextsBeyondAscii(r);
      if (texts.length > 0) each(texts, { result: r });
    },
    indicator(ind) {
      const texts = indicatorTextsBeyondAscii(ind);
      if (texts.length > 0) each(texts, { indicator: ind });
    },
  };
}
