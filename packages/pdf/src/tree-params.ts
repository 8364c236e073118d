/**
 * The tree layout's parameters on paper: font size, box width, padding and gaps in points, for a
 * paged plan and for the single-page candidates.
 *
 * @module
 */
import type { TreeLayoutParams } from './layout-source.js';
import type { PdfSettings } from './options.js';

/** Statement size of a paged plan, in points, for a minimum text size of 7 pt. */
const BASE = 10;

function params(settings: PdfSettings, fontSize: number, boxWidth: number, showLevel: boolean): TreeLayoutParams {
  const k = fontSize / BASE;
  return {
    locale: settings.locale,
    fontSize,
    boxWidth: boxWidth * k,
    boxPadding: 4.5 * k,
    showLevel,
    showIndicators: settings.showIndicators,
    maxStackRows: Infinity,
    gaps: { sibling: 10 * k, subtree: 18 * k, level: 20 * k, stack: 5 * k, stackIndent: 12 * k },
  };
}

/**
 * Parameters of every page of a paged plan: the level label at the minimum size or a little above,
 * the box width such that a whole number of boxes fills the page's width.
 */
export function pagedParams(settings: PdfSettings, width: number): TreeLayoutParams {
  const k = settings.minFontSize / 7;
  const columns = Math.max(2, Math.floor(width / ((150 + 18) * k)));
  return params(settings, BASE * k, width / columns / k - 18, true);
}

/**
 * Parameters tried for a single page, most wanted first: with level labels, then without (the
 * tier colours and legend still tell the tiers), each over a range of box widths.
 */
export function singlePageCandidates(settings: PdfSettings): TreeLayoutParams[] {
  const size = (BASE * settings.minFontSize) / 7;
  const out: TreeLayoutParams[] = [];
  for (const showLevel of [true, false]) for (const width of [160, 200, 240, 290]) out.push(params(settings, size, width, showLevel));
  return out;
}
