/**
 * `pokin init`: its arguments and options; the command itself is in `commands/init.ts`.
 *
 * @module
 */
import { Option } from 'commander';
import { help } from '../messages/index.js';
import type { CommandDefinition } from './kit.js';

/** Adds `pokin init`. */
export const init: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .command(program, 'init')
    .argument(`[${ph('file')}]`, m(help.init.file))
    .addOption(new Option(`--to <${ph('format')}>`, m(help.init.to)).choices(['yaml', 'csv', 'xlsx']))
    .addOption(new Option(`--levels <${ph('scheme')}>`, m(help.init.levels)).choices(['permenpan-89', 'renstra']))
    .option(`--period <${ph('period')}>`, m(help.init.period))
    .option(`--agency <${ph('name')}>`, m(help.init.agency))
    .option(`--from <${ph('file')}>`, m(help.init.from))
    .option('--force', m(help.init.force))
    .addOption(kit.csvProfileOption())
    .addOption(kit.localeOption())
    .option('--debug', m(help.debug))
    .action(
      kit.action(async ({ context, opts }, file: string | undefined) =>
        (await import('../commands/init.js')).initCommand(context, file, {
          to: opts.to as string | undefined,
          levels: opts.levels as string | undefined,
          period: opts.period as string | undefined,
          agency: opts.agency as string | undefined,
          force: opts.force === true,
          csvProfile: opts.csvProfile as string | undefined,
          from: opts.from as string | undefined,
        }),
      ),
    );
};
