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
          .option(`--config <${ph('file')}>`, m(help.review.config))
          .option('--workspace', m(help.review.workspace))
          .option(`--as-of <${ph('date')}>`, m(help.review.asOf)),
      ),
    )
    .addHelpText('after', m(help.review.after))
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      // Load only the command this run needs (a single file never loads the workspace code).
      const run =
        opts.workspace === true
          ? (await import('../commands/workspace-review.js')).workspaceReviewCommand
          : (await import('../commands/review.js')).reviewCommand;
      kit.done(
        await run(kit.context(cmd), files, {
          ...tableFlags(opts),
          strict: opts.strict as boolean | undefined,
          locale: kit.locale,
          rule: opts.rule as string[] | undefined,
          config: opts.config as string | undefined,
          asOf: opts.asOf as string | undefined,
        }),
      );
    });
};
