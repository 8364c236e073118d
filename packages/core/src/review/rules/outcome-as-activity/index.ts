/** `outcome-as-activity`: an outcome is not phrased as an activity. @module */
import { ACTION_HEADS, MANNER_WORDS } from '../../lexicon/words.js';
import { namesQuality } from '../shared/index.js';
import { statementFormRule } from '../shared/statement-form.js';

export const rule = statementFormRule({
  messageId: 'activity',
  role: 'outcome',
  documentOutcomes: true,
  // "Perencanaan pembangunan daerah yang berkualitas" names the quality reached, as the two other
  // outcome rules allow; "Meningkatkan pelayanan yang berkualitas" is still an action (a me- verb),
  // and so is "Peningkatan kualitas ... yang akuntabel" (the act of raising, whatever is raised).
  test: (s) => s.form === 'activity' && (s.head.startsWith('me') || ACTION_HEADS.has(s.head) || !namesQuality(s.norm, MANNER_WORDS)),
  // A program's outcome written as an action ("Meningkatkan kualitas pelayanan ..."); a noun head
  // there may be the nomenclature's own name ("Pengelolaan ..."), which is left alone.
  nomenclature: [{ role: 'program', test: (s) => s.form === 'activity' && s.head.startsWith('me') }],
  meta: {
    id: 'outcome-as-activity',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Kinerja outcome (juga outcome Langkah 1 dan kondisi yang diinginkan CSF) dirumuskan sebagai kondisi, bukan kegiatan ("Pelaksanaan ...", "Koordinasi ...", "Peningkatan ...").',
      en: 'An outcome (also Step 1\'s outcome and a CSF\'s desired condition) states a condition, not an activity ("Pelaksanaan ...", "Koordinasi ...", "Peningkatan ...").',
    },
    messages: {
      activity: {
        id: 'Kinerja level {level} dirumuskan sebagai kegiatan ("{head} ..."), bukan kondisi: rumuskan kondisi yang ingin dicapai, misalnya "Meningkatnya ...", "Menurunnya ...", "Terwujudnya ...".',
        en: 'The {level} result is phrased as an activity ("{head} ..."), not a condition: state the condition to achieve, e.g. "Meningkatnya ...", "Menurunnya ...", "Terwujudnya ...".',
      },
    },
  },
});
