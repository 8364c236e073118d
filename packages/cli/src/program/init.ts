/**
 * `pokin init`: its arguments and options; the command itself is in `commands/init.ts`.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import { help } from '../messages/index.js';
import { CSV_PROFILES, type CommandDefinition } from './kit.js';

/** Adds `pokin init`. */
export const init: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  program
    .command('init')
    .description(m(help.init.description))
    .argument(`[${ph('file')}]`, m(help.init.file))
    .addOption(new Option(`--to <${ph('format')}>`, m(help.init.to)).choices(['yaml', 'csv', 'xlsx']))
    .addOption(new Option(`--levels <${ph('scheme')}>`, m(help.init.levels)).choices(['permenpan-89', 'renstra']))
    .option(`--period <${ph('period')}>`, m(help.init.period))
    .option(`--agency <${ph('name')}>`, m(help.init.agency))
    .option('--force', m(help.init.force))
    .addOption(new Option(`--csv-profile <${ph('profile')}>`, m(help.csvProfile)).choices(CSV_PROFILES))
    .addOption(kit.localeOption())
    .option('--debug', m(help.debug))
    .addHelpText('after', m(help.init.after))
    .action(async (file: string | undefined, opts: Record<string, unknown>, cmd: Command) => {
      const { initCommand } = await import('../commands/init.js');
      kit.done(
        await initCommand(kit.context(cmd), file, {
          to: opts.to as string | undefined,
          levels: opts.levels as string | undefined,
          period: opts.period as string | undefined,
          agency: opts.agency as string | undefined,
          force: opts.force === true,
          csvProfile: opts.csvProfile as string | undefined,
        }),
      );
    });
};
