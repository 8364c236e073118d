/**
 * `pokin export`: its arguments and options; the command itself is in `commands/export.ts`.
 *
 * @module
 */
import { Option } from 'commander';
import { help } from '../messages/index.js';
import type { CommandDefinition } from './kit.js';

/** Output formats of `export`. */
const EXPORT_FORMATS = ['csv', 'jsonl'] as const;

/** Adds `pokin export`. */
export const exportTable: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withCommon(
      kit
        .command(program, 'export')
        .argument(`<${ph('files')}...>`, m(help.export.files))
        .option(`--to <${ph('path')}>`, m(help.export.to))
        .addOption(new Option(`--format <${ph('format')}>`, m(help.export.format)).choices(EXPORT_FORMATS))
        .addOption(kit.csvProfileOption()),
    )
    .action(
      kit.action(async ({ context, opts }, files: string[]) =>
        (await import('../commands/export.js')).exportCommand(context, files, {
          format: opts.format as 'csv' | undefined,
          to: opts.to as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
        }),
      ),
    );
};
