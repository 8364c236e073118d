/**
 * The targets of issue 6, checked beside each figure. Times are medians in milliseconds; ratios
 * are ours / baseline (below 1 means faster than the baseline).
 */

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);

/**
 * Targets on one stage at one size: `{ label, pass }[]`. `pass` is true, false, or undefined
 * when the figure is missing (n/a).
 */
export function stageTargets(stage, size, figures) {
  const out = [];
  const add = (label, value, ok) => out.push({ label, pass: value === undefined ? undefined : ok(value), value });
  const t = figures.median;
  const ratio = figures.baseline?.ratio;
  switch (stage) {
    case 'parse':
      add('<= 3x zod', ratio, (r) => r <= 3);
      if (size === 100_000) add('<= 2 KB heap/result', figures.heapPerResult, (h) => h <= 2048);
      break;
    case 'review':
      if (size === 100_000) add('< 1 s', t, (v) => v < 1000);
      break;
    case 'renderSvg':
      if (size === 10_000) add('< 1 s', t, (v) => v < 1000);
      if (size === 1_000 && figures.baseline?.name?.startsWith('dot')) add('>= 20x faster than dot', ratio, (r) => r <= 1 / 20);
      break;
    case 'renderHtml':
      if (size === 100_000) add('< 1 s', t, (v) => v < 1000);
      break;
    case 'renderCsv':
      add('<= 1.5x papaparse', ratio, (r) => r <= 1.5);
      if (size === 100_000) add('< 1 s', t, (v) => v < 1000);
      break;
    default:
      break;
  }
  return out;
}

/** Scale run: 1,000,000 results through parse, review and CSV export. */
export const SCALE_LIMITS = Object.freeze({ totalMs: 60_000, heapBytes: 4 * 1024 ** 3 });

export { fmtMs };
