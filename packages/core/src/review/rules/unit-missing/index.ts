/**
 * `unit-missing`: every indicator has a unit; once for the document when none has. An indicator
 * whose name gives its unit ("Persentase ...", "% ...", "Indeks ...", "Jumlah kecamatan ...", "... (/100.000 KH)") or whose
 * values are all words (a grade such as "A", a status such as "Terakreditasi Paripurna") needs none.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import type { Value } from '../../../schema.js';
import { SELF_COUNTED } from '../../lexicon/words.js';
import { missingPerIndicator, numberOf, wordedAsStatement } from '../shared/index.js';
import { unitKind } from '../../text.utils.js';

export const rule = defineRule({
  meta: {
    id: 'unit-missing',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: {
      id: 'Setiap IK memiliki satuan, kecuali IK yang namanya sudah menyebut satuannya ("Persentase ...", "% ...", "Indeks ...", "Jumlah kecamatan ...", "... (/100.000 KH)") atau yang target dan kondisi awalnya berupa kata (predikat, status). Bila tidak satu pun atau sebagian besar IK tidak bersatuan, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: 'Every indicator has a unit, except one whose name gives it ("Persentase ...", "% ...", "Indeks ...", "Jumlah kecamatan ...", "... (/100.000 KH)") or whose baseline and targets are words (a grade, a status). When no indicator has one, or most have none, this is reported once for the whole document.',
    },
    messages: {
      missing: {
        id: 'IK belum memiliki satuan: lengkapi satuannya (misalnya "%", "Indeks", "Dokumen", "Orang").',
        en: 'The indicator has no unit: add its unit (e.g. "%", "Indeks", "Dokumen", "Orang").',
      },
      missingAll: {
        id: 'Tidak satu pun dari {count} IK memiliki satuan ({ids}; IK yang namanya sudah menyebut satuannya, seperti "Persentase ..." atau "Indeks ...", tidak dihitung): lengkapi satuan setiap IK (misalnya "%", "Indeks", "Dokumen").',
        en: 'None of the {count} indicators has a unit ({ids}; those whose name gives it, such as "Persentase ..." or "Indeks ...", are not counted): add a unit to each (e.g. "%", "Indeks", "Dokumen").',
      },
      missingMost: {
        id: 'Sebagian besar IK ({count} dari {total}) belum memiliki satuan ({ids}): lengkapi satuan setiap IK (misalnya "%", "Indeks", "Dokumen").',
        en: 'Most indicators ({count} of {total}) have no unit ({ids}): add a unit to each (e.g. "%", "Indeks", "Dokumen").',
      },
    },
  },
  create(context) {
    return missingPerIndicator(context, {
      needs: (ind) => !unitInName(ind) && !wordsOnly(ind),
      // An indicator worded as a result is indicator-as-statement's: its unit is not asked as well.
      lacks: (ind) => ind.unit === undefined && !wordedAsStatement(ind),
      field: 'unit',
      each: { messageId: 'missing' },
      all: { messageId: 'missingAll' },
      most: { messageId: 'missingMost' },
    });
  },
});

/**
 * True when the indicator's name gives its unit: a percentage or an index ("Persentase ...", "% Desa
 * ...", "Indeks ..."), or a count of areas or facilities, which are their own unit ("Jumlah
 * kecamatan ...", "Jumlah Kab/Kota ...", "Jumlah puskesmas ..."). Other counts keep their question:
 * "Jumlah bibit ..." may be in kg, batang or ton.
 */
function unitInName(ind: IndicatorNode): boolean {
  const m = ind.measure;
  if (m === 'percent' || m === 'index' || LEADING_PERCENT.test(ind.record.statement)) return true;
  if (trailingUnit(ind.record.statement)) return true;
  const noun = m === 'count' ? ind.counted : undefined;
  return noun !== undefined && SELF_COUNTED.has(noun);
}

/**
 * True when the statement ends in a unit in parentheses: a rate ("Angka Kematian Ibu (/100.000
 * KH)", "(per 1.000 penduduk)") or a unit the review knows ("Penerimaan PAD (juta)", "(%)").
 */
function trailingUnit(statement: string): boolean {
  const m = TRAILING_PARENTHESIS.exec(statement);
  if (m === null) return false;
  const inner = m[1]!.trim();
  // A rate ("(/100.000 KH)") or a count of a named thing ("(Jumlah Kasus)").
  if (PER.test(inner) || COUNT_OF.test(inner)) return true;
  const kind = unitKind(inner);
  return kind !== 'other' && kind !== 'vague';
}

const TRAILING_PARENTHESIS = /\(([^()]{1,40})\)\s*$/;
const PER = /^(?:\/|per\s)/i;
const COUNT_OF = /^jumlah\s+\S/i;

/** A statement that opens with a percent sign or the word "persen" ("% Desa yang ..."). */
const LEADING_PERCENT = /^\s*(?:%|persen\b)/i;

/** True when the indicator has values and every one is a word, not a number (a grade, a status). */
function wordsOnly(ind: IndicatorNode): boolean {
  // Most values are numbers: the first one answers, and nothing is built.
  const baseline = ind.record.baseline;
  if (baseline !== undefined && !isWord(baseline.value)) return false;
  const years = ind.years;
  for (let i = 0; i < years.length; i++) if (!isWord(ind.target(years[i]!)!)) return false;
  return baseline !== undefined || years.length > 0;
}

const isWord = (v: Value): boolean => typeof v === 'string' && numberOf(v) === undefined;
