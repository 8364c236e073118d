/**
 * `pokin init`: its arguments and options; the command itself is in `commands/init.ts`.
 *
 * @module
 */
import type { InitFlags } from '../commands/init.js';
import { CSV_PROFILE, DEBUG, defineCommand, LOCALE } from './kit.js';

/** Adds `pokin init` (it reads no pokin file, so it takes none of the shared options but these). */
export const init = defineCommand<InitFlags>({
  name: 'init',
  args: ['[file]'],
  options: [
    { flags: '--to <format>', choices: ['yaml', 'csv', 'xlsx'] },
    { flags: '--levels <scheme>', choices: ['permenpan-89', 'renstra'] },
    '--period <period>',
    '--agency <name>',
    '--from <file>',
    '--force',
    CSV_PROFILE,
    LOCALE,
    DEBUG,
  ],
  run: async ({ context, opts }, file: string | undefined) =>
    (await import('../commands/init.js')).initCommand(context, file, { ...opts, force: opts.force === true }),
});
