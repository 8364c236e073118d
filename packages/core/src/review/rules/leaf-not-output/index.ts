/**
 * `leaf-not-output`: every branch ends in outputs. When many branches stop early at the same
 * level (a tree deliberately drawn down to program only), one document-level finding lists them.
 * A Renstra whose period ends before 2021 ends at kegiatan: sub kegiatan did not exist yet.
 *
 * @module
 */
import * as z from 'zod/mini';
import { defineRule, type ResultNode } from '../../api.js';
import { firstOf, levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'leaf-not-output',
    defaultSeverity: 'warning',
    category: 'structure',
    basis: 'regulation',
    description: {
      id: 'Setiap cabang diuraikan sampai output (pada Renstra: sub kegiatan, atau kegiatan bila periode atau targetnya berakhir sebelum 2021), atau, bila susunan level dokumen tidak memuat output, sampai level terakhirnya; bila pohon berhenti di satu level, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: "Every branch is broken down to outputs (in a Renstra: sub kegiatan, or kegiatan when its period or its targets end before 2021), or, when the document's own levels hold no output level, to the last of them; when the tree stops at one level, this is reported once for the document.",
    },
    messages: {
      leaf: {
        id: 'Kinerja level {level} ini belum diuraikan ke bawah: uraikan sampai keluaran (output) yang mewujudkannya.',
        en: 'This {level} result is not broken down: break it down to the outputs that bring it about.',
      },
      partial: {
        id: 'Pohon kinerja berhenti di level {level} pada {count} cabang ({ids}): uraikan sampai keluaran (output), atau, bila dokumen ini memang hanya sampai level tersebut, akhiri susunan level dokumen pada level itu.',
        en: "The tree stops at the {level} level in {count} branches ({ids}): break them down to outputs, or, if this document deliberately ends at that level, end the document's list of levels there.",
      },
    },
    options: z.strictObject({ partialFrom: z._default(z.number().check(z.int(), z.gte(2)), 3) }),
  },
  create(context) {
    let early: ResultNode[] = [];
    // Before the 2021 nomenclature (Permendagri 90/2019, applied from the 2021 budget) a Renstra
    // had no sub kegiatan: its kegiatan were the output level, and a tree of that period ends there.
    // So does a table whose targets all fall before 2021, in a Renstra that runs past it.
    const periodBefore = (context.document.period?.end ?? Number.POSITIVE_INFINITY) < FIRST_SUB_KEGIATAN_YEAR;
    return {
      result(r) {
        if (r.childCount === 0 && r.level !== undefined && !r.level.leaf) early.push(r);
      },
      exit() {
        // (the targets are read only when a kegiatan ends a branch, not on every indicator)
        if (early.some((r) => r.level!.role === 'kegiatan') && (periodBefore || targetsEndBefore(context.results, FIRST_SUB_KEGIATAN_YEAR)))
          early = early.filter((r) => r.level!.role !== 'kegiatan');
        if (early.length === 0) return;
        // Branches that stop at one level while no branch below that level exists: a partial tree.
        const rank = early[0]!.level!.rank;
        const sameLevel = early.every((r) => r.level!.rank === rank);
        const deeper = context.results.some((r) => r.level !== undefined && r.level.rank > rank);
        if (sameLevel && !deeper && early.length >= context.options.partialFrom) {
          const ids = firstOf(early.map((r) => r.id));
          context.report({ messageId: 'partial', data: { level: levelWord(early[0]!), count: early.length, ids }, path: 'results' });
          return;
        }
        for (const r of early) context.report({ messageId: 'leaf', data: { level: levelWord(r) }, result: r, path: r.path('level') });
      },
    };
  },
});

/** The first budget year with sub kegiatan (Permendagri 90/2019 and Kepmendagri 050-3708/2020). */
const FIRST_SUB_KEGIATAN_YEAR = 2021;

/** True when the document has targets and its last target year is before `year`. */
function targetsEndBefore(results: readonly ResultNode[], year: number): boolean {
  let latest = Number.NEGATIVE_INFINITY;
  for (const r of results)
    for (const ind of r.indicators) {
      const years = ind.years;
      if (years.length > 0) latest = Math.max(latest, Number(years[years.length - 1]));
    }
  return latest > Number.NEGATIVE_INFINITY && latest < year;
}
