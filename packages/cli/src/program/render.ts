/**
 * `pokin render`: its arguments and options; the command itself is in `commands/render.ts`.
 *
 * @module
 */
import { Option } from 'commander';
import { help } from '../messages/index.js';
import { DEFAULT_MAX_PNG_PIXELS, DEFAULT_MAX_PNG_TEXT } from '../png.js';
import type { CommandDefinition } from './kit.js';

/** Adds `pokin render`. */
export const render: CommandDefinition = (program, kit) => {
  const { m, ph } = kit;
  kit
    .withCommon(
      kit
        .command(program, 'render')
        .argument(`<${ph('file')}>`, m(help.render.file))
        .option(`--to <${ph('format')}>`, m(help.render.to('svg | html | csv | png | pdf | xlsx | json | yaml | all')))
        .option(`-o, --output <${ph('path')}>`, m(help.render.output))
        .option('--no-indicators', m(help.render.noIndicators))
        .option('--no-stack-leaves', m(help.render.noStackLeaves))
        .option('--show-owner', m(help.render.showOwner))
        .addOption(new Option(`--box-width <${ph('px')}>`, m(help.render.boxWidth)).argParser(kit.positiveNumber))
        .addOption(new Option(`--csv-shape <${ph('shape')}>`, m(help.render.csvShape)).choices(['results', 'worksheet', 'matrix']))
        .addOption(kit.csvProfileOption())
        .option('--fragment', m(help.render.fragment))
        .addOption(new Option(`--paper <${ph('size')}>`, m(help.render.paper)).choices(['A4', 'A3']))
        .addOption(new Option(`--orientation <${ph('orientation')}>`, m(help.render.orientation)).choices(['portrait', 'landscape']))
        .option('--html-review', m(help.render.htmlReview))
        .option('--html-matrix', m(help.render.htmlMatrix))
        .option('--write-special', m(help.render.writeSpecial))
        .option('--workspace', m(help.render.workspace))
        .addOption(new Option(`--view <${ph('name')}>`, m(help.render.view)).choices(['tree', 'matrix', 'crosscutting']))
        .addOption(new Option(`--scale <${ph('n')}>`, m(help.render.scale)).argParser(kit.positiveNumber).default(2))
        .addOption(
          new Option(`--max-png-pixels <${ph('n')}>`, m(help.render.maxPngPixels))
            .argParser(kit.positiveNumber)
            .default(DEFAULT_MAX_PNG_PIXELS, String(DEFAULT_MAX_PNG_PIXELS)),
        )
        .addOption(
          new Option(`--max-png-text <${ph('n')}>`, m(help.render.maxPngText))
            .argParser(kit.positiveInt)
            .default(DEFAULT_MAX_PNG_TEXT, String(DEFAULT_MAX_PNG_TEXT)),
        ),
    )
    .action(
      kit.action(async ({ context, opts, cmd }, file: string) => {
        if (opts.workspace === true) {
          return (await import('../commands/workspace-render.js')).workspaceRenderCommand(context, [file], {
            to: opts.to as string | undefined,
            view: opts.view as string | undefined,
            output: opts.output as string | undefined,
            locale: kit.locale,
            paper: opts.paper as string | undefined,
          });
        }
        const { renderCommand } = await import('../commands/render.js');
        const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
        return renderCommand(context, file, {
          to: opts.to as string | undefined,
          output: opts.output as string | undefined,
          scale: opts.scale as number,
          scaleGiven: given('scale'),
          maxPngPixels: opts.maxPngPixels as number,
          maxPngText: opts.maxPngText as number,
          locale: kit.locale,
          indicators: given('indicators') ? (opts.indicators as boolean) : undefined,
          stackLeaves: given('stackLeaves') ? (opts.stackLeaves as boolean) : undefined,
          boxWidth: opts.boxWidth as number | undefined,
          showOwner: opts.showOwner as boolean | undefined,
          csvShape: opts.csvShape as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
          fragment: opts.fragment as boolean | undefined,
          paper: opts.paper as string | undefined,
          orientation: opts.orientation as string | undefined,
          htmlReview: opts.htmlReview as boolean | undefined,
          htmlMatrix: opts.htmlMatrix as boolean | undefined,
          writeSpecial: opts.writeSpecial as boolean | undefined,
        });
      }),
    );
};
