/**
 * The `pokin` command line: commander wiring, and {@link run}, which returns the exit code. Every
 * word it prints comes from the message catalogue (`messages/`), in the locale of the run:
 * `--locale`, else `POKIN_LOCALE`, else Bahasa Indonesia.
 *
 * @module
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option, type Argument } from 'commander';
import type { Locale } from '@pokin/core';
import { EXIT_INPUT, makeContext, type CommandContext, type CommonFlags } from './context.js';
import { CliUsageError, InputError, InputErrors, oneLine } from './errors.js';
import { DEFAULT_MAX_RESULTS, INPUT_FORMATS } from './input/load.js';
import { resolveIO, type ResolvedIO, type RunIO } from './io.js';
import { LOCALES, commanderError, diffMessages, help, resolveLocale, say, usage, type Text } from './messages/index.js';
import { DEFAULT_MAX_PNG_PIXELS, DEFAULT_MAX_PNG_TEXT } from './png.js';
import { version } from './version.js';

/** Output formats of `review` and `stats`. */
const TABLE_FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
/** Output formats of `diff`. */
const DIFF_FORMATS = ['text', 'json', 'jsonl', 'csv', 'html'] as const;
/** CSV profiles of `--csv-profile`. */
const CSV_PROFILES = ['rfc4180', 'excel', 'excel-id'] as const;

