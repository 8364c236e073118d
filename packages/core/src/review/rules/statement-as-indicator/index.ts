/**
 * `statement-as-indicator`: a result is stated as a condition or a product, not as its measure,
 * nor with its target figure ("Menurunnya angka kemiskinan sebesar 1 (satu) persen").
 * Judged at every level: a program or kegiatan name of the nomenclature never opens with a measure
 * word, so a sasaran program written as "Persentase ..." is reported too.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { STATEMENT_MEASURE_HEADS } from '../../lexicon/words.js';
import { capital } from '../../text.utils.js';
import { levelWord } from '../shared/index.js';

/**
 * A target figure in a statement: a share ("1 (satu) persen", "sebesar 75 %") or a figure the
 * result is to reach ("menjadi 7,5"). A year alone is not one ("Renstra 2021-2026").
 */
const SHARE = /(?:\b(?:sebesar|menjadi)\s)?(?<![\w.,])\d+(?:[.,]\d+)?(?:\s?\([a-z ]{3,30}\))?\s?(?:%|persen\b)/i;
const DIGIT = /\d/;
const REACH = /\b(?:sebesar|menjadi)\s\d+(?:[.,]\d+)?(?:\s[a-z]+)?/i;

export const rule = defineRule({
  meta: {
    id: 'statement-as-indicator',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Pernyataan kinerja menyatakan kondisi atau produk, bukan ukurannya ("Persentase ...", "Jumlah ...", "Indeks ..." adalah IK) dan bukan angka targetnya.',
      en: 'A result states a condition or a product, not its measure ("Persentase ...", "Jumlah ...", "Indeks ..." are indicators) nor its target figure.',
    },
    messages: {
      target: {
        id: 'Pernyataan kinerja level {level} memuat angka targetnya ("{figure}"): pernyataan kinerja menyebut kondisi yang ingin dicapai; angka targetnya dicantumkan pada IK.',
        en: 'The {level} statement holds its target figure ("{figure}"): a statement names the condition to reach; its target figure belongs to the indicator.',
      },
      measure: {
        id: 'Pernyataan kinerja level {level} berbunyi seperti IK ("{head} ..."): rumuskan kondisi atau produk yang ingin dicapai (misalnya "Meningkatnya ...", "Tersedianya ..."), dan jadikan "{head} ..." IK-nya.',
        en: 'The {level} statement reads like an indicator ("{head} ..."): state the condition or product to reach (e.g. "Meningkatnya ...", "Tersedianya ..."), and make "{head} ..." its indicator.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        // (most statements hold no digit: one cheap scan instead of two patterns)
        const text = r.record.statement;
        const figure = DIGIT.test(text) ? (SHARE.exec(text) ?? REACH.exec(text)) : null;
        if (figure !== null)
          context.report({
            messageId: 'target',
            data: { level: levelWord(r), figure: figure[0].trim() },
            result: r,
            path: r.path('statement'),
          });
        if (STATEMENT_MEASURE_HEADS.has(r.head))
          context.report({
            messageId: 'measure',
            data: { level: levelWord(r), head: capital(r.head) },
            result: r,
            path: r.path('statement'),
          });
      },
    };
  },
});
