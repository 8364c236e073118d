/**
 * Commands as data: a command's file under `program/` is a table (its arguments, its options as
 * rows, the shared options it takes, and a `run` that imports the command's code only when it
 * runs); the kit of a run turns each table into a commander command, in the run's language, with
 * the option parsers and the options several commands share.
 *
 * @module
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Locale } from '@pokin/core';
import { makeContext, type CommandContext, type CommonFlags } from '../context.js';
import { DEFAULT_MAX_RESULTS, INPUT_FORMATS } from '../input/formats.js';
import type { ResolvedIO } from '../io.js';
import { LOCALES, help, say, usage, type Text } from '../messages/index.js';

/** CSV profiles of `--csv-profile`. */
export const CSV_PROFILES = ['rfc4180', 'excel', 'excel-id'] as const;

/**
 * An option or an argument as data. `flags` as commander takes them, each value's placeholder named
 * as in `help.placeholder` (`--year <year>`, `-o, --output <path>`, `<files...>`, `[file]`);
 * `help` where it is not the command's own text of that name (`help.pk.year`, `help.pk.files`).
 */
export interface Row {
  readonly flags: string;
  readonly help?: Text;
  readonly choices?: readonly string[];
  /** How the value is read: one of the kit's parsers, or a function of its own. */
  readonly parse?: 'positiveInt' | 'positiveNumber' | 'collect' | ((value: string, m: (text: Text) => string) => unknown);
  readonly default?: unknown;
}

/** A command as data: what `pokin <name> --help` lists, and its (lazy) action. */
export interface CommandTable<O> {
  readonly name: CommandName;
  /** Its arguments: a row, or the flags alone when the help text is the command's own. */
  readonly args: readonly (string | Row)[];
  /** Its own options, in the order of its help. */
  readonly options: readonly (string | Row)[];
  /** The shared options it takes after its own: `common` (every command that reads pokin files) or `table` (those, then --format, -o and --csv-profile). */
  readonly takes?: 'common' | 'table';
  /** Runs the command: imports its code (so only the command that runs loads it) and returns its exit code. */
  readonly run: (input: ActionInput<O>, ...args: never[]) => Promise<number>;
}

/** The commands whose help texts have a description and a closing text. */
type CommandName = 'review' | 'render' | 'stats' | 'init' | 'diff' | 'export' | 'pk' | 'report';

/** What a command's action gets besides its arguments. */
export interface ActionInput<O = Record<string, unknown>> {
  /** The context the command runs with. */
  readonly context: CommandContext;
  /** The options as commander parsed them (the shared ones too), by their names in the command's flags. */
  readonly opts: O;
  /** The command itself (where an option's value came from: `getOptionValueSource`). */
  readonly cmd: Command;
  /** The language of the run. */
  readonly locale: Locale;
}

/** `--csv-profile <profile>`. */
export const CSV_PROFILE: Row = { flags: '--csv-profile <profile>', help: help.csvProfile, choices: CSV_PROFILES };
/** `--locale <locale>`. */
export const LOCALE: Row = { flags: '--locale <locale>', help: help.locale, choices: LOCALES };
/** `--debug`. */
export const DEBUG: Row = { flags: '--debug', help: help.debug };
/** `-o, --output <path>` of the commands that write one file or the screen. */
export const OUTPUT: Row = { flags: '-o, --output <path>', help: help.outputFile };

/** The options every command that reads pokin files takes. */
const COMMON: readonly Row[] = [
  { flags: '--input-format <format>', help: help.inputFormat, choices: INPUT_FORMATS },
  { flags: '--max-bytes <n>', help: help.maxBytes, parse: 'positiveInt' },
  { flags: '--max-results <n>', help: help.maxResults, parse: 'positiveInt', default: DEFAULT_MAX_RESULTS },
  { flags: '--levels <scheme>', help: help.levels },
  { flags: '--encoding <encoding>', help: help.encoding, choices: ['utf-8', 'windows-1252'] },
  LOCALE,
  { flags: '--color', help: help.color },
  { flags: '--no-color', help: help.noColor },
  DEBUG,
];