/** Builds the program in one language. Each action stores its exit code through `done`. */
function buildProgram(io: ResolvedIO, locale: Locale, done: (code: number) => void): Command {
  const m = (text: Text) => say(text, locale);
  const ph = (key: keyof typeof help.placeholder) => m(help.placeholder[key]);
  const context = (cmd: Command): CommandContext => makeContext(io, cmd.opts<CommonFlags>(), locale);

  const positiveInt = (value: string): number => {
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(m(usage.positiveInt()));
    return n;
  };
  const positiveNumber = (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(m(usage.positiveNumber()));
    return n;
  };
  const fraction = (value: string): number => {
    const n = Number(value);
    if (!(n > 0 && n <= 1)) throw new InvalidArgumentError(m(diffMessages.help.badSimilarity));
    return n;
  };
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  const localeOption = () => new Option(`--locale <${ph('locale')}>`, m(help.locale)).choices(LOCALES);

  /** Adds the options every command takes. */
  const withCommon = (cmd: Command): Command =>
    cmd
      .addOption(new Option(`--input-format <${ph('format')}>`, m(help.inputFormat)).choices(INPUT_FORMATS))
      .addOption(new Option(`--max-bytes <${ph('n')}>`, m(help.maxBytes)).argParser(positiveInt))
      .addOption(new Option(`--max-results <${ph('n')}>`, m(help.maxResults)).argParser(positiveInt).default(DEFAULT_MAX_RESULTS))
      .option(`--levels <${ph('scheme')}>`, m(help.levels))
      .addOption(new Option(`--encoding <${ph('encoding')}>`, m(help.encoding)).choices(['utf-8', 'windows-1252']))
      .addOption(localeOption())
      .option('--color', m(help.color))
      .option('--no-color', m(help.noColor))
      .option('--debug', m(help.debug));
  /** `--format`, `-o` and `--csv-profile` of the commands that write tables. */
  const withTable = (cmd: Command): Command =>
    cmd
      .addOption(new Option(`--format <${ph('format')}>`, m(help.format)).choices(TABLE_FORMATS).default('text'))
      .option(`-o, --output <${ph('path')}>`, m(help.outputFile))
      .addOption(new Option(`--csv-profile <${ph('profile')}>`, m(help.csvProfile)).choices(CSV_PROFILES));

  const program = new Command('pokin');
  program
    .configureHelp(localHelp(locale))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Commander's own (English) error line is replaced by the catalogue's, printed by run().
      outputError: () => undefined,
    })
    .description(m(help.program))
    .version(version(), '-v, --version', m(help.versionOption))
    .helpOption('-h, --help', m(help.helpOption))
    .helpCommand(m(help.helpCommand), m(help.helpCommandDescription))
    .addOption(localeOption())
    .addHelpText('after', `${m(help.exitCodes)}\n${m(help.programExamples)}`);

  withTable(
    withCommon(
      program
        .command('review')
        .description(m(help.review.description))
        .argument(`<${ph('files')}...>`, m(help.review.files))
        .option('--strict', m(help.review.strict))
        .option(`--rule <${ph('rule')}>`, m(help.review.rule), collect)
        .option(`--config <${ph('file')}>`, m(help.review.config)),
    ),
  )
    .addHelpText('after', m(help.review.after))
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { reviewCommand } = await import('./commands/review.js');
      done(
        await reviewCommand(context(cmd), files, {
          format: opts.format as 'text',
          strict: opts.strict as boolean | undefined,
          locale,
          rule: opts.rule as string[] | undefined,
          output: opts.output as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
          config: opts.config as string | undefined,
        }),
      );
    });

  withCommon(
    program
      .command('render')
      .description(m(help.render.description))
      .argument(`<${ph('file')}>`, m(help.render.file))
      .option(`--to <${ph('format')}>`, m(help.render.to('svg | html | csv | png | pdf | xlsx | json | yaml | all')))
      .option(`-o, --output <${ph('path')}>`, m(help.render.output))
      .option('--no-indicators', m(help.render.noIndicators))
      .option('--no-stack-leaves', m(help.render.noStackLeaves))
      .addOption(new Option(`--box-width <${ph('px')}>`, m(help.render.boxWidth)).argParser(positiveNumber))
      .addOption(new Option(`--csv-shape <${ph('shape')}>`, m(help.render.csvShape)).choices(['results', 'worksheet']))
      .addOption(new Option(`--csv-profile <${ph('profile')}>`, m(help.csvProfile)).choices(CSV_PROFILES))
      .option('--fragment', m(help.render.fragment))
      .addOption(new Option(`--paper <${ph('size')}>`, m(help.render.paper)).choices(['A4', 'A3']))
      .addOption(new Option(`--orientation <${ph('orientation')}>`, m(help.render.orientation)).choices(['portrait', 'landscape']))
      .option('--html-review', m(help.render.htmlReview))
      .option('--write-special', m(help.render.writeSpecial))
      .addOption(new Option(`--scale <${ph('n')}>`, m(help.render.scale)).argParser(positiveNumber).default(2))
      .addOption(
        new Option(`--max-png-pixels <${ph('n')}>`, m(help.render.maxPngPixels))
          .argParser(positiveNumber)
          .default(DEFAULT_MAX_PNG_PIXELS, String(DEFAULT_MAX_PNG_PIXELS)),
      )
      .addOption(
        new Option(`--max-png-text <${ph('n')}>`, m(help.render.maxPngText))
          .argParser(positiveInt)
          .default(DEFAULT_MAX_PNG_TEXT, String(DEFAULT_MAX_PNG_TEXT)),
      ),
  )
    .addHelpText('after', m(help.render.after))
    .action(async (file: string, opts: Record<string, unknown>, cmd: Command) => {
      const { renderCommand } = await import('./commands/render.js');
      const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
      done(
        await renderCommand(context(cmd), file, {
          to: opts.to as string | undefined,
          output: opts.output as string | undefined,
          scale: opts.scale as number,
          scaleGiven: given('scale'),
          maxPngPixels: opts.maxPngPixels as number,
          maxPngText: opts.maxPngText as number,
          locale,
          indicators: given('indicators') ? (opts.indicators as boolean) : undefined,
          stackLeaves: given('stackLeaves') ? (opts.stackLeaves as boolean) : undefined,
          boxWidth: opts.boxWidth as number | undefined,
          csvShape: opts.csvShape as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
          fragment: opts.fragment as boolean | undefined,
          paper: opts.paper as string | undefined,
          orientation: opts.orientation as string | undefined,
          htmlReview: opts.htmlReview as boolean | undefined,
          writeSpecial: opts.writeSpecial as boolean | undefined,
        }),
      );
    });

  withTable(
    withCommon(
      program
        .command('stats')
        .description(m(help.stats.description))
        .argument(`<${ph('files')}...>`, m(help.stats.files)),
    ),
  )
    .addHelpText('after', m(help.stats.after))
    .action(async (files: string[], opts: Record<string, unknown>, cmd: Command) => {
      const { statsCommand } = await import('./commands/stats.js');
      done(
        await statsCommand(context(cmd), files, {
          format: opts.format as 'text',
          output: opts.output as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
        }),
      );
    });

  withCommon(
    program
      .command('diff')
      .description(m(diffMessages.help.description))
      .argument(`<${ph('file')}>`, m(diffMessages.help.old))
      .argument(`<${ph('file')}>`, m(diffMessages.help.next))
      .addOption(new Option(`--format <${ph('format')}>`, m(diffMessages.help.format)).choices(DIFF_FORMATS).default('text'))
      .option(`-o, --output <${ph('path')}>`, m(help.outputFile))
      .addOption(new Option(`--csv-profile <${ph('profile')}>`, m(help.csvProfile)).choices(CSV_PROFILES))
      .addOption(new Option(`--similarity <${ph('n')}>`, m(diffMessages.help.similarity)).argParser(fraction)),
  )
    .addHelpText('after', m(diffMessages.help.after))
    .action(async (oldFile: string, newFile: string, opts: Record<string, unknown>, cmd: Command) => {
      const { diffCommand } = await import('./commands/diff.js');
      done(
        await diffCommand(context(cmd), oldFile, newFile, {
          format: opts.format as 'text',
          output: opts.output as string | undefined,
          csvProfile: opts.csvProfile as string | undefined,
          similarity: opts.similarity as number | undefined,
        }),
      );
    });

  program
    .command('init')
    .description(m(help.init.description))
    .argument(`[${ph('file')}]`, m(help.init.file))
    .addOption(new Option(`--to <${ph('format')}>`, m(help.init.to)).choices(['yaml', 'csv', 'xlsx']))
    .addOption(new Option(`--levels <${ph('scheme')}>`, m(help.init.levels)).choices(['permenpan-89', 'renstra']))
    .option(`--period <${ph('period')}>`, m(help.init.period))
    .option(`--agency <${ph('name')}>`, m(help.init.agency))
    .option('--force', m(help.init.force))
    .addOption(new Option(`--csv-profile <${ph('profile')}>`, m(help.csvProfile)).choices(CSV_PROFILES))
    .addOption(localeOption())
    .option('--debug', m(help.debug))
    .addHelpText('after', m(help.init.after))
    .action(async (file: string | undefined, opts: Record<string, unknown>, cmd: Command) => {
      const { initCommand } = await import('./commands/init.js');
      done(
        await initCommand(context(cmd), file, {
          to: opts.to as string | undefined,
          levels: opts.levels as string | undefined,
          period: opts.period as string | undefined,
          agency: opts.agency as string | undefined,
          force: opts.force === true,
          csvProfile: opts.csvProfile as string | undefined,
        }),
      );
    });

  for (const cmd of [program, ...program.commands]) {
    cmd.helpOption('-h, --help', m(help.helpOption));
    cmd.usage(cmd.usage().replace('[options]', m(help.usageOptions)).replace('[command]', m(help.usageCommand)));
  }
  return program;
}

