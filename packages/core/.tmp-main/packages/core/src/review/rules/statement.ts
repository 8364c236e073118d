/**
 * Statement rules: the form of a result statement per level. Outcomes state a condition or a
 * change ("Meningkatnya ...", "Terwujudnya ..."), outputs state what is delivered ("Tersedianya
 * ...", "Tersusunnya ..."), neither is an activity ("Pelaksanaan ...", "Koordinasi ...") or a
 * problem ("Rendahnya ..."). The form is read from Indonesian affixes (pe-an, -asi, me-, ter-/di-
 * ...-nya) rather than a fixed word list; see `text.utils.ts`.
 *
 * @module
 */
import type { ReviewContext } from '../context.js';
import { resultPath } from '../context.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';
import { compoundPredicate, normalizeStatement, redundantPair, statementForm, wordCount, type HeadForm } from '../text.utils.js';

/** Outcome statements outside the results: Langkah 1's outcome and Langkah 2's desired conditions. */
function documentOutcomes(ctx: ReviewContext): { readonly text: string; readonly path: string }[] {
  const out: { text: string; path: string }[] = [];
  const outcome = ctx.cascade.context?.outcome;
  if (outcome !== undefined && outcome.trim() !== '') out.push({ text: outcome, path: 'context.outcome' });
  ctx.cascade.csf.forEach((c, k) => out.push({ text: c.desiredCondition, path: `csf[${k}].desiredCondition` }));
  return out;
}

const capital = (w: string): string => (w === '' ? w : w[0]!.toUpperCase() + w.slice(1));

/** An outcome phrased as an activity. */
export const outcomeAsActivity = defineRule({
  id: 'outcome-as-activity',
  defaultSeverity: 'warning',
  family: 'statement',
  description: {
    id: 'Outcome (juga outcome Langkah 1 dan kondisi yang diinginkan CSF) tidak dirumuskan sebagai kegiatan ("Pelaksanaan ...", "Koordinasi ...", "Peningkatan ...").',
    en: 'An outcome (also Langkah 1\'s outcome and a CSF\'s desired condition) is not phrased as an activity ("Pelaksanaan ...", "Koordinasi ...", "Peningkatan ...").',
  },
  messages: ['outcomeAsActivity'],
  check(ctx, report) {
    for (const d of documentOutcomes(ctx)) {
      const f = statementForm(normalizeStatement(d.text));
      if (f.form === 'activity') report({ path: d.path, message: messages.outcomeAsActivity({ head: capital(f.head) }) });
    }
    eachResult(ctx, 'outcome', (i, form) => {
      if (form === 'activity') report({ result: i, path: resultPath(i, 'statement'), message: messages.outcomeAsActivity({ head: capital(headOf(ctx, i)) }) });
    });
  },
});

/** An outcome phrased as a delivered output. */
export const outcomeAsOutput = defineRule({
  id: 'outcome-as-output',
  defaultSeverity: 'warning',
  family: 'statement',
  description: {
    id: 'Outcome tidak dirumuskan sebagai output yang diserahkan ("Tersedianya ...", "Terlaksananya ...", "Terkelolanya ..."), tetapi sebagai perubahan kondisi (kecuali menyebut mutu yang dicapai: "... yang baik").',
    en: 'An outcome is not phrased as a delivered output ("Tersedianya ...", "Terlaksananya ...", "Terkelolanya ...") but as a change in condition (unless it names the quality reached: "... yang baik").',
  },
  messages: ['outcomeAsOutput'],
  check(ctx, report) {
    for (const d of documentOutcomes(ctx)) {
      const f = statementForm(normalizeStatement(d.text));
      if (f.form === 'output') report({ path: d.path, message: messages.outcomeAsOutput({ head: capital(f.head) }) });
    }
    eachResult(ctx, 'outcome', (i, form) => {
      // "Terselenggaranya pemerintahan yang baik" names the quality reached: a condition.
      if (form === 'output' && !QUALITY.test(ctx.norm[i]!)) report({ result: i, path: resultPath(i, 'statement'), message: messages.outcomeAsOutput({ head: capital(headOf(ctx, i)) }) });
    });
  },
});

