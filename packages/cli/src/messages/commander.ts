/**
 * Commander's own errors in the user's language: commander writes them in English; the CLI
 * suppresses its line and prints the catalogue's ({@link usage}) instead.
 *
 * @module
 */
import { same, type Text } from './text.js';
import { usage } from './usage.js';

/** Names the options commander knows, for "did you mean". */
type OptionNames = readonly string[];

/**
 * Commander's own error, in the user's language. Commander writes its errors in English; the CLI
 * suppresses that line and prints this one instead, recognising the error by its code and taking
 * the names out of commander's message.
 */
export function commanderError(
  code: string,
  message: string,
  options: OptionNames,
  commands: readonly string[],
  whose: (flag: string) => { readonly command: string | undefined; readonly owners: readonly string[] } = () => ({
    command: undefined,
    owners: [],
  }),
): Text {
  const text = message.replace(/^error: /, '');
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  switch (code) {
    case 'commander.unknownOption': {
      const flag = quoted[0] ?? text;
      const { command, owners } = whose(flag);
      return usage.unknownOption(flag, options, command, owners);
    }
    case 'commander.unknownCommand':
      return usage.unknownCommand(quoted[0] ?? text, commands);
    case 'commander.missingArgument':
      return usage.missingArgument(quoted[0] ?? '');
    case 'commander.optionMissingArgument':
      return usage.optionMissingValue(quoted[0] ?? '');
    case 'commander.missingMandatoryOptionValue':
      return usage.missingMandatory(quoted[0] ?? '');
    case 'commander.excessArguments': {
      const m = /Expected (\d+) arguments? but got (\d+)/.exec(text);
      return usage.excessArguments(quoted[0] ?? 'pokin', Number(m?.[1] ?? 0), Number(m?.[2] ?? 0));
    }
    case 'commander.invalidArgument': {
      const refused = refusedValue(text);
      if (refused === undefined) return same(text);
      // A value not among an option's choices: say the choices, and the closest one.
      const choices = /^Allowed choices are (.*)\.$/.exec(refused.reason)?.[1];
      if (choices !== undefined && refused.option !== undefined) {
        const reason = usage.choice(refused.value, choices.split(', '));
        const head = usage.invalidOptionValue(refused.option, refused.value, '');
        return { id: `${head.id}${reason.id}`, en: `${head.en}${reason.en}` };
      }
      if (refused.option !== undefined) return usage.invalidOptionValue(refused.option, refused.value, refused.reason);
      return usage.invalidArgumentValue(refused.argument, refused.value, refused.reason);
    }
    default:
      return same(text);
  }
}

/** A value that an option's parser or choices refused, taken out of commander's message. */
type RefusedValue = { readonly value: string; readonly reason: string } & (
  { readonly option: string; readonly argument?: undefined } | { readonly option?: undefined; readonly argument: string }
);

/**
 * Reads commander's message on a refused value, "option 'FLAGS' argument 'VALUE' is invalid.
 * REASON" or "command-argument value 'VALUE' is invalid for argument 'NAME'. REASON", by its fixed
 * words rather than by quotes or full stops, which a value may hold (`1.5`, `it's`).
 */
function refusedValue(text: string): RefusedValue | undefined {
  const optionHead = "option '";
  if (text.startsWith(optionHead)) {
    const flagsEnd = text.indexOf("' argument '");
    const valueEnd = text.lastIndexOf("' is invalid. ");
    if (flagsEnd < 0 || valueEnd < flagsEnd) return undefined;
    const value = text.slice(flagsEnd + "' argument '".length, valueEnd);
    return { option: text.slice(optionHead.length, flagsEnd), value, reason: text.slice(valueEnd + "' is invalid. ".length) };
  }
  const argumentHead = "command-argument value '";
  const valueEnd = text.lastIndexOf("' is invalid for argument '");
  if (!text.startsWith(argumentHead) || valueEnd < 0) return undefined;
  const nameStart = valueEnd + "' is invalid for argument '".length;
  const nameEnd = text.indexOf("'. ", nameStart);
  if (nameEnd < 0) return undefined;
  return { argument: text.slice(nameStart, nameEnd), value: text.slice(argumentHead.length, valueEnd), reason: text.slice(nameEnd + 3) };
}
