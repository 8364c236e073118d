/**
 * The capaian option of {@link renderSvg}: each box filled by its capaian band, the capaian
 * printed at the bottom of the box (so colour is never the only signal), and a band legend under
 * the tree whose title names the year (and the day or period it is measured as of).
 *
 * @module
 */
import {
  UsageError,
  achievement,
  achievementBand,
  achievementBands,
  formatPercent,
  periodLabel,
  type AchievementBand,
  type AchievementOptions,
  type Cascade,
  type Locale,
  type ResultRecord,
} from '@pokin/core';
import type { BoxNote, TreeLayout } from '@pokin/core/layout';
import { attributes, escapeText, num } from './xml.js';

/** The `achievement` option of {@link renderSvg}: the year measured and how. */
export interface SvgAchievementOptions extends AchievementOptions {
  /**
   * Lower bounds of the first four bands, in percent, descending.
   * @default [91, 76, 66, 51]
   */
  readonly thresholds?: readonly number[];
  /**
   * The day the capaian is measured as of (`YYYY-MM-DD`), named in the legend's title; which
   * periods count is `period`'s choice. @default none: the title names `period`, when given
   */
  readonly asOf?: string;
}

/** `2025-09-30` as people write it: `30 September 2025`. */
function dayLabel(asOf: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  const month = m === null ? 0 : Number(m[2]);
  if (m === null || month < 1 || month > 12)
    throw new UsageError(`@pokin/svg renderSvg: achievement.asOf must be a day such as "2025-09-30", got "${asOf}"`);
  const key = `m${m[2]!}` as Parameters<typeof periodLabel>[0];
  return `${Number(m[3])} ${periodLabel(key, locale)} ${m[1]!}`;
}

/** The legend's title: the year, and the day or the period it is measured as of. */
function legendTitle(year: string, options: SvgAchievementOptions, locale: Locale): string {
  const en = locale === 'en';
  let title = `${en ? 'Achievement (capaian) bands' : 'Kategori capaian'} ${year}`;
  if (options.asOf !== undefined) title += `${en ? ', as of' : ', per'} ${dayLabel(options.asOf, locale)}`;
  else if (options.period !== undefined) title += `${en ? ', to' : ', s.d.'} ${periodLabel(options.period, locale)}`;
  return title;
}

/** Fill of a box without a capaian. */
const NONE_FILL = '#ffffff';

/** The box note of every result (`Capaian 95,24 %` on its band's fill, or `Capaian: -` on white), the bands and the legend's title. */
export function capaianNotes(
  cascade: Cascade,
  options: SvgAchievementOptions,
  locale: Locale,
): { readonly note: (r: ResultRecord) => BoxNote; readonly bands: readonly AchievementBand[]; readonly title: string } {
  const bands = achievementBands(options.thresholds);
  const report = achievement(cascade, options);
  const word = locale === 'en' ? 'Achievement' : 'Capaian';
  return {
    bands,
    title: legendTitle(report.year, options, locale),
    note: (r) => {
      const p = report.result(r.id)?.percent;
      if (p === undefined) return { text: `${word}: ${locale === 'en' ? 'not measured' : 'belum terukur'}`, fill: NONE_FILL };
      return { text: `${word} ${formatPercent(p, locale)}`, fill: achievementBand(p, bands).fill };
    },
  };
}

const SWATCH = 18;
const ITEM = 190;
const ROW = 28;

/** The band legend under the tree, and how much taller and wider the drawing becomes. */
export function capaianLegend(
  layout: TreeLayout,
  capaian: { readonly bands: readonly AchievementBand[]; readonly title: string },
  locale: Locale,
  fontSize: number,
): { readonly markup: string; readonly height: number; readonly width: number } {
  const top = layout.height;
  const x0 = 24;
  const { bands, title } = capaian;
  let out = `<g class="legend capaian-legend">`;
  out += `<text${attributes({ class: 'legend-label', x: x0, y: top + fontSize, 'font-size': fontSize, 'font-weight': 'bold', fill: layout.colors.text })}>${escapeText(title)}</text>`;
  const items = [
    ...bands.map((b, i) => ({
      fill: b.fill,
      text: `${b.label[locale]} (${i === 0 ? `≥ ${b.min}` : i === bands.length - 1 ? `< ${bands[i - 1]!.min}` : `${b.min}–${bands[i - 1]!.min}`} %)`,
    })),
    { fill: NONE_FILL, text: locale === 'en' ? 'Not measured' : 'Belum terukur' },
  ];
  items.forEach((item, i) => {
    const x = x0 + i * ITEM;
    const y = top + fontSize + 10;
    out += `<rect${attributes({ x, y, width: SWATCH, height: SWATCH, rx: 3, fill: item.fill, stroke: '#555555', 'stroke-width': 1 })}/>`;
    out += `<text${attributes({ class: 'legend-label', x: x + SWATCH + 6, y: num(y + SWATCH - 4), 'font-size': fontSize, fill: layout.colors.text })}>${escapeText(item.text)}</text>`;
  });
  out += '</g>\n';
  return { markup: out, height: fontSize + 10 + ROW + 16, width: x0 + items.length * ITEM };
}
