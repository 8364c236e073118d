/**
 * `pokin report`: its arguments and options; the command itself is in `commands/report.ts`.
 *
 * @module
 */
import type { ReportFlags } from '../commands/report.js';
import { CSV_PROFILE, defineCommand, OUTPUT } from './kit.js';
import { help } from '../messages/index.js';

/** Adds `pokin report`. */
export const report = defineCommand<ReportFlags>({
  name: 'report',
  args: ['<file>'],
  options: [
    '--year <year>',
    '--as-of <date>',
    { flags: '--to <format>', choices: ['html', 'svg', 'csv', 'xlsx', 'pdf'] },
    OUTPUT,
    CSV_PROFILE,
    { flags: '--write-special', help: help.render.writeSpecial },
  ],
  takes: 'common',
  run: async ({ context, opts, locale }, file: string) =>
    (await import('../commands/report.js')).reportCommand(context, file, { ...opts, locale, writeSpecial: opts.writeSpecial === true }),
});
