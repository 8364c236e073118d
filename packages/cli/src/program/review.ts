/**
 * `pokin review`: its arguments and options; the command itself is in `commands/review.ts`.
 *
 * @module
 */
import type { Command } from 'commander';
import { help } from '../messages/index.js';
import { tableFlags, type CommandDefinition } from './kit.js';

/** Adds `pokin review`. */
export const review: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withTable(
      kit.withCommon(
        program
          .command('review')
          .description(m(help.review.description))
          .argument(`<${ph('files')}...>`, m(help.review.files))
          .option('--strict', m(help.review.strict))
          .option(`--rule <${ph('rule')}>`, m(help.review.rule), kit.collect)
          .option(`--config <${ph('file')}>`, m(help.review.config)),
      ),
    )
    .addHelpText('after', m(help.review.after))
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { reviewCommand } = await import('../commands/review.js');
      kit.done(
        await reviewCommand(kit.context(cmd), files, {
          ...tableFlags(opts),
          strict: opts.strict as boolean | undefined,
          locale: kit.locale,
          rule: opts.rule as string[] | undefined,
          config: opts.config as string | undefined,
        }),
      );
    });
};
