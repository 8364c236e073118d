/**
 * `pokin pk`: its arguments and options; the command itself is in `commands/pk.ts`.
 *
 * @module
 */
import type { Command } from 'commander';
import { help } from '../messages/index.js';
import type { CommandDefinition } from './kit.js';

/** Adds `pokin pk`. */
export const pk: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withCommon(
      program
        .command('pk')
        .description(m(help.pk.description))
        .argument(`<${ph('files')}...>`, m(help.pk.files))
        .option(`--to <${ph('format')}>`, m(help.pk.to))
        .option(`--year <${ph('n')}>`, m(help.pk.year))
        .option(`--position <${ph('name')}>`, m(help.pk.position))
        .option('--peta', m(help.pk.peta))
        .option(`-o, --output <${ph('path')}>`, m(help.pk.output)),
    )
    .addHelpText('after', m(help.pk.after))
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { pkCommand } = await import('../commands/pk.js');
      kit.done(
        await pkCommand(kit.context(cmd), files, {
          to: opts.to as string | undefined,
          output: opts.output as string | undefined,
          year: opts.year as string | undefined,
          position: opts.position as string | undefined,
          peta: opts.peta as boolean | undefined,
          locale: kit.locale,
        }),
      );
    });
};
