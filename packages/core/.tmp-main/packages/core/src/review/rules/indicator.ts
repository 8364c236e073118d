/**
 * Indicator rules: an indicator names a measure, outcomes are measured by rates and indices,
 * outputs by counts, and the unit agrees with the wording.
 *
 * @module
 */
import { indicatorPath, type ReviewContext } from '../context.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';
import { AS_STATEMENT, PROPORTION, countsDeliverables, indicatorFacts, indicatorNorm, measureOf, unitOf } from '../indicator-facts.js';
import { measureForm, statementForm } from '../text.utils.js';

const capital = (w: string): string => (w === '' ? w : w[0]!.toUpperCase() + w.slice(1));

/** An indicator phrased as a result statement. */
export const indicatorAsStatement = defineRule({
  id: 'indicator-as-statement',
  defaultSeverity: 'warning',
  family: 'indicator',
  description: {
    id: 'IK menyebut ukuran ("Persentase ...", "Indeks ...", "Jumlah ..."), bukan pernyataan kinerja ("Meningkatnya ...", "Tersedianya ...").',
    en: 'An indicator names a measure ("Persentase ...", "Indeks ...", "Jumlah ..."), not a result ("Meningkatnya ...", "Tersedianya ...").',
  },
  messages: ['indicatorAsStatement'],
  check(ctx, report) {
    const { records, indicatorStart } = ctx;
    const { flags } = indicatorFacts(ctx);
    for (let i = 0; i < records.length; i++) {
      for (let q = indicatorStart[i]!; q < indicatorStart[i + 1]!; q++) {
        if ((flags[q]! & AS_STATEMENT) !== 0) {
          const k = q - indicatorStart[i]!;
          const head = statementForm(indicatorNorm(ctx, q)).head;
          report({ result: i, indicator: k, path: indicatorPath(i, k, 'statement'), message: messages.indicatorAsStatement({ head: capital(head) }) });
        }
      }
    }
  },
});

/** An outcome measured by a count of deliverables. */
export const outcomeIndicatorOutput = defineRule({
  id: 'outcome-indicator-output',
  defaultSeverity: 'warning',
  family: 'indicator',
  description: {
    id: 'IK outcome tidak menghitung keluaran ("Jumlah dokumen ...", "Jumlah kegiatan ...").',
    en: 'An outcome indicator does not count deliverables ("Jumlah dokumen ...", "Jumlah kegiatan ...").',
  },
  messages: ['outcomeIndicatorOutput'],
  check(ctx, report) {
    eachIndicator(ctx, 'outcome', (i, k, q, code) => {
      if (measureOf(code) === 'count' && countsDeliverables(code)) {
        const deliverable = measureForm(indicatorNorm(ctx, q)).deliverable!;
        report({ result: i, indicator: k, path: indicatorPath(i, k, 'statement'), message: messages.outcomeIndicatorOutput({ deliverable }) });
      }
    });
  },
});

/** An outcome measured by a plain count. */
export const outcomeIndicatorCount = defineRule({
  id: 'outcome-indicator-count',
  defaultSeverity: 'info',
  family: 'indicator',
  description: {
    id: 'IK outcome sebaiknya ukuran relatif (persentase, indeks, nilai, rasio, tingkat), bukan jumlah.',
    en: 'An outcome indicator is better a relative measure (percentage, index, score, ratio, rate) than a count.',
  },
  messages: ['outcomeIndicatorCount'],
  check(ctx, report) {
    eachIndicator(ctx, 'outcome', (i, k, _q, code) => {
      if (measureOf(code) === 'count' && !countsDeliverables(code)) report({ result: i, indicator: k, path: indicatorPath(i, k, 'statement'), message: messages.outcomeIndicatorCount() });
    });
  },
});

/** An output measured by a rate or index. */
export const outputIndicatorRate = defineRule({
  id: 'output-indicator-rate',
  defaultSeverity: 'info',
  family: 'indicator',
  description: {
    id: 'IK output menghitung produk/layanan yang dihasilkan ("Jumlah ..."), bukan persentase atau indeks.',
    en: 'An output indicator counts the products or services delivered ("Jumlah ..."), not a percentage or index.',
  },
  messages: ['outputIndicatorRate'],
  check(ctx, report) {
    eachIndicator(ctx, 'output', (i, k, q, code) => {
      const form = measureOf(code);
      if (form === 'count' || form === 'other') return;
      const m = measureForm(indicatorNorm(ctx, q));
      if (m.form === 'percent' || m.form === 'index' || m.head === 'rasio' || m.head === 'tingkat' || m.head === 'prevalensi') {
        report({ result: i, indicator: k, path: indicatorPath(i, k, 'statement'), message: messages.outputIndicatorRate({ head: capital(m.head) }) });
      }
    });
  },
});

