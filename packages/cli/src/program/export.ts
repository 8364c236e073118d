/**
 * `pokin export`: its arguments and options; the command itself is in `commands/export.ts`.
 *
 * @module
 */
import type { ExportFlags } from '../commands/export.js';
import { CSV_PROFILE, defineCommand, OUTPUT } from './kit.js';

/** Adds `pokin export`. */
export const exportTable = defineCommand<ExportFlags>({
  name: 'export',
  args: ['<files...>'],
  options: [OUTPUT, '--to <format>', { flags: '--format <format>', choices: ['csv', 'jsonl'] }, CSV_PROFILE],
  takes: 'common',
  run: async ({ context, opts }, files: string[]) => (await import('../commands/export.js')).exportCommand(context, files, opts),
});
