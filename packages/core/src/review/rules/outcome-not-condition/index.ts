/** `outcome-not-condition`: an outcome names a condition. @module */
import { STATEMENT_MEASURE_HEADS } from '../../lexicon/words.js';
import { namesQuality } from '../shared/index.js';
import { statementFormRule } from '../shared/statement-form.js';

export const rule = statementFormRule({
  messageId: 'notCondition',
  role: 'outcome',
  // (a statement that opens with a measure is statement-as-indicator's)
  test: (s) => s.form === 'other' && !STATEMENT_MEASURE_HEADS.has(s.head) && !namesQuality(s.norm) && !s.norm.split(' ').includes('yang'),
  meta: {
    id: 'outcome-not-condition',
    defaultSeverity: 'info',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Kinerja outcome menyatakan kondisi atau perubahan: kata kerja kondisi di awal ("Meningkatnya ...") atau sifat kondisinya ("... yang berkualitas").',
      en: 'An outcome expresses a condition or a change: a condition verb first ("Meningkatnya ...") or the quality it reaches ("... yang berkualitas").',
    },
    messages: {
      notCondition: {
        id: 'Pernyataan kinerja level {level} belum menyatakan kondisi atau perubahan: awali dengan kata kondisi ("Meningkatnya", "Menurunnya", "Terwujudnya", ...) atau sebutkan kondisi yang dicapai ("... yang berkualitas").',
        en: 'The {level} statement does not express a condition or a change: start with a condition verb ("Meningkatnya", "Menurunnya", "Terwujudnya", ...) or name the condition reached ("... yang berkualitas").',
      },
    },
  },
});
