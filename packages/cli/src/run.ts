/**
 * The `pokin` command line: commander wiring, and {@link run}, which returns the exit code.
 *
 * @module
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Locale } from '@pokin/core';
import { EXIT_INPUT, makeContext, type CommandContext, type CommonFlags } from './context.js';
import { CliUsageError, InputError, InputErrors, oneLine } from './errors.js';
import { DEFAULT_MAX_RESULTS, INPUT_FORMATS } from './input/load.js';
import { resolveIO, type ResolvedIO, type RunIO } from './io.js';
import { DEFAULT_MAX_PNG_PIXELS } from './png.js';
import { version } from './version.js';

const EXIT_CODES_HELP = `
Exit codes:
  0  fine
  1  the review found errors (or warnings, with --strict)
  2  an input could not be read or parsed, or the command line is wrong

Inputs: .json, .yaml/.yml, .csv (the "results" shape), a folder (every such file below it),
or "-" for stdin (with --input-format when it is not obvious).
Errors are one line each: pokin: FILE:LINE:COLUMN: message (field).`;

function positiveInt(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Adds the options every command takes. */
function withCommon(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--input-format <format>', 'read the inputs as this format, whatever their extension (for stdin "-")').choices(
        INPUT_FORMATS,
      ),
    )
    .addOption(
      new Option('--max-bytes <n>', 'refuse an input larger than this many bytes (default: 50 MB; 10 MB for YAML)').argParser(positiveInt),
    )
    .addOption(
      new Option('--max-results <n>', 'refuse a document with more results than this').argParser(positiveInt).default(DEFAULT_MAX_RESULTS),
    )
    .option('--levels <scheme>', 'csv inputs: their level scheme, a preset (permenpan-89, renstra) or a .yaml/.json file with "levels"')
    .option('--color', 'colour the output even when it is not a terminal (also FORCE_COLOR=1)')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)')
    .option('--debug', 'show the stack trace of an unexpected error');
}

function localeOption(): Option {
  return new Option('--locale <locale>', 'language of review messages and rendered labels').choices(['id', 'en']).default('id');
}

function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text');
}

