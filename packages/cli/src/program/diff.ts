/**
 * `pokin diff`: its arguments and options; the command itself is in `commands/diff.ts`.
 *
 * @module
 */
import { InvalidArgumentError } from 'commander';
import type { DiffFlags } from '../commands/diff.js';
import { help } from '../messages/index.js';
import { CSV_PROFILE, defineCommand, OUTPUT } from './kit.js';

/** `--similarity`: a number above 0 and at most 1. */
function fraction(value: string, m: (text: typeof help.diff.badSimilarity) => string): number {
  const n = Number(value);
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError(m(help.diff.badSimilarity));
  return n;
}

/** Adds `pokin diff`. */
export const diff = defineCommand<DiffFlags>({
  name: 'diff',
  args: [
    { flags: '<file>', help: help.diff.old },
    { flags: '<file>', help: help.diff.next },
  ],
  options: [
    { flags: '--format <format>', choices: ['text', 'json', 'jsonl', 'csv', 'html'], default: 'text' },
    OUTPUT,
    CSV_PROFILE,
    { flags: '--similarity <n>', parse: fraction },
  ],
  takes: 'common',
  run: async ({ context, opts }, oldFile: string, newFile: string) =>
    (await import('../commands/diff.js')).diffCommand(context, oldFile, newFile, opts),
});
