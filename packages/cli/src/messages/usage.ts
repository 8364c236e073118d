/**
 * The catalogue's usage errors: a command line that cannot be run (exit code 2), commander's own
 * errors in both languages, and "did you mean".
 *
 * @module
 */
import { didYouMean, orList, same, t, type Text } from './text.js';

/** Every usage error, by name. */
export const usage = {
  positiveInt: () => t('harus bilangan bulat positif', 'expected a positive whole number'),
  positiveNumber: () => t('harus bilangan positif', 'expected a positive number'),
  /** A value not among the choices of an option, with the closest choice. */
  choice: (value: string, choices: readonly string[]) => {
    const hint = didYouMean(value, choices);
    return t(`pilih ${orList(choices).id}${hint.id}`, `use ${orList(choices).en}${hint.en}`);
  },
  unknownOption: (flag: string, candidates: readonly string[]) => {
    const hint = didYouMean(flag, candidates);
    return t(`opsi tidak dikenal "${flag}"${hint.id}`, `unknown option "${flag}"${hint.en}`);
  },
  unknownCommand: (name: string, candidates: readonly string[]) => {
    const hint = didYouMean(name, candidates);
    return t(`perintah tidak dikenal "${name}"${hint.id}; perintah: ${candidates.join(', ')}`, `unknown command "${name}"${hint.en}; commands: ${candidates.join(', ')}`);
  },
  missingArgument: (name: string) => t(`argumen <${name}> belum diberikan`, `missing required argument <${name}>`),
  optionMissingValue: (flags: string) => t(`opsi ${flags} perlu nilai`, `option ${flags} needs a value`),
  missingMandatory: (flags: string) => t(`opsi ${flags} wajib diberikan`, `required option ${flags} not given`),
  excessArguments: (command: string, expected: number, got: number) =>
    t(`terlalu banyak argumen untuk "${command}": seharusnya ${expected}, diberikan ${got}`, `too many arguments for "${command}": expected ${expected}, got ${got}`),
  invalidOptionValue: (flags: string, value: string, reason: string) =>
    t(`opsi ${flags}: nilai "${value}" tidak sah: ${reason}`, `option ${flags}: "${value}" is not valid: ${reason}`),
  invalidArgumentValue: (name: string, value: string, reason: string) =>
    t(`argumen <${name}>: nilai "${value}" tidak sah: ${reason}`, `argument <${name}>: "${value}" is not valid: ${reason}`),
  unexpected: (message: string, debug: boolean) =>
    t(
      `kesalahan tak terduga: ${message}${debug ? '' : ' (jalankan dengan --debug untuk rinciannya)'}`,
      `unexpected error: ${message}${debug ? '' : ' (run with --debug for details)'}`,
    ),

  // ---- review --rule
  ruleSyntax: (flag: string) => t(`--rule: seharusnya ATURAN=off|error|warning|info, diberikan "${flag}"`, `--rule: expected RULE=off|error|warning|info, got "${flag}"`),
  unknownRule: (id: string, known: readonly string[]) => {
    const hint = didYouMean(id, known);
    return t(`--rule: aturan tidak dikenal "${id}"${hint.id}; aturan: ${known.join(', ')}`, `--rule: unknown rule "${id}"${hint.en}; rules: ${known.join(', ')}`);
  },
  unknownSetting: (id: string, setting: string) => {
    const settings = ['off', 'error', 'warning', 'info'];
    const hint = didYouMean(setting, settings);
    return t(`--rule ${id}: setelan tidak dikenal "${setting}"${hint.id}; pakai off, error, warning atau info`, `--rule ${id}: unknown setting "${setting}"${hint.en}; use off, error, warning or info`);
  },

  // ---- render / init
  unknownFormat: (option: string, value: string, names: readonly string[]) => {
    const hint = didYouMean(value, names);
    return t(`${option}: format tidak dikenal "${value}"${hint.id}; pakai ${orList(names).id}`, `${option}: unknown format "${value}"${hint.en}; use ${orList(names).en}`);
  },
  noFormat: (names: readonly string[]) =>
    t(
      `sebutkan formatnya dengan --to (${names.join(', ')}), atau beri -o berkas dengan ekstensinya, mis. -o pokin.svg`,
      `name the format with --to (${names.join(', ')}), or give -o a file with its extension, e.g. -o pokin.svg`,
    ),
  outputExtensionUnknown: (output: string, names: readonly string[]) =>
    t(
      `-o ${output}: format tidak dapat ditebak dari ekstensinya; sebutkan dengan --to (${names.join(', ')})`,
      `-o ${output}: cannot tell the format from its extension; name it with --to (${names.join(', ')})`,
    ),
  extensionMismatch: (to: string, output: string, extension: string) =>
    t(
      `--to ${to} -o ${output}: ekstensi .${extension} tidak cocok dengan format ${to}; beri nama berakhiran .${to}, atau pakai --to ${extension}`,
      `--to ${to} -o ${output}: the extension .${extension} does not match the format ${to}; name it .${to}, or use --to ${extension}`,
    ),
  allNeedsFolder: () =>
    t('--to all menulis beberapa berkas: sebutkan foldernya dengan -o, mis. -o keluaran/', '--to all writes several files: name a folder with -o, e.g. -o out/'),
  pngIsBinary: () =>
    t('--to png adalah data biner: tulis ke berkas dengan -o BERKAS.png', '--to png is binary: write it to a file with -o FILE.png, or redirect stdout'),
  binaryIsBinary: (to: string) =>
    t(`--to ${to} adalah data biner: tulis ke berkas dengan -o BERKAS.${to}`, `--to ${to} is binary: write it to a file with -o FILE.${to}`),
  pngRefused: (what: string, reason: string, maxScale: number) =>
    t(
      `${what}: ditolak: ${reason}; ${maxScale > 0 ? `turunkan --scale menjadi paling besar ${maxScale}, atau naikkan --max-png-pixels` : 'naikkan --max-png-pixels, atau gambar SVG saja'}`,
      `${what}: refused: ${reason}; ${maxScale > 0 ? `lower --scale to at most ${maxScale}, or raise --max-png-pixels` : 'raise --max-png-pixels, or render SVG instead'}`,
    ),
  pngArea: (width: number, height: number, area: string, limit: string) =>
    t(`PNG ${width} x ${height} piksel (${area}) melebihi batas ${limit}`, `a ${width} x ${height} pixel PNG (${area}) is over the limit of ${limit}`),
} satisfies Record<string, (...args: never[]) => Text>;

/** Names the options commander knows, for "did you mean". */
export type OptionNames = readonly string[];

/**
 * Commander's own error, in the user's language. Commander writes its errors in English; the CLI
 * suppresses that line and prints this one instead, recognising the error by its code and taking
 * the names out of commander's message.
 */
export function commanderError(code: string, message: string, options: OptionNames, commands: readonly string[]): Text {
  const text = message.replace(/^error: /, '');
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  switch (code) {
    case 'commander.unknownOption':
      return usage.unknownOption(quoted[0] ?? text, options);
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
      // "option '--x <n>' argument 'v' is invalid. REASON" or "command-argument value 'v' is invalid for argument 'name'. REASON"
      const reason = text.replace(/^[^.]*?is invalid[^.]*\.\s*/, '');
      if (text.startsWith('option')) return usage.invalidOptionValue(quoted[0] ?? '', quoted[1] ?? '', reason);
      return usage.invalidArgumentValue(quoted[1] ?? '', quoted[0] ?? '', reason);
    }
    default:
      return same(text);
  }
}
