/**
 * `pokin report`: its arguments and options; the command itself is in `commands/report.ts`.
 *
 * @module
 */
import { Option } from 'commander';
import { help } from '../messages/index.js';
import type { CommandDefinition } from './kit.js';

/** Adds `pokin report`. */
export const report: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withCommon(
      kit
        .command(program, 'report')
        .argument(`<${ph('file')}>`, m(help.report.file))
        .option(`--year <${ph('year')}>`, m(help.report.year))
        .option(`--as-of <${ph('date')}>`, m(help.report.asOf))
        .addOption(new Option(`--to <${ph('format')}>`, m(help.report.to)).choices(['html', 'svg', 'csv', 'xlsx', 'pdf']).default('html'))
        .option(`-o, --output <${ph('path')}>`, m(help.outputFile))
        .option('--write-special', m(help.render.writeSpecial)),
    )
    .action(
      kit.action(async ({ context, opts }, file: string) =>
        (await import('../commands/report.js')).reportCommand(context, file, {
          year: opts.year as string | undefined,
          asOf: opts.asOf as string | undefined,
          to: opts.to as 'html',
          output: opts.output as string | undefined,
          locale: kit.locale,
          writeSpecial: opts.writeSpecial === true,
        }),
      ),
    );
};
