/**
 * `target-not-measurable`: a target written as words ("meningkat", "baik", "tersedia", "Ada")
 * cannot be measured, and no capaian can be computed from it. A number with words ("Rp 1,5
 * miliar", "Level 3") is a number; a grade (AA..D, WTP..TMP, "Paripurna", "Mandiri") or an
 * indicator valued in grades ("Predikat ...", "Status ...") is a grade; an indicator with a
 * `scale` is left to `scale-value-unknown`. Once for the document when most indicators have such
 * targets.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { GRADE_HEADS, GRADE_WORDS, NONE_VALUE } from '../../lexicon/words.js';
import { readValue } from '../../number.utils.js';
import { firstOf, indicatorList, mostLack } from '../shared/index.js';
import { realisationValues, when } from '../shared/realisation.js';
import type { LocalizedText } from '../../types.js';

/** A spreadsheet's error code pasted as a value ("#DIV/0!", "#VALUE!", "#N/A", "#REF!"). */
const SPREADSHEET_ERROR = /^\s*#(?:DIV\/0!|VALUE!|REF!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)\s*$/i;

/** Spreadsheet formula text ("=80+2", "=SUM(B2:B5)"): a cell typed as text, so the formula was never run. */
const FORMULA = /^\s*[=\uff1d]/;

/** True for a spreadsheet's error code or formula text: what a worksheet leaves when a value was not written. */
function notAValue(v: unknown): v is string {
  return typeof v === 'string' && (FORMULA.test(v) || SPREADSHEET_ERROR.test(v));
}

/** The first baseline, target or realisation that is a spreadsheet's error code or formula text, with where it is. */
function spreadsheetError(
  ind: IndicatorNode,
): { readonly where: LocalizedText; readonly value: string; readonly path: string } | undefined {
  const b = ind.record.baseline?.value;
  if (notAValue(b)) return { where: { id: 'kondisi awal', en: 'baseline' }, value: b, path: ind.path('baseline.value') };
  for (const year of ind.years) {
    const v = ind.target(year);
    if (notAValue(v)) return { where: { id: `target ${year}`, en: `${year} target` }, value: v, path: ind.path(`targets.${year}`) };
  }
  const r = ind.record.realisations;
  if (r !== undefined)
    for (const v of realisationValues(ind))
      if (notAValue(v.value)) return { where: { id: `realisasi ${when(v)}`, en: `${when(v)} realisation` }, value: v.value, path: v.path };
  return undefined;
}

/**
 * True when a target holds two numbers or more and is not one value or a range: "100 13", "71,5
 * 52,88", "91 lokasi udara, 69 lokasi air". Several values in one cell are several measures (or a
 * cell run into the next), and no capaian can be computed from them.
 */
function severalNumbers(v: unknown): v is string {
  if (typeof v !== 'string' || FORMULA.test(v) || readValue(v).kind !== 'text') return false;
  let count = 0;
  // (what is in brackets qualifies the value: "Indeks 3 (Skala 4)", "71,5 (tujuh puluh satu koma lima)")
  for (const _ of v.replace(BRACKETED, ' ').replace(JOINED, ' ~ ').matchAll(NUMBERS)) if (++count >= 2) return true;
  return false;
}

/** A bracketed aside. */
const BRACKETED = /\([^()]*\)/g;

/** Numbers in a text, apart: "71,5 52,88" holds two. */
const NUMBERS = /\d+(?:[.,]\d+)*/g;

/** Two numbers that make one value: a range ("80-90", "3 s.d 5"), a ratio or a fraction ("1:17", "3/5", "3 dari 5"). */
const JOINED = /(?<![\d.,])\d+(?:[.,]\d+)*\s*(?:[-–—:/]|s\.?\s?d\.?|sampai|hingga|dari)\s*\d+(?:[.,]\d+)*/gi;

/** True when a target is words only: no digit, no grade, not a stand-in for "none". */
function wordsOnly(v: unknown): v is string {
  if (typeof v !== 'string' || /\d/.test(v) || v.trim() === '' || NONE_VALUE.test(v) || FORMULA.test(v) || SPREADSHEET_ERROR.test(v))
    return false;
  return !v
    .toLowerCase()
    .split(/\P{L}+/u)
    .some((w) => w !== '' && (GRADE_WORDS.has(w) || readValue(w).kind === 'grade'));
}

