/**
 * What every command's definition is built with: the run's language, its messages, the option
 * parsers and the options several commands share. A command's file under `program/` adds the
 * command to commander with these, and its action imports the command's code only when it runs.
 *
 * @module
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Locale } from '@pokin/core';
import { makeContext, type CommandContext, type CommonFlags } from '../context.js';
import { DEFAULT_MAX_RESULTS, INPUT_FORMATS } from '../input/formats.js';
import type { ResolvedIO } from '../io.js';
import { LOCALES, help, say, usage, type Text } from '../messages/index.js';

/** Output formats of `review` and `stats`. */
const TABLE_FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
/** CSV profiles of `--csv-profile`. */
export const CSV_PROFILES = ['rfc4180', 'excel', 'excel-id'] as const;

/** What a command's definition gets from the program (one per run). */
export interface ProgramKit {
  /** The language of the run. */
  readonly locale: Locale;
  /** A catalogue text in the run's language. */
  readonly m: (text: Text) => string;
  /** A placeholder of an option value or argument (`<berkas>`), in the run's language. */
  readonly ph: (key: keyof typeof help.placeholder) => string;
  /** The context a command runs with, from its parsed options. */
  readonly context: (cmd: Command) => CommandContext;
  /** Stores the exit code of the command that ran. */
  readonly done: (code: number) => void;
  /** Parses a whole number above 0 (`1_000` allowed). */
  readonly positiveInt: (value: string) => number;
  /** Parses a finite number above 0. */
  readonly positiveNumber: (value: string) => number;
  /** Collects a repeatable option into a list. */
  readonly collect: (value: string, previous?: string[]) => string[];
  /** `--locale <bahasa>`. */
  readonly localeOption: () => Option;
  /** Adds the options every command that reads pokin files takes. */
  readonly withCommon: (cmd: Command) => Command;
  /** Adds `--format`, `-o` and `--csv-profile` of the commands that write tables. */
  readonly withTable: (cmd: Command) => Command;
  /** `--csv-profile <profil>`. */
  readonly csvProfileOption: () => Option;
  /** Adds command `name` with its description and closing help text (`help[name]`). */
  readonly command: (program: Command, name: CommandName) => Command;
  /**
   * A command's action: runs `run` with the command's arguments (its code is imported inside
   * `run`, so only the command that runs loads it) and stores the exit code it returns.
   */
  readonly action: <A extends unknown[]>(run: (input: ActionInput, ...args: A) => Promise<number>) => (...all: unknown[]) => Promise<void>;
}

/** The commands whose help texts have a description and a closing text. */
type CommandName = 'review' | 'render' | 'stats' | 'init' | 'diff' | 'export' | 'pk' | 'report';

/** What a command's action gets besides its arguments. */
export interface ActionInput {
  /** The context the command runs with. */
  readonly context: CommandContext;
  /** The options as commander parsed them. */
  readonly opts: Record<string, unknown>;
  /** The command itself (where an option's value came from: `getOptionValueSource`). */
  readonly cmd: Command;
}

/** The values of the options {@link ProgramKit.withTable} adds, as the commands take them. */
export function tableFlags(opts: Record<string, unknown>): {
  format: 'text' | 'json' | 'jsonl' | 'csv';
  output: string | undefined;
  csvProfile: string | undefined;
} {
  return {
    format: opts.format as 'text',
    output: opts.output as string | undefined,
    csvProfile: opts.csvProfile as string | undefined,
  };
}

/** A command's definition: adds the command, its options and its (lazy) action to the program. */
export type CommandDefinition = (program: Command, kit: ProgramKit) => void;

/** The kit of one run. */
export function makeKit(io: ResolvedIO, locale: Locale, done: (code: number) => void): ProgramKit {
  const m = (text: Text) => say(text, locale);
  const ph = (key: keyof typeof help.placeholder) => m(help.placeholder[key]);
  const positiveInt = (value: string): number => {
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(m(usage.positiveInt()));
    return n;
  };
  const localeOption = () => new Option(`--locale <${ph('locale')}>`, m(help.locale)).choices(LOCALES);
  const csvProfileOption = () => new Option(`--csv-profile <${ph('profile')}>`, m(help.csvProfile)).choices(CSV_PROFILES);
  const context = (cmd: Command) => makeContext(io, cmd.opts<CommonFlags>(), locale);
  return {
    locale,
    m,
    ph,
    context,
    done,
    positiveInt,
    positiveNumber: (value) => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(m(usage.positiveNumber()));
      return n;
    },
    collect: (value, previous = []) => [...previous, value],
    localeOption,
    withCommon: (cmd) =>
      cmd
        .addOption(new Option(`--input-format <${ph('format')}>`, m(help.inputFormat)).choices(INPUT_FORMATS))
        .addOption(new Option(`--max-bytes <${ph('n')}>`, m(help.maxBytes)).argParser(positiveInt))
        .addOption(new Option(`--max-results <${ph('n')}>`, m(help.maxResults)).argParser(positiveInt).default(DEFAULT_MAX_RESULTS))
        .option(`--levels <${ph('scheme')}>`, m(help.levels))
        .addOption(new Option(`--encoding <${ph('encoding')}>`, m(help.encoding)).choices(['utf-8', 'windows-1252']))
        .addOption(localeOption())
        .option('--color', m(help.color))
        .option('--no-color', m(help.noColor))
        .option('--debug', m(help.debug)),
    withTable: (cmd) =>
      cmd
        .addOption(new Option(`--format <${ph('format')}>`, m(help.format)).choices(TABLE_FORMATS).default('text'))
        .option(`-o, --output <${ph('path')}>`, m(help.outputFile))
        .addOption(csvProfileOption()),
    csvProfileOption,
    command: (program, name) => program.command(name).description(m(help[name].description)).addHelpText('after', m(help[name].after)),
    action:
      (run) =>
      async (...all) => {
        // commander calls an action with the arguments, then the options, then the command.
        const cmd = all[all.length - 1] as Command;
        const opts = all[all.length - 2] as Record<string, unknown>;
        done(await run({ context: context(cmd), opts, cmd }, ...(all.slice(0, -2) as never)));
      },
  };
}
