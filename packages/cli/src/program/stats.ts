/**
 * `pokin stats`: its arguments and options; the command itself is in `commands/stats.ts`.
 *
 * @module
 */
import type { Command } from 'commander';
import { help } from '../messages/index.js';
import { tableFlags, type CommandDefinition } from './kit.js';

/** Adds `pokin stats`. */
export const stats: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withTable(
      kit.withCommon(
        program
          .command('stats')
          .description(m(help.stats.description))
          .argument(`<${ph('files')}...>`, m(help.stats.files))
          .option(`--year <${ph('year')}>`, m(help.stats.year)),
      ),
    )
    .addHelpText('after', m(help.stats.after))
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { statsCommand } = await import('../commands/stats.js');
      kit.done(await statsCommand(kit.context(cmd), files, { ...tableFlags(opts), year: opts.year as string | undefined }));
    });
};
