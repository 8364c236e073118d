/**
 * The catalogue's help texts: every description, heading and example `pokin --help` prints, one
 * file per command. A new command adds its file here and one line to {@link help}.
 *
 * @module
 */
import { commonHelp } from './common.js';
import { diffHelp } from './diff.js';
import { exportHelp } from './export.js';
import { initHelp } from './init.js';
import { pkHelp } from './pk.js';
import { renderHelp } from './render.js';
import { reportHelp } from './report.js';
import { reviewHelp } from './review.js';
import { statsHelp } from './stats.js';

/** Every help text, by name: the shared ones, then one section per command. */
export const help = {
  ...commonHelp,
  review: reviewHelp,
  render: renderHelp,
  stats: statsHelp,
  init: initHelp,
  diff: diffHelp,
  export: exportHelp,
  pk: pkHelp,
  report: reportHelp,
} as const;