/** A unit that contradicts the wording. */
export const unitMismatch = defineRule({
  id: 'unit-mismatch',
  defaultSeverity: 'warning',
  family: 'indicator',
  description: {
    id: 'Satuan sesuai dengan bunyi IK: "Persentase" bersatuan %, "Jumlah" bersatuan benda/orang, "Indeks" bersatuan indeks/nilai.',
    en: 'The unit agrees with the wording: "Persentase" in %, "Jumlah" in things or people, "Indeks" in index points.',
  },
  messages: ['unitMismatch'],
  check(ctx, report) {
    const { records, indicatorStart, indicators } = ctx;
    const facts = indicatorFacts(ctx);
    for (let i = 0; i < records.length; i++) {
      const base = indicatorStart[i]!;
      for (let q = base; q < indicatorStart[i + 1]!; q++) {
        const u = unitOf(facts.unit[q]!);
        if (u === undefined) continue;
        const k = q - base;
        const form = measureOf(facts.measure[q]!);
        // "proporsi" heads a percentage that may also be written as a fraction.
        const proportion = form === 'percent' && (facts.flags[q]! & PROPORTION) !== 0;
        let expected: 'percent' | 'count' | 'index' | undefined;
        if (form === 'percent' && !proportion && (u === 'count' || u === 'index' || u === 'currency')) expected = 'percent';
        else if (proportion && u === 'count') expected = 'percent';
        else if (form === 'count' && (u === 'percent' || u === 'index')) expected = 'count';
        else if (form === 'index' && u === 'count') expected = 'index';
        if (expected !== undefined) {
          const head = measureForm(indicatorNorm(ctx, q)).head;
          const unit = indicators[q]!.unit!.trim();
          report({ result: i, indicator: k, path: indicatorPath(i, k, 'unit'), message: messages.unitMismatch({ head: capital(head), unit, expected }) });
        }
      }
    }
  },
});

/** An indicator without a unit. */
export const unitMissing = defineRule({
  id: 'unit-missing',
  defaultSeverity: 'warning',
  family: 'indicator',
  description: {
    id: 'Setiap IK punya satuan. Bila tidak satu pun IK bersatuan, temuan dilaporkan sekali untuk seluruh dokumen.',
    en: 'Every indicator has a unit. When no indicator has one, this is reported once for the whole document.',
  },
  messages: ['unitMissing', 'unitMissingAll'],
  check(ctx, report) {
    const { records, indicatorStart } = ctx;
    const { unit } = indicatorFacts(ctx);
    const total = unit.length;
    let withUnit = 0;
    for (let q = 0; q < total; q++) if (unit[q] !== 0) withUnit++;
    if (total === 0) return;
    if (withUnit === 0) {
      report({ path: 'results', message: messages.unitMissingAll({ count: total }) });
      return;
    }
    if (withUnit === total) return;
    for (let i = 0; i < records.length; i++) {
      const base = indicatorStart[i]!;
      for (let q = base; q < indicatorStart[i + 1]!; q++) {
        if (unit[q] === 0) report({ result: i, indicator: q - base, path: indicatorPath(i, q - base, 'unit'), message: messages.unitMissing() });
      }
    }
  },
});

/**
 * Runs `fn` for each indicator of the results whose level profile measures `kind`, with the
 * indicator's position `k` in its result, its position `q` in the flat lists and its measure code.
 */
function eachIndicator(ctx: ReviewContext, kind: 'outcome' | 'output', fn: (i: number, k: number, q: number, code: number) => void): void {
  const { records, profile, indicatorStart } = ctx;
  const measures = indicatorFacts(ctx).measure;
  for (let i = 0; i < records.length; i++) {
    if (profile[i]!.indicator !== kind) continue;
    const base = indicatorStart[i]!;
    for (let q = base; q < indicatorStart[i + 1]!; q++) fn(i, q - base, q, measures[q]!);
  }
}

/** The indicator rules. */
export const indicatorRules = [indicatorAsStatement, outcomeIndicatorOutput, outcomeIndicatorCount, outputIndicatorRate, unitMismatch, unitMissing] as const;
