/**
 * `baseline-missing`: an indicator with targets has a baseline (kondisi awal); once for the
 * document when none or most have none. A kondisi awal or first targets written 0 before a level
 * no plan reaches from nothing (0, 0, 70,5, 71 ...) are cells not filled in, named as such (the
 * target rules leave them out, see `TargetSeries.unfilled`).
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { NONE_VALUE } from '../../lexicon/words.js';
import type { LocalizedText } from '../../types.js';
import { indicatorList, mostLack, series, show } from '../shared/index.js';

/** Where the zeros of an indicator's series left out as cells not filled in are ("kondisi awal 2018, target 2019"), and the value after them. */
function unfilledZeros(ind: IndicatorNode): { readonly where: LocalizedText; readonly level: string; readonly year: string } {
  const s = series(ind);
  const zeros = s.unfilled;
  const id: string[] = [];
  const en: string[] = [];
  for (const at of zeros) {
    const year = at < 0 ? String(ind.record.baseline!.year) : ind.years[at]!;
    id.push(at < 0 ? `kondisi awal ${year}` : `target ${year}`);
    en.push(at < 0 ? `the ${year} baseline` : `the ${year} target`);
  }
  // (the first value after the zeros took their place: the first point, or the one after a kondisi awal kept)
  const next = s.isBaseline(0) ? 1 : 0;
  return { where: { id: id.join(', '), en: en.join(', ') }, level: String(show(s.raw(next))), year: s.year(next) };
}

export const rule = defineRule({
  meta: {
    id: 'baseline-missing',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'regulation',
    description: {
      id: 'IK yang bertarget memiliki kondisi awal (bukan "NA" atau "-"). Bila tidak satu pun atau sebagian besar IK tidak memilikinya, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: 'An indicator with targets has a baseline (not "NA" or "-"). When no indicator has one, or most have none, this is reported once for the whole document.',
    },
    messages: {
      missing: {
        id: 'IK memiliki target tetapi belum memiliki kondisi awal: tanpa kondisi awal, kewajaran target tidak dapat dinilai.',
        en: 'The indicator has targets but no baseline: without a starting value the targets cannot be judged.',
      },
      missingAll: {
        id: 'Tidak satu pun dari {count} IK memiliki kondisi awal: lengkapi tahun dan nilai kondisi awal setiap IK.',
        en: 'None of the {count} indicators has a baseline: add the year and value of each baseline.',
      },
      zero: {
        id: 'IK ini tertulis 0 pada {where}, padahal target {year} sudah {level}: angka 0 itu tampaknya kolom yang belum diisi, bukan kondisi yang sebenarnya. Isi nilai yang sebenarnya, atau kosongkan bila datanya belum ada.',
        en: 'This indicator reads 0 in {where}, while its {year} target is already {level}: the 0 looks like a cell not filled in, not a real value. Enter the real value, or leave it empty while the data is not there.',
      },
      zeroMany: {
        id: '{count} IK tertulis 0 pada kondisi awal atau target tahun awalnya, padahal target berikutnya jauh di atas 0 ({ids}): angka 0 itu tampaknya kolom yang belum diisi, bukan kondisi yang sebenarnya. Isi nilai yang sebenarnya, atau kosongkan bila datanya belum ada.',
        en: '{count} indicators read 0 in their baseline or first targets while the later targets are far above it ({ids}): the zeros look like cells not filled in, not real values. Enter the real values, or leave them empty while the data is not there.',
      },
      missingMost: {
        id: 'Sebagian besar IK yang bertarget ({count} dari {total}) belum memiliki kondisi awal ({ids}): lengkapi tahun dan nilai kondisi awal setiap IK.',
        en: 'Most indicators with targets ({count} of {total}) have no baseline ({ids}): add the year and value of each baseline.',
      },
    },
  },
  create(context) {
    const missing: IndicatorNode[] = [];
    /** The indicators whose series opens with zeros left out as cells not filled in. */
    const zeros: IndicatorNode[] = [];
    let total = 0;
    let withTargets = 0;
    return {
      indicator(ind) {
        total++;
        if (ind.years.length === 0) return;
        withTargets++;
        const baseline = ind.record.baseline;
        if (baseline === undefined || (typeof baseline.value === 'string' && NONE_VALUE.test(baseline.value))) missing.push(ind);
        if (series(ind).unfilled.length > 0) zeros.push(ind);
      },
      exit() {
        if (zeros.length > 2)
          context.report({
            messageId: 'zeroMany',
            data: { count: zeros.length, ids: indicatorList(zeros) },
            path: 'results',
          });
        else
          for (const ind of zeros)
            context.report({
              messageId: 'zero',
              data: unfilledZeros(ind),
              indicator: ind,
              path: ind.path(ind.record.baseline === undefined ? 'targets' : 'baseline'),
            });
        if (missing.length === 0) return;
        if (missing.length === withTargets && withTargets > 1)
          context.report({ messageId: 'missingAll', data: { count: total }, path: 'results' });
        else if (mostLack(missing.length, withTargets)) {
          const data = { count: missing.length, total: withTargets, ids: indicatorList(missing) };
          context.report({ messageId: 'missingMost', data, path: 'results' });
        } else for (const ind of missing) context.report({ messageId: 'missing', indicator: ind, path: ind.path('baseline') });
      },
    };
  },
});
