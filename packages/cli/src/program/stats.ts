/**
 * `pokin stats`: its arguments and options; the command itself is in `commands/stats.ts`.
 *
 * @module
 */
import type { StatsFlags } from '../commands/stats.js';
import { defineCommand } from './kit.js';

/** Adds `pokin stats`. */
export const stats = defineCommand<StatsFlags>({
  name: 'stats',
  args: ['<files...>'],
  options: ['--year <year>'],
  takes: 'table',
  run: async ({ context, opts }, files: string[]) => (await import('../commands/stats.js')).statsCommand(context, files, opts),
});