/** Commander's help in a language: titles, and the "(choices: ...)" and "(default: ...)" notes. */
function localHelp(locale: Locale): Partial<Help> {
  const m = (text: Text) => say(text, locale);
  const note = (
    description: string,
    choices: readonly string[] | undefined,
    fallback: unknown,
    showDefault: boolean,
    defaultText?: string,
  ) => {
    const extra: string[] = [];
    if (choices) extra.push(m(help.choices(choices.map((c) => JSON.stringify(c)).join(', '))));
    if (fallback !== undefined && showDefault) extra.push(m(help.defaultValue(defaultText || JSON.stringify(fallback))));
    return extra.length === 0 ? description : `${description} (${extra.join(', ')})`.trim();
  };
  const base = new Help();
  return {
    subcommandTerm: (cmd: Command) => base.subcommandTerm(cmd).replace('[options]', m(help.usageOptions)),
    styleTitle: (title: string) => (help.titles[title] ? m(help.titles[title]) : title),
    optionDescription: (o: Option) =>
      note(o.description, o.argChoices, o.defaultValue, o.required || o.optional, o.defaultValueDescription),
    argumentDescription: (a: Argument) => note(a.description, a.argChoices, a.defaultValue, true, a.defaultValueDescription),
  };
}

/** The long option names of every command, for "did you mean". */
function optionNames(program: Command): string[] {
  const names = new Set<string>();
  for (const cmd of [program, ...program.commands]) for (const o of cmd.options) if (o.long) names.add(o.long);
  names.add('--help');
  return [...names];
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
  const locale = resolveLocale(argv, resolved.env);
  let code = 0;
  const program = buildProgram(resolved, locale, (c) => {
    code = c;
  });
  const debug = argv.includes('--debug');
  const line = (s: string) => void resolved.stderr.write(`${s}\n`);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === 'commander.help' || e.code === 'commander.helpDisplayed' || e.code === 'commander.version')
        return e.exitCode === 0 ? 0 : EXIT_INPUT;
      const choices = /Allowed choices are (.*)\.$/.exec(e.message);
      const value = /argument '([^']*)' is invalid/.exec(e.message)?.[1];
      const flags = /option '([^']*)'/.exec(e.message)?.[1];
      const text =
        e.code === 'commander.invalidArgument' && choices && value !== undefined && flags !== undefined
          ? joinChoice(flags, value, choices[1]!.split(', '))
          : commanderError(
              e.code,
              e.message,
              optionNames(program),
              program.commands.map((c) => c.name()),
            );
      line(`pokin: ${oneLine(say(text, locale))}`);
      return EXIT_INPUT;
    }
    if (e instanceof InputError || e instanceof InputErrors) {
      for (const p of e instanceof InputErrors ? e.errors : [e]) line(p.format(locale));
      if (debug && e.stack) line(e.stack);
      return EXIT_INPUT;
    }
    if (e instanceof CliUsageError) {
      line(`pokin: ${oneLine(say(e.text, locale))}`);
      if (debug && e.stack) line(e.stack);
      return EXIT_INPUT;
    }
    const message = e instanceof Error ? e.message : String(e);
    line(`pokin: ${oneLine(say(usage.unexpected(message, debug), locale))}`);
    if (debug && e instanceof Error && e.stack) line(e.stack);
    return EXIT_INPUT;
  }
}

/** `option --format <format>: "jsn" is not valid: use text, json, jsonl or csv (did you mean "json"?)`. */
function joinChoice(flags: string, value: string, choices: readonly string[]): Text {
  const reason = usage.choice(value, choices);
  const head = usage.invalidOptionValue(flags, value, '');
  return { id: `${head.id}${reason.id}`, en: `${head.en}${reason.en}` };
}