/** `--format`, `-o` and `--csv-profile` of the commands that write tables (`review`, `stats`). */
const TABLE: readonly Row[] = [
  { flags: '--format <format>', help: help.format, choices: ['text', 'json', 'jsonl', 'csv'], default: 'text' },
  OUTPUT,
  CSV_PROFILE,
];

/** The flags with their placeholders in the run's language. */
const localFlags = (flags: string, ph: (key: keyof typeof help.placeholder) => string) =>
  flags.replace(/([<[])(\w+)/g, (_, open: string, key: keyof typeof help.placeholder) => `${open}${ph(key)}`);

/** The name of a row's own help text: `--no-stack-leaves` → `noStackLeaves`, `<files...>` → `files`. */
const textName = (flags: string) =>
  (/--([\w-]+)/.exec(flags)?.[1] ?? /\w+/.exec(flags)![0]).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** A command's definition: adds the command, its options and its (lazy) action to the program. */
export type CommandDefinition = (program: Command, kit: ProgramKit) => void;

/** What a command's definition gets from the program (one per run). */
export interface ProgramKit {
  /** The language of the run. */
  readonly locale: Locale;
  /** A catalogue text in the run's language. */
  readonly m: (text: Text) => string;
  /** `--locale <bahasa>`. */
  readonly localeOption: () => Option;
  /** Adds the command of a table to the program. */
  readonly define: (program: Command, table: CommandTable<never>) => void;
}

/** A command's definition from its table. */
export const defineCommand =
  <O>(table: CommandTable<O>): CommandDefinition =>
  (program, kit) =>
    kit.define(program, table);

/** The kit of one run. */
export function makeKit(io: ResolvedIO, locale: Locale, done: (code: number) => void): ProgramKit {
  const m = (text: Text) => say(text, locale);
  const ph = (key: keyof typeof help.placeholder) => m(help.placeholder[key]);
  const parsers = {
    positiveInt: (value: string): number => {
      const n = Number(value.replace(/_/g, ''));
      if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(m(usage.positiveInt()));
      return n;
    },
    positiveNumber: (value: string): number => {
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(m(usage.positiveNumber()));
      return n;
    },
    collect: (value: string, previous: string[] = []) => [...previous, value],
  };
  /** The help text of a row of command `name`. */
  const textOf = (name: CommandName, row: Row): string => {
    const text = row.help ?? (help[name] as Readonly<Record<string, Text | undefined>>)[textName(row.flags)];
    if (text === undefined) throw new Error(`pokin ${name}: no help text for ${row.flags}`);
    return m(text);
  };
  const option = (name: CommandName, row: Row): Option => {
    const made = new Option(localFlags(row.flags, ph), textOf(name, row));
    if (row.choices !== undefined) made.choices(row.choices);
    const parse = row.parse;
    if (typeof parse === 'function') made.argParser((value) => parse(value, m));
    else if (parse !== undefined) made.argParser(parsers[parse] as (value: string, previous: unknown) => unknown);
    if (row.default !== undefined) made.default(row.default);
    return made;
  };
  const asRow = (row: string | Row): Row => (typeof row === 'string' ? { flags: row } : row);
  return {
    locale,
    m,
    localeOption: () => option('review', LOCALE),
    define: (program, table) => {
      const cmd = program.command(table.name).description(m(help[table.name].description)).addHelpText('after', m(help[table.name].after));
      for (const arg of table.args.map(asRow)) cmd.argument(localFlags(arg.flags, ph), textOf(table.name, arg));
      const shared = table.takes === undefined ? [] : table.takes === 'common' ? COMMON : [...COMMON, ...TABLE];
      for (const row of [...table.options.map(asRow), ...shared]) cmd.addOption(option(table.name, row));
      cmd.action(async (...all: unknown[]) => {
        // commander calls an action with the arguments, then the options, then the command.
        const command = all[all.length - 1] as Command;
        const opts = all[all.length - 2] as never;
        const context = makeContext(io, command.opts<CommonFlags>(), locale);
        done(await table.run({ context, opts, cmd: command, locale }, ...(all.slice(0, -2) as never[])));
      });
    },
  };
}
