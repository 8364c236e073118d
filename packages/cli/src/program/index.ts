/**
 * The commands of `pokin`, in the order `pokin --help` lists them. A new command is a file in
 * this folder (its options and a lazy action), its code in `commands/`, its help texts in
 * `messages/help/`, and one line here.
 *
 * @module
 */
import { diff } from './diff.js';
import { exportTable } from './export.js';
import { init } from './init.js';
import type { CommandDefinition } from './kit.js';
import { pk } from './pk.js';
import { render } from './render.js';
import { report } from './report.js';
import { review } from './review.js';
import { stats } from './stats.js';

/** Every command of `pokin`, one line each (so that adding one touches one line). */
// prettier-ignore
export const COMMANDS: readonly CommandDefinition[] = [
  review,
  render,
  stats,
  report,
  init,
  diff,
  exportTable,
  pk,
];
