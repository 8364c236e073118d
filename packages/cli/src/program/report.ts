/**
 * `pokin report`: its arguments and options; the command itself is in `commands/report.ts`.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import { help } from '../messages/index.js';
import type { CommandDefinition } from './kit.js';

/** Adds `pokin report`. */
export const report: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withCommon(
      program
        .command('report')
        .description(m(help.report.description))
        .argument(`<${ph('file')}>`, m(help.report.file))
        .option(`--year <${ph('year')}>`, m(help.report.year))
        .option(`--as-of <${ph('date')}>`, m(help.report.asOf))
        .addOption(new Option(`--to <${ph('format')}>`, m(help.report.to)).choices(['html', 'svg', 'csv', 'xlsx', 'pdf']).default('html'))
        .option(`-o, --output <${ph('path')}>`, m(help.outputFile))
        .option('--write-special', m(help.render.writeSpecial)),
    )
    .addHelpText('after', m(help.report.after))
    .action(async (file: string, opts: Record<string, unknown>, cmd: Command) => {
      const { reportCommand } = await import('../commands/report.js');
      kit.done(
        await reportCommand(kit.context(cmd), file, {
          year: opts.year as string | undefined,
          asOf: opts.asOf as string | undefined,
          to: opts.to as 'html',
          output: opts.output as string | undefined,
          locale: kit.locale,
          writeSpecial: opts.writeSpecial === true,
        }),
      );
    });
};
