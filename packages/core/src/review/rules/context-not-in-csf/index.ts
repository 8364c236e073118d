/**
 * `context-not-in-csf`: a strategic issue or a public expectation of Langkah 1 that no CSF and no
 * result takes up (no content word in common after stemming and synonyms, beyond general words).
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { eachStem } from '../shared/index.js';

const GENERAL = new Set([
  'ingkat',
  'wujud',
  'ualitas',
  'daerah',
  'erintah',
  'baik',
  'rendah',
  'urang',
  'belum',
  'masih',
  'asyarakat',
  'masyarakat',
  'tinggi',
  'optimal',
  'layan',
]);

/** The Langkah 1 lists whose items a CSF or a result should take up, with what a message calls an item. */
const LISTS = [
  ['strategicIssues', { id: 'Isu strategis', en: 'strategic issue' }],
  ['expectations', { id: 'Ekspektasi masyarakat', en: 'public expectation' }],
] as const;

export const rule = defineRule({
  meta: {
    id: 'context-not-in-csf',
    defaultSeverity: 'info',
    category: 'csf',
    basis: 'regulation',
    description: {
      id: 'Setiap isu strategis dan ekspektasi masyarakat (Langkah 1) dijawab oleh sedikitnya satu CSF atau kinerja.',
      en: 'Every strategic issue and public expectation (Step 1) is taken up by at least one CSF or result.',
    },
    messages: {
      notTaken: {
        id: '{kind} {text} (Langkah 1) belum dijawab oleh CSF atau kinerja mana pun: tetapkan kondisi yang diinginkan untuk menjawabnya, atau jelaskan mengapa tidak.',
        en: 'The {kind} {text} (Step 1) is not taken up by any CSF or result: set a desired condition that answers it, or say why not.',
      },
    },
  },
  create(context) {
    // Word overlap cannot tell "taken up" from "mentioned": for precision, an item counts as taken
    // up when any CSF or result shares one of its content words; only an item none of whose words
    // appears anywhere is reported. The items' words not yet seen anywhere are kept in `unseen`
    // (a handful), and each result's words are crossed off it until none is left.
    const items: { text: string; path: string; kind: { id: string; en: string }; stems: string[] }[] = [];
    const unseen = new Set<string>();
    const see = (stems: readonly string[]): void => {
      for (let k = 0; k < stems.length && unseen.size > 0; k++) unseen.delete(stems[k]!);
    };
    const seeOne = (stem: string): void => {
      unseen.delete(stem);
    };
    const content = (text: string): string[] => context.text.contentStems(text).filter((s) => !GENERAL.has(s) && s.length > 2);
    return {
      document() {
        const cx = context.cascade.context;
        for (const [list, kind] of LISTS) {
          cx?.[list]?.forEach((text, k) => items.push({ text, path: `context.${list}[${k}]`, kind, stems: content(text) }));
        }
        for (const it of items) for (const s of it.stems) unseen.add(s);
        for (const c of context.cascade.csf) {
          see(context.text.contentStems(c.problem));
          see(context.text.contentStems(c.desiredCondition));
        }
      },
      result(r) {
        if (unseen.size > 0) eachStem(r, seeOne);
      },
      exit() {
        for (const it of items) {
          // Taken up when any of its words was seen.
          if (it.stems.length === 0 || !it.stems.every((s) => unseen.has(s))) continue;
          context.report({ messageId: 'notTaken', data: { kind: it.kind, text: context.text.quote(it.text) }, path: it.path });
        }
      },
    };
  },
});
