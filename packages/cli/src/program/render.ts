/**
 * `pokin render`: its arguments and options; the command itself is in `commands/render.ts`.
 *
 * @module
 */
import type { RenderCommandFlags } from '../commands/render.js';
import type { WorkspaceRenderFlags } from '../commands/workspace-render.js';
import { help } from '../messages/index.js';
import { DEFAULT_MAX_PNG_PIXELS, DEFAULT_MAX_PNG_TEXT } from '../png.js';
import { CSV_PROFILE, defineCommand } from './kit.js';

/** Adds `pokin render`. */
export const render = defineCommand<RenderCommandFlags & WorkspaceRenderFlags & { workspace?: boolean }>({
  name: 'render',
  args: ['<file>'],
  options: [
    { flags: '--to <format>', help: help.render.to('svg | html | csv | png | pdf | xlsx | json | yaml | all') },
    '-o, --output <path>',
    '--no-indicators',
    '--no-stack-leaves',
    '--show-owner',
    { flags: '--box-width <px>', parse: 'positiveNumber' },
    { flags: '--csv-shape <shape>', choices: ['results', 'worksheet', 'matrix'] },
    CSV_PROFILE,
    '--fragment',
    { flags: '--paper <size>', choices: ['A4', 'A3'] },
    { flags: '--orientation <orientation>', choices: ['portrait', 'landscape'] },
    '--html-review',
    '--html-matrix',
    '--write-special',
    '--workspace',
    { flags: '--view <name>', choices: ['tree', 'matrix', 'crosscutting'] },
    { flags: '--scale <n>', parse: 'positiveNumber', default: 2 },
    { flags: '--max-png-pixels <n>', parse: 'positiveNumber', default: DEFAULT_MAX_PNG_PIXELS },
    { flags: '--max-png-text <n>', parse: 'positiveInt', default: DEFAULT_MAX_PNG_TEXT },
  ],
  takes: 'common',
  run: async ({ context, opts, cmd, locale }, file: string) => {
    const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
    if (opts.workspace === true) {
      return (await import('../commands/workspace-render.js')).workspaceRenderCommand(context, [file], {
        ...opts,
        locale,
        indicators: given('indicators') ? opts.indicators : undefined,
        stackLeaves: given('stackLeaves') ? opts.stackLeaves : undefined,
      });
    }
    const { renderCommand } = await import('../commands/render.js');
    return renderCommand(context, file, {
      ...opts,
      locale,
      scaleGiven: given('scale'),
      indicators: given('indicators') ? opts.indicators : undefined,
      stackLeaves: given('stackLeaves') ? opts.stackLeaves : undefined,
    });
  },
});