const QUALITY =
  /\b(?:baik|optimal|berkualitas|prima|memadai|efektif|efisien|akuntabel|transparan|andal|handal|profesional|berintegritas|kondusif|aman|sehat|bersih|tertib|lancar|mandiri|berdaya|sejahtera|maju|unggul|inovatif|responsif|kompeten|produktif|merata|berkelanjutan|terintegrasi|terpadu|modern|tangguh|inklusif|meningkat|menurun|tinggi|rendah|terkendali|tercapai|terpenuhi|terjamin|lestari|cerdas|religius|harmonis|nyaman|layak|terjangkau|berkeadilan|adil|stabil|kuat|tumbuh|berdaya saing|bermutu|partisipatif|kolaboratif|good|clean|akurat|mutakhir)\b/;
const CONDITION_MARKER = new RegExp(`\\byang\\b|${QUALITY.source}`);

/** An outcome that names no condition. */
export const outcomeNotCondition = defineRule({
  id: 'outcome-not-condition',
  defaultSeverity: 'info',
  family: 'statement',
  description: {
    id: 'Outcome menyatakan kondisi atau perubahan: kata kerja kondisi di awal ("Meningkatnya ...") atau sifat kondisinya ("... yang berkualitas").',
    en: 'An outcome expresses a condition or a change: a condition verb first ("Meningkatnya ...") or the quality it reaches ("... yang berkualitas").',
  },
  messages: ['outcomeNotCondition'],
  check(ctx, report) {
    eachResult(ctx, 'outcome', (i, form) => {
      if (form === 'other' && !CONDITION_MARKER.test(ctx.norm[i]!)) report({ result: i, path: resultPath(i, 'statement'), message: messages.outcomeNotCondition() });
    });
  },
});

/** An output phrased as an activity. */
export const outputAsActivity = defineRule({
  id: 'output-as-activity',
  defaultSeverity: 'warning',
  family: 'statement',
  description: {
    id: 'Output dirumuskan sebagai hasil yang diserahkan ("Tersedianya ...", "Tersusunnya ...", "Terlaksananya ..."), bukan sebagai kegiatan ("Penyusunan ...", "Fasilitasi ...").',
    en: 'An output states what is delivered ("Tersedianya ...", "Tersusunnya ...", "Terlaksananya ..."), not an activity ("Penyusunan ...", "Fasilitasi ...").',
  },
  messages: ['outputAsActivity'],
  check(ctx, report) {
    eachResult(ctx, 'output', (i, form) => {
      if (form === 'activity') report({ result: i, path: resultPath(i, 'statement'), message: messages.outputAsActivity({ head: capital(headOf(ctx, i)) }) });
    });
  },
});

/** An output phrased as a change in condition. */
export const outputAsOutcome = defineRule({
  id: 'output-as-outcome',
  defaultSeverity: 'info',
  family: 'statement',
  description: {
    id: 'Output tidak dirumuskan sebagai perubahan kondisi ("Meningkatnya ..."), yang merupakan outcome.',
    en: 'An output is not phrased as a change in condition ("Meningkatnya ..."), which is an outcome.',
  },
  messages: ['outputAsOutcome'],
  check(ctx, report) {
    eachResult(ctx, 'output', (i, form) => {
      if (form !== 'condition') return;
      const head = headOf(ctx, i);
      if (/^(?:me|ber)/.test(head)) report({ result: i, path: resultPath(i, 'statement'), message: messages.outputAsOutcome({ head: capital(head) }) });
    });
  },
});

/** A result phrased as a problem. */
export const statementAsProblem = defineRule({
  id: 'statement-as-problem',
  defaultSeverity: 'warning',
  family: 'statement',
  description: {
    id: 'Kinerja dan kondisi yang diinginkan CSF tidak dirumuskan sebagai masalah ("Rendahnya ...", "Kurangnya ...", "Belum ...").',
    en: 'Results and CSF desired conditions are not phrased as problems ("Rendahnya ...", "Kurangnya ...", "Belum ...").',
  },
  messages: ['statementAsProblem'],
  check(ctx, report) {
    for (const d of documentOutcomes(ctx)) {
      const f = statementForm(normalizeStatement(d.text));
      if (f.form === 'problem') report({ path: d.path, message: messages.statementAsProblem({ head: capital(f.head) }) });
    }
    eachResult(ctx, 'any', (i, form) => {
      if (form === 'problem') report({ result: i, path: resultPath(i, 'statement'), message: messages.statementAsProblem({ head: capital(headOf(ctx, i)) }) });
    });
  },
});