export const rule = defineRule({
  meta: {
    id: 'target-not-measurable',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK terukur: satu angka (atau predikat/opini, atau nilai dari skala IK), bukan kata seperti "meningkat", "baik" atau "tersedia", bukan beberapa angka dalam satu isian; tidak satu pun nilai berupa galat rumus spreadsheet ("#DIV/0!") atau teks rumus ("=80+2").',
      en: 'Targets are measurable: one number (or a grade, or a value of the indicator\'s scale), not words such as "meningkat", "baik" or "tersedia", nor several numbers in one cell; no value is a spreadsheet formula error ("#DIV/0!") or formula text ("=80+2").',
    },
    messages: {
      words: {
        id: 'Target IK {indicator} berupa kata ({values}), bukan angka: target tidak terukur dan capaiannya tidak dapat dihitung. Tuliskan target berupa angka, atau tetapkan skala tingkatan IK tersebut.',
        en: 'The targets of indicator {indicator} are words ({values}), not numbers: they cannot be measured and no capaian can be computed. Write each target as a number, or set the scale of levels of the indicator.',
      },
      spreadsheetError: {
        id: 'Nilai {where} IK {indicator} berupa {what} rumus spreadsheet ({value}): perbaiki rumus di lembar kerja dan tuliskan nilainya.',
        en: 'The {where} value of indicator {indicator} is a spreadsheet formula {what} ({value}): fix the formula in the worksheet and write the value.',
      },
      several: {
        id: 'Target {year} IK {indicator} memuat lebih dari satu angka ({value}): satu target satu angka. Pecah IK-nya bila mengukur beberapa hal, atau perbaiki isian targetnya.',
        en: 'The {year} target of indicator {indicator} holds more than one number ({value}): one target, one number. Split the indicator if it measures several things, or correct the target.',
      },
      wordsMost: {
        id: 'Sebagian besar IK yang bertarget ({count} dari {total}) memiliki target berupa kata, bukan angka ({ids}): target tidak terukur dan capaiannya tidak dapat dihitung.',
        en: 'Most indicators with targets ({count} of {total}) have targets written as words, not numbers ({ids}): they cannot be measured and no capaian can be computed.',
      },
    },
  },
  create(context) {
    const found: { readonly ind: IndicatorNode; readonly values: string }[] = [];
    let withTargets = 0;
    return {
      indicator(ind) {
        const error = spreadsheetError(ind);
        if (error !== undefined)
          context.report({
            messageId: 'spreadsheetError',
            data: {
              where: error.where,
              indicator: ind.label,
              value: error.value,
              what: FORMULA.test(error.value) ? { id: 'teks', en: 'text' } : { id: 'galat', en: 'error' },
            },
            indicator: ind,
            path: error.path,
          });
        if (ind.years.length === 0) return;
        withTargets++;
        // (a scale's values are scale-value-unknown's; a "Predikat/Status ..." is valued in grades)
        if (ind.record.scale !== undefined || GRADE_HEADS.has(ind.head)) return;
        const words: string[] = [];
        let several = false;
        for (const year of ind.years) {
          const v = ind.target(year);
          if (wordsOnly(v) && !words.includes(`"${v.trim()}"`)) words.push(`"${v.trim()}"`);
          else if (!several && severalNumbers(v)) {
            several = true;
            context.report({
              messageId: 'several',
              data: { year, indicator: ind.label, value: `"${v.trim()}"` },
              indicator: ind,
              path: ind.path(`targets.${year}`),
            });
          }
        }
        if (words.length > 0) found.push({ ind, values: firstOf(words, 3) });
      },
      exit() {
        if (found.length === 0) return;
        if (mostLack(found.length, withTargets)) {
          const data = { count: found.length, total: withTargets, ids: indicatorList(found.map((f) => f.ind)) };
          context.report({ messageId: 'wordsMost', data, path: 'results' });
          return;
        }
        for (const { ind, values } of found)
          context.report({ messageId: 'words', data: { indicator: ind.label, values }, indicator: ind, path: ind.path('targets') });
      },
    };
  },
});
