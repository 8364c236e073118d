/**
 * `pokin export`: its arguments and options; the command itself is in `commands/export.ts`.
 *
 * @module
 */
import { Option, type Command } from 'commander';
import { help } from '../messages/index.js';
import { CSV_PROFILES, type CommandDefinition } from './kit.js';

/** Output formats of `export`. */
const EXPORT_FORMATS = ['csv', 'jsonl'] as const;

/** Adds `pokin export`. */
export const exportTable: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withCommon(
      program
        .command('export')
        .description(m(help.export.description))
        .argument(`<${ph('files')}...>`, m(help.export.files))
        .option(`--to <${ph('path')}>`, m(help.export.to))
        .addOption(new Option(`--format <${ph('format')}>`, m(help.export.format)).choices(EXPORT_FORMATS))
        .addOption(new Option(`--csv-profile <${ph('profile')}>`, m(help.csvProfile)).choices(CSV_PROFILES)),
    )
    .addHelpText('after', m(help.export.after))
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { exportCommand } = await import('../commands/export.js');
      kit.done(
        await exportCommand(kit.context(cmd), files, {
          format: opts.format as 'csv' | undefined,
          to: opts.to as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
        }),
      );
    });
};
