/**
 * `indicator-as-statement`: an indicator names a measure, not a result, nor only repeats its
 * result's name. @module
 */
import { t } from '../../../localized.js';
import { defineRule, type IndicatorNode } from '../../api.js';
import { CHANGE_NOUNS, PEOPLE_NOUNS, QUALITY_WORDS, THING_NOUNS } from '../../lexicon/words.js';
import { capital, quote } from '../../text.utils.js';
import { isActivityNoun, wordedAsStatement } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'indicator-as-statement',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: t(
      'IK menyebut ukuran ("Persentase ...", "Indeks ...", "Jumlah ..."), bukan pernyataan kinerja ("Meningkatnya ...", "Tersedianya ...").',
      'An indicator names a measure ("Persentase ...", "Indeks ...", "Jumlah ..."), not a result ("Meningkatnya ...", "Tersedianya ...").',
    ),
    messages: {
      statement: t(
        'IK dirumuskan sebagai pernyataan kinerja ("{head} ..."), bukan ukuran: sebutkan apa yang diukur, misalnya "Persentase ...", "Indeks ...", "Jumlah ...".',
        'The indicator is phrased as a result ("{head} ..."), not a measure: name what is measured, e.g. "Persentase ...", "Indeks ...", "Jumlah ...".',
      ),
      repeats: t(
        'IK hanya mengulang nama kinerjanya ({statement}), bukan ukuran: sebutkan apa yang diukur dari kinerja itu beserta satuannya, misalnya "Jumlah ...", "Persentase ..." atau "Indeks ...".',
        'The indicator only repeats the name of its result ({statement}), not a measure: name what is measured of that result, with its unit, e.g. "Jumlah ...", "Persentase ..." or "Indeks ...".',
      ),
      condition: t(
        'IK menyebut kondisi yang diinginkan ("{condition} ..."), bukan ukurannya: sebutkan apa yang diukur dari kondisi itu, misalnya "Persentase ...", "Indeks ...", "Rata-rata ...", beserta satuannya.',
        'The indicator names the condition wanted ("{condition} ..."), not its measure: name what is measured of it, e.g. "Persentase ...", "Indeks ...", "Rata-rata ...", with its unit.',
      ),
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (wordedAsStatement(ind)) {
          context.report({ messageId: 'statement', data: { head: capital(ind.head) }, indicator: ind, path: ind.path('statement') });
          return;
        }
        if (repeatsResult(ind)) {
          context.report({
            messageId: 'repeats',
            data: { statement: quote(ind.record.statement, 60) },
            indicator: ind,
            path: ind.path('statement'),
          });
          return;
        }
        const condition = namedCondition(ind);
        if (condition !== undefined)
          context.report({ messageId: 'condition', data: { condition }, indicator: ind, path: ind.path('statement') });
      },
    };
  },
});

/** States a condition reaches besides the qualities ("Harga pangan yang terjangkau", "... yang cukup"). */
const CONDITION_WORDS: ReadonlySet<string> = new Set([
  ...QUALITY_WORDS,
  'terjangkau',
  'terkendali',
  'cukup',
  'stabil',
  'terpenuhi',
  'merata',
  'tercukupi',
  'terjamin',
  'terlindungi',
]);

/** Heads that name a measure the measure classes leave as "other" ("Status ...", "Predikat ...", "Tingkat ..."). */
const MEASURE_HEADS: ReadonlySet<string> = new Set([
  'status',
  'predikat',
  'opini',
  'level',
  'tingkat',
  'kategori',
  'peringkat',
  'skor',
  'nilai',
  'hasil',
  'angka',
  'rata',
  'rerata',
  'capaian',
  'jumlah',
  'persentase',
  'indeks',
  'rasio',
  // (physical quantities, with their units: "Luas kawasan yang terlindungi dari banjir" in ha,
  // "Panjang pantai yang terlindungi" in km, "Volume tampungan ...", "Kapasitas ...", "Debit ...")
  'luas',
  'panjang',
  'volume',
  'kapasitas',
  'debit',
]);

/**
 * The condition an indicator names instead of a measure: no measure word, and "yang" followed by
 * a state reached ("Harga pangan yang terjangkau dan terkendali", "Ketersediaan pangan yang
 * cukup"); undefined otherwise. A count or share of things or people that meet a condition
 * ("Rumah tangga yang sehat" in %) is `unit-mismatch`'s.
 */
function namedCondition(ind: IndicatorNode): string | undefined {
  if (ind.measure !== 'other' || MEASURE_HEADS.has(ind.head) || THING_NOUNS.has(ind.head) || PEOPLE_NOUNS.has(ind.head)) return undefined;
  const ws = ind.words;
  // An activity named ("Pemantauan harga ... pada pasar rakyat yang terintegrasi ...") is
  // activity-indicator's: the state after "yang" qualifies what the activity works on.
  if (!CHANGE_NOUNS.has(ind.head) && isActivityNoun(ind.head, ws[1] ?? '')) return undefined;
  for (let i = 1; i < ws.length - 1; i++) {
    if (ws[i] === 'yang' && CONDITION_WORDS.has(ws[i + 1]!)) return capital(ws.slice(0, i + 2).join(' '));
  }
  return undefined;
}

/**
 * True when an indicator only repeats its result's statement ("Layanan Prasarana Internal" for the
 * output of that name): no measure word, so nothing says what is measured. An activity named so
 * ("Penerangan Hukum") is activity-indicator's.
 */
function repeatsResult(ind: IndicatorNode): boolean {
  if (ind.measure !== 'other' || ind.norm !== ind.result.norm || MEASURE_HEADS.has(ind.head)) return false;
  return CHANGE_NOUNS.has(ind.head) || !isActivityNoun(ind.head, ind.words[1] ?? '');
}
