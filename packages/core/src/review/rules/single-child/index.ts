/**
 * `single-child`: a result brought about by one result below it. Skipped where the child is a
 * name from the budget nomenclature (a sasaran's one program, a program's one kegiatan, a
 * kegiatan's one sub kegiatan: the agency picks them from the fixed list of Permendagri
 * 90/2019), for a root that is a national or regional goal with one child (any root), for a
 * Renstra tujuan with one sasaran (the common shape of its tables), and where the child restates
 * its parent (reported once, by `child-restates-parent` or `indicator-copied-from-parent`).
 *
 * @module
 */
import { defineRule, type LevelView } from '../../api.js';
import { isNomenclature, restates } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'single-child',
    defaultSeverity: 'info',
    category: 'structure',
    basis: 'practice',
    description: {
      id: 'Kinerja yang hanya diwujudkan oleh satu kinerja di bawahnya: periksa apakah kinerja di bawahnya sudah cukup untuk mewujudkannya.',
      en: 'A result brought about by a single result below it: check that the cause is sufficient.',
    },
    messages: {
      single: {
        id: 'Kinerja ini hanya diwujudkan oleh satu kinerja di bawahnya ({child}): periksa apakah kinerja tersebut sudah cukup untuk mewujudkannya, atau masih ada kondisi lain yang diperlukan.',
        en: 'Only one result ({child}) brings this result about: check that it is sufficient, or add the other conditions needed.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (r.childCount !== 1 || r.children.length !== 1) return;
        const child = r.children[0]!;
        if (isNomenclature(child.level?.role)) return;
        // A root (a national or regional goal the agency's tree hangs under) may have one child.
        if (r.parent === undefined) return;
        // A Renstra tujuan realised by one sasaran is the common shape of the Permendagri 86/2017 tables.
        if (named(r.level, 'tujuan') && named(child.level, 'sasaran')) return;
        if (restates(child, r)) return;
        context.report({ messageId: 'single', data: { child: child.id }, result: r });
      },
    };
  },
});

/** True when a level's key or label holds `word` ("tujuan", "tujuan-renstra", "Tujuan Renstra"). */
function named(view: LevelView | undefined, word: string): boolean {
  if (view === undefined) return false;
  const { key, label } = view.level;
  return key.includes(word) || label.id.toLowerCase().includes(word);
}
