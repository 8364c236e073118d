/**
 * `pokin pk`: its arguments and options; the command itself is in `commands/pk.ts`.
 *
 * @module
 */
import { help } from '../messages/index.js';
import type { CommandDefinition } from './kit.js';

/** Adds `pokin pk`. */
export const pk: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withCommon(
      kit
        .command(program, 'pk')
        .argument(`<${ph('files')}...>`, m(help.pk.files))
        .option(`--to <${ph('format')}>`, m(help.pk.to))
        .option(`--year <${ph('n')}>`, m(help.pk.year))
        .option(`--position <${ph('name')}>`, m(help.pk.position))
        .option('--peta', m(help.pk.peta))
        .option(`-o, --output <${ph('path')}>`, m(help.pk.output)),
    )
    .action(
      kit.action(async ({ context, opts }, files: string[]) =>
        (await import('../commands/pk.js')).pkCommand(context, files, {
          to: opts.to as string | undefined,
          output: opts.output as string | undefined,
          year: opts.year as string | undefined,
          position: opts.position as string | undefined,
          peta: opts.peta as boolean | undefined,
          locale: kit.locale,
        }),
      ),
    );
};