/** Builds the program. Each action stores its exit code through `done`. */
function buildProgram(io: ResolvedIO, done: (code: number) => void): Command {
  const context = (cmd: Command): CommandContext => makeContext(io, cmd.opts<CommonFlags>());
  const program = new Command('pokin')
    .description('Review, render and summarise pohon kinerja (performance tree) files.')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `${EXIT_CODES_HELP}

Examples:
  pokin review pokin.yaml
  pokin render pokin.yaml --to all -o out/
  pokin stats trees/ --format csv > stats.csv`,
    );

  withCommon(
    program
      .command('review')
      .description('Review trees (reviu pohon kinerja): findings grouped by result, with severity and rule id.')
      .argument('<files...>', 'files or folders to review ("-" for stdin)')
      .addOption(formatOption())
      .option('--strict', 'exit 1 on warnings too, not only on errors')
      .addOption(localeOption())
      .option('--rule <rule=setting>', 'turn a rule off or change its severity: RULE=off|error|warning|info (repeatable)', collect)
      .option(
        '--config <file>',
        'review config (rules and plug-ins); default: pokin.config.json or pokin.config.js from the working folder upwards',
      ),
  )
    .addHelpText(
      'after',
      `
Output: --format text (grouped by result, coloured on a terminal), json (an array of findings
with file, agency, result, indicator, rule, severity, message, path, line, column, url), or csv
(one table across every file: file, agency, result, rule, severity, message, then indicator,
path, line, column, url; line is the row for a CSV input). A file that cannot
be read is a row with rule "parse-error" or "read-error"; the others are still reviewed.
${EXIT_CODES_HELP}

Examples:
  pokin review pokin.yaml
  pokin review pokin.yaml --strict --locale en
  pokin review a.yaml b.json trees/ --format csv > findings.csv
  pokin review pokin.yaml --rule baseline-missing=off`,
    )
    .action(
      async (
        files: string[],
        opts: { format: 'text' | 'json' | 'csv'; strict?: boolean; locale: Locale; rule?: string[]; config?: string },
        cmd: Command,
      ) => {
        const { reviewCommand } = await import('./commands/review.js');
        done(await reviewCommand(context(cmd), files, opts));
      },
    );

  withCommon(
    program
      .command('render')
      .description('Render one tree to SVG, HTML, CSV, PNG, PDF, JSON or YAML, or all of SVG, HTML, CSV and PNG.')
      .argument('<file>', 'the file to render ("-" for stdin)')
      .requiredOption('--to <format>', 'svg | html | csv | png | pdf | json | yaml | all')
      .option('-o, --output <path>', 'output file, or folder (with --to all, or ending in "/"); default: stdout')
      .addOption(localeOption().default(undefined))
      .option('--no-indicators', 'svg: leave the indicators (IK) out of the boxes')
      .option('--no-stack-leaves', 'svg: lay the outputs of one parent side by side, not in a column')
      .addOption(new Option('--box-width <px>', 'svg: box width in pixels').argParser(positiveNumber))
      .addOption(
        new Option('--csv-shape <shape>', 'csv: one row per indicator, or the Langkah 4 worksheet').choices(['results', 'worksheet']),
      )
      .addOption(
        new Option('--csv-profile <profile>', 'csv: rfc4180 (",", no BOM), excel (BOM), excel-id (";", BOM)').choices([
          'rfc4180',
          'excel',
          'excel-id',
        ]),
      )
      .option('--fragment', 'html: the tables only, without <html>, <head> and print CSS')
      .addOption(new Option('--paper <size>', 'html, pdf: paper size (html: of the print CSS, landscape)').choices(['A4', 'A3']))
      .addOption(new Option('--orientation <orientation>', 'pdf: page orientation (default landscape)').choices(['portrait', 'landscape']))
      .option('--html-review', 'html: add the review table (the findings of pokin review) after the worksheets')
      .addOption(
        new Option('--scale <n>', 'png: zoom factor (lowered to fit --max-png-pixels unless given)').argParser(positiveNumber).default(2),
      )
      .addOption(
        new Option('--max-png-pixels <n>', 'png: refuse a larger PNG (width x height)')
          .argParser(positiveNumber)
          .default(DEFAULT_MAX_PNG_PIXELS, String(DEFAULT_MAX_PNG_PIXELS)),
      ),
  )
    .addHelpText(
      'after',
      `
--to all renders SVG, HTML, CSV and PNG into the folder given by -o, named after the input:
  pokin render examples/bkpsdm/pokin.yaml --to all -o out/bkpsdm   # out/bkpsdm/pokin.{svg,html,csv,png}
Output files are written whole or not at all. The PNG is drawn with the Arimo font shipped in
the package (system fonts are not used), so it has its text on any machine.
${EXIT_CODES_HELP}

Examples:
  pokin render pokin.yaml --to svg -o pokin.svg
  pokin render pokin.yaml --to html --paper A3 --locale en -o pokin.html
  pokin render pokin.yaml --to html --html-review -o pokin.html
  pokin render pokin.yaml --to pdf --paper A4 --orientation portrait -o pokin.pdf
  pokin render pokin.yaml --to csv --csv-profile excel-id -o pokin.csv
  pokin render pokin.csv --to yaml > pokin.yaml
  cat pokin.json | pokin render - --to png -o pokin.png`,
    )
    .action(async (file: string, opts: Record<string, unknown>, cmd: Command) => {
      const { renderCommand } = await import('./commands/render.js');
      const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
      done(
        await renderCommand(context(cmd), file, {
          to: opts.to as string,
          output: opts.output as string | undefined,
          scale: opts.scale as number,
          scaleGiven: given('scale'),
          maxPngPixels: opts.maxPngPixels as number,
          locale: opts.locale as Locale | undefined,
          indicators: given('indicators') ? (opts.indicators as boolean) : undefined,
          stackLeaves: given('stackLeaves') ? (opts.stackLeaves as boolean) : undefined,
          boxWidth: opts.boxWidth as number | undefined,
          csvShape: opts.csvShape as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
          fragment: opts.fragment as boolean | undefined,
          paper: opts.paper as string | undefined,
          orientation: opts.orientation as string | undefined,
          htmlReview: opts.htmlReview as boolean | undefined,
        }),
      );
    });

  withCommon(
    program
      .command('stats')
      .description(
        'Summarise trees: results per level and tier, indicators, results without an indicator, depth, leaves, crosscutting links.',
      )
      .argument('<files...>', 'files or folders ("-" for stdin)')
      .addOption(formatOption()),
  )
    .addHelpText(
      'after',
      `
Output: --format text (a breakdown for one file, a table for several), json (an array with one
entry per file), or csv (one row per file; level_<key> columns for every level seen).
${EXIT_CODES_HELP}

Examples:
  pokin stats pokin.yaml
  pokin stats trees/ --format csv > stats.csv`,
    )
    .action(async (files: string[], opts: { format: 'text' | 'json' | 'csv' }, cmd: Command) => {
      const { statsCommand } = await import('./commands/stats.js');
      done(await statsCommand(context(cmd), files, opts.format));
    });

  const configure = (cmd: Command) => {
    cmd.exitOverride();
    cmd.configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`pokin: ${oneLine(s.replace(/^error: /, ''))}\n`),
    });
  };
  configure(program);
  for (const cmd of program.commands) configure(cmd);
  return program;
}

/**
 * Runs the `pokin` command line in-process and returns the exit code: 0 fine, 1 the review found
 * errors (or warnings with `--strict`), 2 an input could not be read or parsed.
 *
 * @param argv - the arguments after the program name, e.g. `['review', 'pokin.yaml']`.
 * @param io - where to read and write; defaults to the real process.
 */
export async function run(argv: readonly string[], io: RunIO = {}): Promise<number> {
  const resolved = resolveIO(io);
  let code = 0;
  const program = buildProgram(resolved, (c) => {
    code = c;
  });
  const debug = argv.includes('--debug');
  const line = (s: string) => void resolved.stderr.write(`${s}\n`);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : EXIT_INPUT;
    if (e instanceof InputError || e instanceof InputErrors) {
      for (const p of e instanceof InputErrors ? e.errors : [e]) line(p.format());
      if (debug && e.stack) line(e.stack);
      return EXIT_INPUT;
    }
    if (e instanceof CliUsageError) {
      line(`pokin: ${oneLine(e.message)}`);
      if (debug && e.stack) line(e.stack);
      return EXIT_INPUT;
    }
    const message = e instanceof Error ? e.message : String(e);
    line(`pokin: unexpected error: ${oneLine(message)}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug && e instanceof Error && e.stack) line(e.stack);
    return EXIT_INPUT;
  }
}
