/**
 * `pokin stats`: its arguments and options; the command itself is in `commands/stats.ts`.
 *
 * @module
 */
import { help } from '../messages/index.js';
import { tableFlags, type CommandDefinition } from './kit.js';

/** Adds `pokin stats`. */
export const stats: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withTable(
      kit.withCommon(
        kit
          .command(program, 'stats')
          .argument(`<${ph('files')}...>`, m(help.stats.files))
          .option(`--year <${ph('year')}>`, m(help.stats.year)),
      ),
    )
    .action(
      kit.action(async ({ context, opts }, files: string[]) =>
        (await import('../commands/stats.js')).statsCommand(context, files, { ...tableFlags(opts), year: opts.year as string | undefined }),
      ),
    );
};
