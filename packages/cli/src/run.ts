/**
 * The `pokin` command line: the program (its commands are in `program/`, one file each), and
 * {@link run}, which returns the exit code. Every word it prints comes from the message catalogue
 * (`messages/`), in the locale of the run: `--locale`, else `POKIN_LOCALE`, else Bahasa Indonesia.
 *
 * @module
 */
import { Command, CommanderError, Help, type Argument, type Option } from 'commander';
import type { Locale } from '@pokin/core';
import { EXIT_INPUT } from './context.js';
import { CliUsageError, InputError, InputErrors, oneLine } from './errors.js';
import { resolveIO, type ResolvedIO, type RunIO } from './io.js';
import { commanderError, help, resolveLocale, say, usage, type Text } from './messages/index.js';
import { COMMANDS } from './program/index.js';
import { makeKit } from './program/kit.js';
import { version } from './version.js';

/** Builds the program in one language. Each action stores its exit code through `done`. */
function buildProgram(io: ResolvedIO, locale: Locale, done: (code: number) => void): Command {
  const kit = makeKit(io, locale, done);
  const { m } = kit;
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
    .addOption(kit.localeOption())
    .addHelpText('after', `${m(help.exitCodes)}\n${m(help.programExamples)}`);
  for (const define of COMMANDS) define(program, kit);
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
function optionNames(program: Command, command: Command | undefined): string[] {
  const names = new Set<string>();
  for (const cmd of command === undefined ? [program, ...program.commands] : [program, command])
    for (const o of cmd.options) if (o.long) names.add(o.long);
  names.add('--help');
  return [...names];
}

/** The subcommand `argv` names (its first word that is a command's name or alias). */
function commandOf(program: Command, argv: readonly string[]): Command | undefined {
  const word = argv.find((a) => !a.startsWith('-'));
  return word === undefined ? undefined : program.commands.find((c) => c.name() === word || c.aliases().includes(word));
}

/** The commands that have the option `flag`, other than `command`. */
function ownersOf(program: Command, command: Command | undefined, flag: string): string[] {
  const long = flag.split('=')[0]!;
  return program.commands.filter((c) => c !== command && c.options.some((o) => o.long === long || o.short === long)).map((c) => c.name());
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
      const command = commandOf(program, argv);
      const text = commanderError(
        e.code,
        e.message,
        optionNames(program, command),
        program.commands.map((c) => c.name()),
        (flag) => ({ command: command?.name(), owners: ownersOf(program, command, flag) }),
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
