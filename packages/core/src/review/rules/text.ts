/**
 * Text rules: capitals throughout, Latin mixed with look-alike Cyrillic or Greek letters (OCR
 * damage such as the seed's "ОИТРИТ" for "OUTPUT"), and invisible or damaged characters.
 *
 * @module
 */
import type { ReviewContext } from '../context.js';
import { indicatorPath, resultPath } from '../context.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';
import type { LocalizedText } from '../types.js';
import { findLookalikes, findSuspiciousCharacters, isAllCaps } from '../text.utils.js';

type Field = Parameters<typeof messages.fieldName>[0]['field'];

/** Every text of the document with its path: title, context, CSF, statements, indicators, units, owners. */
const NON_ASCII = /[^\x20-\x7E]/;

/** Every text of the document that holds a character outside printable ASCII (the only ones these rules can report). */
function eachText(ctx: ReviewContext, fn: (text: string, path: () => string, field: Field, result?: number, indicator?: number) => void): void {
  const inner = fn;
  fn = (text, path, field, result, indicator) => {
    if (NON_ASCII.test(text)) inner(text, path, field, result, indicator);
  };
  const c = ctx.cascade;
  fn(c.title, () => 'title', 'title');
  const cx = c.context;
  if (cx !== undefined) {
    if (cx.mandate !== undefined) fn(cx.mandate, () => 'context.mandate', 'context');
    cx.strategicIssues?.forEach((s, k) => fn(s, () => `context.strategicIssues[${k}]`, 'context'));
    cx.expectations?.forEach((s, k) => fn(s, () => `context.expectations[${k}]`, 'context'));
    if (cx.outcome !== undefined) fn(cx.outcome, () => 'context.outcome', 'context');
  }
  c.csf.forEach((s, k) => {
    fn(s.problem, () => `csf[${k}].problem`, 'csf');
    fn(s.desiredCondition, () => `csf[${k}].desiredCondition`, 'csf');
  });
  const { records } = ctx;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (NON_ASCII.test(r.statement)) fn(r.statement, () => resultPath(i, 'statement'), 'statement', i);
    for (let k = 0; k < r.indicators.length; k++) {
      const ind = r.indicators[k]!;
      if (NON_ASCII.test(ind.statement)) fn(ind.statement, () => indicatorPath(i, k, 'statement'), 'indicator', i, k);
      if (ind.unit !== undefined && NON_ASCII.test(ind.unit)) fn(ind.unit, () => indicatorPath(i, k, 'unit'), 'unit', i, k);
    }
    if (r.owner !== undefined) {
      if (r.owner.unit !== undefined) fn(r.owner.unit, () => resultPath(i, 'owner.unit'), 'owner', i);
      if (r.owner.position !== undefined) fn(r.owner.position, () => resultPath(i, 'owner.position'), 'owner', i);
    }
  }
}

const fieldText = (field: Field): LocalizedText => messages.fieldName({ field });

/** A statement in capitals throughout. */
export const allCaps = defineRule({
  id: 'all-caps',
  defaultSeverity: 'warning',
  family: 'text',
  description: {
    id: 'Pernyataan kinerja dan IK tidak ditulis dengan huruf kapital semua (singkatan seperti ASN tidak dihitung).',
    en: 'Result and indicator statements are not written in capitals throughout (acronyms such as ASN do not count).',
  },
  messages: ['allCaps'],
  check(ctx, report) {
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (isAllCaps(r.statement)) report({ result: i, path: resultPath(i, 'statement'), message: messages.allCaps({ field: fieldText('statement') }) });
      for (let k = 0; k < r.indicators.length; k++) {
        if (isAllCaps(r.indicators[k]!.statement)) {
          report({ result: i, indicator: k, path: indicatorPath(i, k, 'statement'), message: messages.allCaps({ field: fieldText('indicator') }) });
        }
      }
    }
  },
});

/** Look-alike Cyrillic or Greek letters among Latin ones. */
export const mixedScript = defineRule({
  id: 'mixed-script',
  defaultSeverity: 'warning',
  family: 'text',
  description: {
    id: 'Teks tidak mencampur huruf Latin dengan huruf Sirilik atau Yunani yang mirip (kerusakan OCR); temuan menyebut huruf yang salah dan huruf Latin penggantinya.',
    en: 'Text does not mix Latin with look-alike Cyrillic or Greek letters (OCR damage); the finding names the wrong letters and the Latin ones meant.',
  },
  messages: ['mixedScript'],
  check(ctx, report) {
    eachText(ctx, (text, path, field, result, indicator) => {
      for (const f of findLookalikes(text)) {
        const characters = f.characters.map((c) => `"${c.char}" (${c.codePoint})${c.latin === undefined ? '' : ` → "${c.latin}"`}`).join(', ');
        report({ result, indicator, path: path(), message: messages.mixedScript({ field: fieldText(field), word: f.word, suggestion: f.suggestion, characters }) });
      }
    });
  },
});

/** Invisible, control or damaged characters. */
export const suspiciousCharacter = defineRule({
  id: 'suspicious-character',
  defaultSeverity: 'warning',
  family: 'text',
  description: {
    id: 'Teks tidak memuat karakter tak terlihat (zero-width, BOM), karakter kontrol, karakter pengganti (�) atau huruf berdiakritik di tengah kata biasa ("AŚN").',
    en: 'Text holds no invisible characters (zero-width, BOM), control characters, replacement characters (�) or diacritics inside plain words ("AŚN").',
  },
  messages: ['suspiciousCharacter'],
  check(ctx, report) {
    eachText(ctx, (text, path, field, result, indicator) => {
      const found = findSuspiciousCharacters(text);
      if (found.length === 0) return;
      const seen = new Set<string>();
      const parts: string[] = [];
      for (const f of found) {
        if (seen.has(f.codePoint)) continue;
        seen.add(f.codePoint);
        parts.push(f.word === undefined ? f.codePoint : `"${f.word}": "${f.char}" (${f.codePoint})`);
      }
      report({ result, indicator, path: path(), message: messages.suspiciousCharacter({ field: fieldText(field), characters: parts.join(', ') }) });
    });
  },
});

/** The text rules. */
export const textRules = [allCaps, mixedScript, suspiciousCharacter] as const;
