/**
 * `pokin review`: its arguments and options; the command itself is in `commands/review.ts`.
 *
 * @module
 */
import { help } from '../messages/index.js';
import { tableFlags, type CommandDefinition } from './kit.js';

/** Adds `pokin review`. */
export const review: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withTable(
      kit.withCommon(
        kit
          .command(program, 'review')
          .argument(`<${ph('files')}...>`, m(help.review.files))
          .option('--strict', m(help.review.strict))
          .option(`--rule <${ph('rule')}>`, m(help.review.rule), kit.collect)
          .option(`--config <${ph('file')}>`, m(help.review.config))
          .option('--workspace', m(help.review.workspace))
          .option(`--as-of <${ph('date')}>`, m(help.review.asOf)),
      ),
    )
    .action(
      kit.action(async ({ context, opts }, files: string[]) => {
        // Load only the command this run needs (a single file never loads the workspace code).
        const run =
          opts.workspace === true
            ? (await import('../commands/workspace-review.js')).workspaceReviewCommand
            : (await import('../commands/review.js')).reviewCommand;
        return run(context, files, {
          ...tableFlags(opts),
          strict: opts.strict as boolean | undefined,
          locale: kit.locale,
          rule: opts.rule as string[] | undefined,
          config: opts.config as string | undefined,
          asOf: opts.asOf as string | undefined,
        });
      }),
    );
};
