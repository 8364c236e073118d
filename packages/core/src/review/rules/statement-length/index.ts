/** `statement-length`: a statement is brief but complete. Options: `maxWords` (default 25), `minWords` (default 2). @module */
import * as z from 'zod/mini';
import { isNomenclatureName } from '../shared/index.js';
import { defineRule } from '../../api.js';
import { wordCount } from '../../text.utils.js';

export const rule = defineRule({
  meta: {
    id: 'statement-length',
    defaultSeverity: 'info',
    category: 'statement',
    basis: 'practice',
    description: {
      id: 'Pernyataan kinerja ringkas tetapi lengkap: paling sedikit 2 kata dan paling banyak 25 kata (dapat diatur).',
      en: 'A statement is brief but complete: at least 2 and at most 25 words (configurable).',
    },
    messages: {
      tooLong: {
        id: 'Pernyataan terlalu panjang ({words} kata, lebih dari {max}): rumuskan kinerja secara ringkas; rinciannya dituangkan dalam IK atau catatan.',
        en: 'The statement is too long ({words} words, more than {max}): state the result briefly and move details to the indicators or notes.',
      },
      tooShort: {
        id: 'Pernyataan terlalu pendek ({words} kata): sebutkan kondisi dan objeknya, misalnya "Meningkatnya Kualitas Pelayanan Kepegawaian".',
        en: 'The statement is too short ({words} word(s)): name the condition and what it applies to, e.g. "Meningkatnya Kualitas Pelayanan Kepegawaian".',
      },
    },
    options: z.strictObject({
      maxWords: z._default(z.number().check(z.int(), z.positive()), 25),
      minWords: z._default(z.number().check(z.int(), z.positive()), 2),
    }),
  },
  create(context) {
    const { maxWords, minWords } = context.options;
    return {
      result(r) {
        // A name from the nomenclature (a Renstra program, kegiatan, sub kegiatan) is as long as it is.
        if (isNomenclatureName(r)) return;
        const n = wordCount(r.norm);
        if (n > maxWords) context.report({ messageId: 'tooLong', data: { words: n, max: maxWords }, result: r, path: r.path('statement') });
        else if (n < minWords) context.report({ messageId: 'tooShort', data: { words: n }, result: r, path: r.path('statement') });
      },
    };
  },
});
