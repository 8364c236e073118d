/** `mixed-script`: Latin text does not hold look-alike Cyrillic or Greek letters (OCR damage). @module */
import { defineRule } from '../../api.js';
import { findLookalikes } from '../../text.utils.js';
import { textsBeyondAscii } from '../shared/texts-beyond-ascii.js';

export const rule = defineRule({
  meta: {
    id: 'mixed-script',
    defaultSeverity: 'warning',
    category: 'text',
    basis: 'practice',
    description: {
      id: 'Teks tidak mencampur huruf Latin dengan huruf Sirilik atau Yunani yang mirip (kerusakan OCR); temuan menyebut huruf yang salah dan huruf Latin penggantinya.',
      en: 'Text does not mix Latin with look-alike Cyrillic or Greek letters (OCR damage); the finding names the wrong letters and the Latin ones meant.',
    },
    messages: {
      mixed: {
        id: 'Teks {field} mencampur huruf Latin dengan huruf Sirilik atau Yunani yang mirip (kerusakan OCR): "{word}" memuat {characters}; ganti menjadi "{suggestion}".',
        en: 'The {field} mixes Latin with look-alike Cyrillic or Greek letters (OCR damage): "{word}" holds {characters}; replace it with "{suggestion}".',
      },
    },
  },
  create(context) {
    return textsBeyondAscii(({ text, path, field }, owner) => {
      for (const f of findLookalikes(text)) {
        const characters = f.characters
          .map((c) => `"${c.char}" (${c.codePoint})${c.latin === undefined ? '' : ` → "${c.latin}"`}`)
          .join(', ');
        context.report({ messageId: 'mixed', data: { field, word: f.word, suggestion: f.suggestion, characters }, ...owner, path });
      }
    });
  },
});
