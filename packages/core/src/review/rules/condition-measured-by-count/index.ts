/**
 * `condition-measured-by-count`: an outcome whose condition is a quality, a welfare or a
 * productivity ("Meningkatnya kualitas administrasi keuangan", "Terciptanya pemerataan distribusi
 * pendapatan") measured only by how much or how many ("Jumlah laporan ...", "Produksi ...",
 * "Pengeluaran per kapita"). A count rises with the work done whether or not the quality, the
 * welfare or its spread changed: the condition itself goes unmeasured.
 *
 * Left alone: an indicator that names the condition, whatever its head; a count of bad events, which falls as safety or satisfaction rise ("Jumlah
 * kecelakaan lalu lintas" for keselamatan; any indicator whose direction is down), and a count
 * beside a share, an index or a rate of the result (one indicator that measures the condition is
 * enough).
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { expectedMeasure, firstOf, isNomenclature } from '../shared/index.js';

/** Conditions a count cannot show, as the normalised statement writes them. */
const CONDITIONS = [
  'kesejahteraan',
  'pemerataan',
  'distribusi pendapatan',
  'produktivitas',
  'partisipasi',
  'kualitas',
  'mutu',
  'kepuasan',
  'keselamatan',
  'kemandirian',
  'daya saing',
];
/** Conditions of a spread, which an average (per kapita) cannot show either. */
const SPREAD = new Set(['pemerataan', 'distribusi pendapatan']);
/** Heads of an amount or a count. */
const VOLUME_HEADS = new Set(['jumlah', 'banyaknya', 'frekuensi', 'produksi', 'luas', 'panjang']);
/** An average per head: a level, not its spread. */
const PER_HEAD = /^(?:pdrb|pengeluaran|pendapatan)(?: [a-z]+)? per ?kapita\b/;

/** The {@link CONDITIONS} with a space on each side, made once (a search of a statement for each per result made them anew). */
const PADDED: readonly string[] = CONDITIONS.map((c) => ` ${c} `);

/** The condition a statement names before any clause of means ("... melalui ..."), or undefined. */
function conditionOf(norm: string): string | undefined {
  const means = norm.indexOf(' melalui ');
  const text = ` ${means < 0 ? norm : norm.slice(0, means)} `;
  for (let i = 0; i < CONDITIONS.length; i++) if (text.includes(PADDED[i]!)) return CONDITIONS[i];
  return undefined;
}

/**
 * True when an indicator measures only an amount (for a spread, also an average per head), and
 * does not name the condition itself ("Jumlah produktivitas" in ton/ha is a productivity).
 */
function measuresVolume(ind: IndicatorNode, condition: string): boolean {
  if (ind.direction === 'down' || ` ${ind.norm} `.includes(` ${condition} `)) return false;
  return VOLUME_HEADS.has(ind.head) || (SPREAD.has(condition) && PER_HEAD.test(ind.norm));
}

export const rule = defineRule({
  meta: {
    id: 'condition-measured-by-count',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Kinerja outcome yang kondisinya berupa kualitas, kesejahteraan, pemerataan, produktivitas, partisipasi atau kepuasan diukur oleh sedikitnya satu IK yang mengukur kondisi itu (persentase, indeks, rasio, tingkat), bukan hanya oleh jumlah atau volume.',
      en: 'An outcome whose condition is a quality, a welfare, a spread, a productivity, a participation or a satisfaction has at least one indicator that measures that condition (a share, an index, a ratio, a rate), not only counts or volumes.',
    },
    messages: {
      count: {
        id: 'Kinerja ini menyatakan kondisi "{condition}", tetapi seluruh IK-nya hanya mengukur jumlah atau volume ({indicators}): tambahkan IK yang mengukur {condition} itu sendiri, misalnya persentase, indeks atau rasio.',
        en: 'This result states a condition of "{condition}", but all its indicators only measure a count or a volume ({indicators}): add an indicator that measures the {condition} itself, such as a share, an index or a ratio.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (expectedMeasure(r) !== 'outcome' || isNomenclature(r.level?.role)) return;
        const inds = r.indicators;
        if (inds.length === 0) return;
        const condition = conditionOf(r.norm);
        if (condition === undefined || !inds.every((ind) => measuresVolume(ind, condition))) return;
        context.report({
          messageId: 'count',
          data: {
            condition,
            indicators: firstOf(
              inds.map((ind) => context.text.quote(ind.record.statement, 80)),
              3,
            ),
          },
          result: r,
          path: r.path('indicators'),
        });
      },
    };
  },
});
