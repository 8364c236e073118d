/**
 * Text rules: capitals throughout, Latin mixed with look-alike Cyrillic or Greek letters (OCR
 * damage such as the seed's "ОИТРИТ" for "OUTPUT"), and invisible or damaged characters.
 *
 * @module
 */
import type { ReviewContext } from '../context.js';
import { OWNER_POSITION_NON_ASCII, OWNER_UNIT_NON_ASCII, STATEMENT_ALL_CAPS, STATEMENT_NON_ASCII, indicatorPath, resultPath } from '../context.js';
import { ALL_CAPS, NON_ASCII_STATEMENT, NON_ASCII_UNIT, indicatorFacts } from '../indicator-facts.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';
import type { LocalizedText } from '../types.js';
import { findLookalikes, findSuspiciousCharacters, hasNonAscii } from '../text.utils.js';

type Field = Parameters<typeof messages.fieldName>[0]['field'];

/** A text of the document that holds a character outside printable ASCII, with where it is. */
interface NonAsciiText {
  readonly text: string;
  readonly path: string;
  readonly field: Field;
  readonly result?: number;
  readonly indicator?: number;
}

/**
 * Every text of the document that holds a character outside printable ASCII (the only ones the
 * look-alike and suspicious-character rules can report), in document order: title, context, CSF,
 * then per result its statement, indicators and units, owner. One pass shared by both rules; the
 * list is usually short, so only its entries carry a path.
 */
function nonAsciiTexts(ctx: ReviewContext): readonly NonAsciiText[] {
  const out: NonAsciiText[] = [];
  const add = (text: string, path: string, field: Field): void => {
    if (hasNonAscii(text)) out.push({ text, path, field });
  };
  const c = ctx.cascade;
  add(c.title, 'title', 'title');
  const cx = c.context;
  if (cx !== undefined) {
    if (cx.mandate !== undefined) add(cx.mandate, 'context.mandate', 'context');
    cx.strategicIssues?.forEach((s, k) => add(s, `context.strategicIssues[${k}]`, 'context'));
    cx.expectations?.forEach((s, k) => add(s, `context.expectations[${k}]`, 'context'));
    if (cx.outcome !== undefined) add(cx.outcome, 'context.outcome', 'context');
  }
  c.csf.forEach((s, k) => {
    add(s.problem, `csf[${k}].problem`, 'csf');
    add(s.desiredCondition, `csf[${k}].desiredCondition`, 'csf');
  });
  // The flags were set while each text was read for normalisation: only flagged texts are read here.
  const { records, indicatorStart, indicators, textFlags } = ctx;
  const { flags } = indicatorFacts(ctx);
  for (let i = 0; i < records.length; i++) {
    const tf = textFlags[i]!;
    if ((tf & STATEMENT_NON_ASCII) !== 0) out.push({ text: records[i]!.statement, path: resultPath(i, 'statement'), field: 'statement', result: i });
    const base = indicatorStart[i]!;
    for (let k = 0; k < indicatorStart[i + 1]! - base; k++) {
      const f = flags[base + k]!;
      if ((f & (NON_ASCII_STATEMENT | NON_ASCII_UNIT)) === 0) continue;
      const ind = indicators[base + k]!;
      if ((f & NON_ASCII_STATEMENT) !== 0) out.push({ text: ind.statement, path: indicatorPath(i, k, 'statement'), field: 'indicator', result: i, indicator: k });
      if ((f & NON_ASCII_UNIT) !== 0) out.push({ text: ind.unit!, path: indicatorPath(i, k, 'unit'), field: 'unit', result: i, indicator: k });
    }
    if ((tf & OWNER_UNIT_NON_ASCII) !== 0) out.push({ text: records[i]!.owner!.unit!, path: resultPath(i, 'owner.unit'), field: 'owner', result: i });
    if ((tf & OWNER_POSITION_NON_ASCII) !== 0) out.push({ text: records[i]!.owner!.position!, path: resultPath(i, 'owner.position'), field: 'owner', result: i });
  }
  return out;
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
    const { records, indicatorStart, textFlags } = ctx;
    const { flags } = indicatorFacts(ctx);
    for (let i = 0; i < records.length; i++) {
      if ((textFlags[i]! & STATEMENT_ALL_CAPS) !== 0) report({ result: i, path: resultPath(i, 'statement'), message: messages.allCaps({ field: fieldText('statement') }) });
      const base = indicatorStart[i]!;
      for (let k = 0; k < indicatorStart[i + 1]! - base; k++) {
        if ((flags[base + k]! & ALL_CAPS) !== 0) {
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
    for (const { text, path, field, result, indicator } of ctx.memo(nonAsciiTexts, () => nonAsciiTexts(ctx))) {
      for (const f of findLookalikes(text)) {
        const characters = f.characters.map((c) => `"${c.char}" (${c.codePoint})${c.latin === undefined ? '' : ` → "${c.latin}"`}`).join(', ');
        report({ result, indicator, path, message: messages.mixedScript({ field: fieldText(field), word: f.word, suggestion: f.suggestion, characters }) });
      }
    }
  },
});

/** Invisible, control or damaged characters. */
export const suspiciousCharacter = defineRule({
  id: 'suspicious-character',
  defaultSeverity: 'warning',
  family: 'text',
  description: {
    id: 'Teks tidak memuat karakter tak terlihat (zero-width, BOM, tanda hubung lunak), penanda arah teks (U+202E dan sejenisnya), karakter kontrol, karakter pengganti (�) atau huruf berdiakritik di tengah kata biasa ("AŚN").',
    en: 'Text holds no invisible characters (zero-width, BOM, soft hyphen), text-direction controls (U+202E and the like), control characters, replacement characters (�) or diacritics inside plain words ("AŚN").',
  },
  messages: ['suspiciousCharacter'],
  check(ctx, report) {
    for (const { text, path, field, result, indicator } of ctx.memo(nonAsciiTexts, () => nonAsciiTexts(ctx))) {
      const found = findSuspiciousCharacters(text);
      if (found.length === 0) continue;
      const seen = new Set<string>();
      const parts: string[] = [];
      for (const f of found) {
        if (seen.has(f.codePoint)) continue;
        seen.add(f.codePoint);
        parts.push(f.word === undefined ? f.codePoint : `"${f.word}": "${f.char}" (${f.codePoint})`);
      }
      report({ result, indicator, path, message: messages.suspiciousCharacter({ field: fieldText(field), characters: parts.join(', ') }) });
    }
  },
});

/** The text rules. */
export const textRules = [allCaps, mixedScript, suspiciousCharacter] as const;