/** "Terlaksananya Pelaksanaan ...". */
export const redundantWording = defineRule({
  id: 'redundant-wording',
  defaultSeverity: 'info',
  family: 'statement',
  description: {
    id: 'Kata kerja output tidak diikuti kata benda kegiatan dari kata dasar yang sama ("Terlaksananya Pelaksanaan ...", "Tersusunnya Penyusunan ...").',
    en: 'An output verb is not followed by the activity noun of the same root ("Terlaksananya Pelaksanaan ...", "Tersusunnya Penyusunan ...").',
  },
  messages: ['redundantWording'],
  check(ctx, report) {
    const { records, norm } = ctx;
    for (let i = 0; i < records.length; i++) {
      const pair = redundantPair(norm[i]!);
      if (pair !== undefined) report({ result: i, path: resultPath(i, 'statement'), message: messages.redundantWording({ first: capital(pair[0]), second: capital(pair[1]) }) });
    }
  },
});

/** Two results in one statement. */
export const compoundStatement = defineRule({
  id: 'compound-statement',
  defaultSeverity: 'info',
  family: 'statement',
  description: {
    id: 'Satu pernyataan memuat satu kinerja: bukan "Meningkatnya X dan menurunnya Y".',
    en: 'One statement holds one result: not "Meningkatnya X dan menurunnya Y".',
  },
  messages: ['compoundStatement'],
  check(ctx, report) {
    const { records, norm } = ctx;
    for (let i = 0; i < records.length; i++) {
      if (!norm[i]!.includes('nya')) continue;
      const second = compoundPredicate(norm[i]!);
      if (second !== undefined) report({ result: i, path: resultPath(i, 'statement'), message: messages.compoundStatement({ second }) });
    }
  },
});

/** Most words a statement should need. */
export const MAX_STATEMENT_WORDS = 25;

/** A statement too long or too short. */
export const statementLength = defineRule({
  id: 'statement-length',
  defaultSeverity: 'info',
  family: 'statement',
  description: {
    id: `Pernyataan kinerja ringkas tetapi lengkap: lebih dari satu kata, paling banyak ${MAX_STATEMENT_WORDS} kata.`,
    en: `A statement is brief but complete: more than one word, at most ${MAX_STATEMENT_WORDS} words.`,
  },
  messages: ['statementTooLong', 'statementTooShort'],
  check(ctx, report) {
    const { records, norm } = ctx;
    for (let i = 0; i < records.length; i++) {
      const n = wordCount(norm[i]!);
      if (n > MAX_STATEMENT_WORDS) report({ result: i, path: resultPath(i, 'statement'), message: messages.statementTooLong({ words: n, max: MAX_STATEMENT_WORDS }) });
      else if (n < 2) report({ result: i, path: resultPath(i, 'statement'), message: messages.statementTooShort({ words: n }) });
    }
  },
});

/** Form codes, so the per-result forms of a review fit in one byte array. */
const FORM_CODES = ['condition', 'output', 'activity', 'problem', 'other'] as const;

/**
 * Runs `fn` for each result whose level profile matches, with the form of its statement (computed
 * once per review; the head word is cut only for a finding, see {@link headOf}).
 */
function eachResult(ctx: ReviewContext, kind: 'outcome' | 'output' | 'any', fn: (i: number, form: HeadForm) => void): void {
  const forms = ctx.memo(formsOf, () => formsOf(ctx));
  const { profile } = ctx;
  for (let i = 0; i < forms.length; i++) {
    const p = profile[i]!.statement;
    if (kind === 'any' ? p === 'none' : p !== kind) continue;
    const form = FORM_CODES[forms[i]!]!;
    if (form === 'other' && kind !== 'outcome') continue;
    fn(i, form);
  }
}

/** The first word of result `i`'s normalised statement. */
function headOf(ctx: ReviewContext, i: number): string {
  const norm = ctx.norm[i]!;
  const sp = norm.indexOf(' ');
  return sp < 0 ? norm : norm.slice(0, sp);
}

function formsOf(ctx: ReviewContext): Uint8Array {
  const { norm } = ctx;
  const out = new Uint8Array(norm.length);
  for (let i = 0; i < norm.length; i++) out[i] = FORM_CODES.indexOf(statementForm(norm[i]!).form);
  return out;
}

/** The statement rules. */
export const statementRules = [
  outcomeAsActivity,
  outcomeAsOutput,
  outcomeNotCondition,
  outputAsActivity,
  outputAsOutcome,
  statementAsProblem,
  redundantWording,
  compoundStatement,
  statementLength,
] as const;
