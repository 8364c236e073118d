/**
 * `pokin diff`: its arguments and options; the command itself is in `commands/diff.ts`.
 *
 * @module
 */
import { InvalidArgumentError, Option } from 'commander';
import { help } from '../messages/index.js';
import type { CommandDefinition } from './kit.js';

/** Output formats of `diff`. */
const DIFF_FORMATS = ['text', 'json', 'jsonl', 'csv', 'html'] as const;

/** Adds `pokin diff`. */
export const diff: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  const fraction = (value: string): number => {
    const n = Number(value);
    if (!(n > 0 && n <= 1)) throw new InvalidArgumentError(m(help.diff.badSimilarity));
    return n;
  };
  kit
    .withCommon(
      kit
        .command(program, 'diff')
        .argument(`<${ph('file')}>`, m(help.diff.old))
        .argument(`<${ph('file')}>`, m(help.diff.next))
        .addOption(new Option(`--format <${ph('format')}>`, m(help.diff.format)).choices(DIFF_FORMATS).default('text'))
        .option(`-o, --output <${ph('path')}>`, m(help.outputFile))
        .addOption(kit.csvProfileOption())
        .addOption(new Option(`--similarity <${ph('n')}>`, m(help.diff.similarity)).argParser(fraction)),
    )
    .action(
      kit.action(async ({ context, opts }, oldFile: string, newFile: string) =>
        (await import('../commands/diff.js')).diffCommand(context, oldFile, newFile, {
          format: opts.format as 'text',
          output: opts.output as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
          similarity: opts.similarity as number | undefined,
        }),
      ),
    );
};
