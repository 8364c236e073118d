/** `suspicious-character`: text holds no invisible, control or damaged characters. @module */
import { defineRule } from '../../api.js';
import { findSuspiciousCharacters } from '../../text.utils.js';
import { textsBeyondAscii } from '../shared/texts-beyond-ascii.js';

export const rule = defineRule({
  meta: {
    id: 'suspicious-character',
    defaultSeverity: 'warning',
    category: 'text',
    basis: 'practice',
    description: {
      id: 'Teks tidak memuat karakter tak terlihat (zero-width, BOM, tanda hubung lunak), penanda arah teks (U+202E dan sejenisnya), karakter kontrol, karakter pengganti (�) atau huruf berdiakritik di tengah kata biasa ("AŚN").',
      en: 'Text holds no invisible characters (zero-width, BOM, soft hyphen), text-direction controls (U+202E and the like), control characters, replacement characters (�) or diacritics inside plain words ("AŚN").',
    },
    messages: {
      suspicious: {
        id: 'Teks {field} memuat karakter yang tidak semestinya (sisa salin-tempel atau OCR): {characters}.',
        en: 'The {field} holds characters that do not belong there (copy-paste or OCR damage): {characters}.',
      },
    },
  },
  create(context) {
    return textsBeyondAscii(({ text, path, field }, owner) => {
      const found = findSuspiciousCharacters(text);
      if (found.length === 0) return;
      const seen = new Set<string>();
      const parts: string[] = [];
      for (const f of found) {
        if (seen.has(f.codePoint) || parts.length >= 20) continue;
        seen.add(f.codePoint);
        parts.push(
          f.word === undefined ? f.codePoint : `"${f.word.length > 40 ? `${f.word.slice(0, 39)}…` : f.word}": "${f.char}" (${f.codePoint})`,
        );
      }
      context.report({ messageId: 'suspicious', data: { field, characters: parts.join(', ') }, ...owner, path });
    });
  },
});
