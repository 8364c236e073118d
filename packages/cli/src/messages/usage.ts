/**
 * The catalogue's usage errors: a command line that cannot be run (exit code 2), in both
 * languages, with "did you mean"; `commander.ts` turns commander's own errors into these.
 *
 * @module
 */
import { didYouMean, t, type Text } from './text.js';

/** A whole number grouped as each language writes it: `13.392` in Indonesian, `13,392` in English. */
const count = (n: number, locale = 'en-US') => (Number.isFinite(n) ? Math.round(n).toLocaleString(locale) : String(n));
const countId = (n: number) => count(n, 'id-ID');
function area_(pixels: number): Text {
  if (!Number.isFinite(pixels) || pixels < 1e6) return t(`${countId(pixels)} piksel`, `${count(pixels)} pixels`);
  const mp = pixels / 1e6;
  const small = String(Math.round(mp * 10) / 10);
  return t(`${mp >= 10 ? countId(mp) : small.replace('.', ',')} megapiksel`, `${mp >= 10 ? count(mp) : small} megapixels`);
}

/** Every usage error, by name. */
export const usage = {
  positiveInt: () => t('harus bilangan bulat positif', 'expected a positive whole number'),
  positiveNumber: () => t('harus bilangan positif', 'expected a positive number'),
  /** A value not among the choices of an option, with the closest choice. */
  choice: (value: string, choices: readonly string[]) => {
    const hint = didYouMean(value, choices);
    return t(`pilihannya ${choices.join(', ')}${hint.id}`, `allowed choices are ${choices.join(', ')}${hint.en}`);
  },
  unknownOption: (flag: string, candidates: readonly string[], command?: string, owners: readonly string[] = []) => {
    // An option of other commands: say whose it is rather than "did you mean" the same option.
    if (command !== undefined && owners.length > 0)
      return t(
        `opsi '${flag}' tidak berlaku untuk 'pokin ${command}'; opsi itu milik perintah ${owners.join(', ')}`,
        `option '${flag}' does not apply to 'pokin ${command}'; it belongs to ${owners.join(', ')}`,
      );
    const hint = didYouMean(flag, candidates);
    return t(`opsi tidak dikenal '${flag}'${hint.id}`, `unknown option '${flag}'${hint.en}`);
  },
  unknownCommand: (name: string, candidates: readonly string[]) => {
    const hint = didYouMean(name, candidates);
    return t(
      `perintah tidak dikenal '${name}'${hint.id}; perintah: ${candidates.join(', ')}`,
      `unknown command '${name}'${hint.en}; commands: ${candidates.join(', ')}`,
    );
  },
  missingArgument: (name: string) => t(`argumen '${name}' belum diberikan`, `missing required argument '${name}'`),
  optionMissingValue: (flags: string) => t(`opsi '${flags}' perlu nilai`, `option '${flags}' argument missing`),
  missingMandatory: (flags: string) => t(`opsi '${flags}' wajib diberikan`, `required option '${flags}' not specified`),
  excessArguments: (command: string, expected: number, got: number) =>
    t(
      `terlalu banyak argumen untuk '${command}': seharusnya ${expected}, diberikan ${got}`,
      `too many arguments for '${command}': expected ${expected}, got ${got}`,
    ),
  /** A value an option's parser or choices refused: the option, the value, then why, after a colon. */
  invalidOptionValue: (flags: string, value: string, reason: string) =>
    t(`opsi '${flags}': nilai '${value}' tidak sah: ${reason}`, `option '${flags}': value '${value}' is invalid: ${reason}`),
  /** A value an argument's parser refused, said as an option's is. */
  invalidArgumentValue: (name: string, value: string, reason: string) =>
    t(`argumen '${name}': nilai '${value}' tidak sah: ${reason}`, `argument '${name}': value '${value}' is invalid: ${reason}`),
  unexpected: (message: string, debug: boolean) =>
    t(
      `kesalahan tak terduga: ${message}${debug ? '' : ' (jalankan dengan --debug untuk rinciannya)'}`,
      `unexpected error: ${message}${debug ? '' : ' (run with --debug for details)'}`,
    ),

  // ---- review --rule
  ruleSyntax: (flag: string) =>
    t(
      `--rule: seharusnya ATURAN=off|error|warning|info, diberikan "${flag}"`,
      `--rule: expected RULE=off|error|warning|info, got "${flag}"`,
    ),
  unknownRule: (id: string, known: readonly string[]) => {
    const hint = didYouMean(id, known);
    return t(
      `--rule: aturan tidak dikenal "${id}"${hint.id}; aturan: ${known.join(', ')}`,
      `--rule: unknown rule "${id}"${hint.en}; rules: ${known.join(', ')}`,
    );
  },
  unknownSetting: (id: string, setting: string) => {
    const settings = ['off', 'error', 'warning', 'info'];
    const hint = didYouMean(setting, settings);
    return t(
      `--rule ${id}: setelan tidak dikenal "${setting}"${hint.id}; pakai salah satu dari off|error|warning|info`,
      `--rule ${id}: unknown setting "${setting}"${hint.en}; use off, error, warning or info`,
    );
  },
  /** A rule's options in the config file that its schema refuses (`reason` is zod's, in English). */
  ruleOptions: (file: string, id: string, option: string, reason: string) => {
    const where = option === '' ? '' : ` "${option}"`;
    return t(
      `${file}: opsi aturan "${id}" tidak sah${where ? `: opsi${where}` : ''}: ${reason}`,
      `${file}: invalid options for rule "${id}"${where ? `: option${where}` : ''}: ${reason}`,
    );
  },

  // ---- review config file (pokin.config.json / .js, --config)
  configMissing: (file: string) => t(`--config: ${file}: berkas tidak ditemukan`, `--config: ${file}: file not found`),
  configNotJson: (file: string, reason: string) => t(`${file}: bukan JSON yang sah: ${reason}`, `${file}: not valid JSON: ${reason}`),
  configNotLoaded: (file: string, reason: string) => t(`${file}: tidak dapat dimuat: ${reason}`, `${file}: could not be loaded: ${reason}`),
  configNotObject: (file: string) =>
    t(`${file}: konfigurasi berupa objek dengan "rules" dan "plugins"`, `${file}: a config is an object with "rules" and "plugins"`),
  configUnknownKey: (file: string, key: string) =>
    t(
      `${file}: kunci tidak dikenal "${key}" (konfigurasi hanya memuat "rules" dan "plugins")`,
      `${file}: unknown key "${key}" (a config has "rules" and "plugins")`,
    ),
  configRulesNotObject: (file: string) =>
    t(`${file}: "rules" berupa objek yang kuncinya id aturan`, `${file}: "rules" is an object of rule ids`),
  configPluginsNotList: (file: string) => t(`${file}: "plugins" berupa daftar`, `${file}: "plugins" is a list`),
  pluginNotFound: (file: string, spec: string) => t(`${file}: plug-in "${spec}" tidak ditemukan`, `${file}: plug-in "${spec}" not found`),
  pluginNotLoaded: (file: string, spec: string, reason: string) =>
    t(`${file}: plug-in "${spec}" tidak dapat dimuat: ${reason}`, `${file}: plug-in "${spec}" could not be loaded: ${reason}`),
  /** A rule id or setting in the config (or `--rule`) that no rule or plug-in has; `detail` is core's English. */
  configRuleSettings: (file: string, detail: string) => t(`${file}: setelan aturan tidak sah: ${detail}`, `${file}: ${detail}`),

  // ---- render / init
  unknownFormat: (option: string, value: string, names: readonly string[]) => {
    const hint = didYouMean(value, names);
    return t(
      `${option}: format tidak dikenal "${value}"${hint.id}; pakai ${names.join(', ')}`,
      `${option}: unknown format "${value}"${hint.en}; use ${names.join(', ')}`,
    );
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
  /** `export --to FILE -o FILE`. */
  exportTwoFiles: (to: string, output: string) =>
    t(
      `--to ${to} dan -o ${output} sama-sama menyebut berkas keluaran: sebut berkasnya dengan -o saja, dan formatnya dengan --to csv atau --to jsonl`,
      `--to ${to} and -o ${output} both name the output file: name the file with -o alone, and the format with --to csv or --to jsonl`,
    ),
  /** `export --to csv --format jsonl`. */
  exportTwoFormats: (to: string, format: string) =>
    t(
      `--to ${to} dan --format ${format} menyebut dua format: pilih salah satu`,
      `--to ${to} and --format ${format} name two formats: choose one`,
    ),
  /** `export -o ik.xlsx`: export writes CSV or JSON Lines only. */
  exportExtension: (path: string, extension: string, format: string) =>
    t(
      `${path}: pokin export menulis ${format}, bukan .${extension}; beri nama berakhiran .${format} (untuk .xlsx pakai pokin render --to xlsx)`,
      `${path}: pokin export writes ${format}, not .${extension}; name the file .${format} (for .xlsx use pokin render --to xlsx)`,
    ),
  /** `export --to pdf`: a format of `pokin render`, which export does not write. */
  exportOtherFormat: (to: string, format: string) =>
    t(
      `--to ${to}: pokin export menulis tabel IK sebagai csv atau jsonl, bukan ${format.toUpperCase()}; untuk pohon kinerja sebagai ${format.toUpperCase()} pakai pokin render --to ${format}`,
      `--to ${to}: pokin export writes the indicator table as csv or jsonl, not ${format.toUpperCase()}; for the tree as ${format.toUpperCase()} use pokin render --to ${format}`,
    ),
  extensionMismatch: (to: string, output: string, extension: string) =>
    t(
      `--to ${to} -o ${output}: ekstensi .${extension} tidak cocok dengan format ${to}; beri nama berakhiran .${to}, atau pakai --to ${extension}`,
      `--to ${to} -o ${output}: the extension .${extension} does not match the format ${to}; name it .${to}, or use --to ${extension}`,
    ),
  /** `pokin diff` given a folder (a workspace) and a file. */
  diffMixed: (folder: string, file: string) =>
    t(
      `'${folder}' adalah folder (workspace) dan '${file}' sebuah berkas: bandingkan dua folder atau dua berkas`,
      `'${folder}' is a folder (a workspace) and '${file}' a file: compare two folders or two files`,
    ),
  badPeriod: (text: string) =>
    t(
      `--period: "${text}" bukan periode; tulis tahun awal dan akhir, mis. 2025-2029`,
      `--period: "${text}" is not a period; give the first and last year, e.g. 2025-2029`,
    ),
  allNeedsFolder: () =>
    t(
      '--to all menulis beberapa berkas: sebutkan foldernya dengan -o, mis. -o keluaran/',
      '--to all writes several files: name a folder with -o, e.g. -o out/',
    ),
  pngIsBinary: () =>
    t(
      '--to png adalah data biner: tulis ke berkas dengan -o BERKAS.png',
      '--to png is binary: write it to a file with -o FILE.png, or redirect stdout',
    ),
  binaryIsBinary: (to: string) =>
    t(
      `--to ${to} adalah data biner: tulis ke berkas dengan -o BERKAS.${to}`,
      `--to ${to} is binary: write it to a file with -o FILE.${to}`,
    ),
  pngRefused: (what: string, reason: Text, maxScale: number) =>
    t(
      `${what}: ditolak: ${reason.id}; ${maxScale > 0 ? `turunkan --scale menjadi paling besar ${maxScale}, atau naikkan --max-png-pixels` : 'naikkan --max-png-pixels, atau gambar SVG saja'}`,
      `${what}: refused: ${reason.en}; ${maxScale > 0 ? `lower --scale to at most ${maxScale}, or raise --max-png-pixels` : 'raise --max-png-pixels, or render SVG instead'}`,
    ),
  pngArea: (width: number, height: number, area: number, limit: number) =>
    t(
      `PNG-nya akan ${countId(width)} x ${countId(height)} piksel (${area_(area).id}), melebihi batas ${area_(limit).id}`,
      `the PNG would be ${count(width)} x ${count(height)} pixels (${area_(area).en}), over the limit of ${area_(limit).en}`,
    ),
  /** An area in pixels: `454 megapiksel` / `454 megapixels`. */
  area: (pixels: number) => area_(pixels),
  /** `pokin report` without `--year`, or with a year that is not a year. */
  reportYear: (given?: string) =>
    given === undefined
      ? t('sebutkan tahun capaian dengan --year, mis. --year 2026', 'name the year of the achievement with --year, e.g. --year 2026')
      : t(`--year "${given}" bukan tahun (4 angka, mis. 2026)`, `--year "${given}" is not a year (4 digits, e.g. 2026)`),
  /** `--year` outside the document's period. */
  reportYearOutside: (year: string, start: number, end: number) =>
    t(`--year ${year} di luar periode dokumen ${start}-${end}`, `--year ${year} is outside the document's period ${start}-${end}`),
  /** `pokin stats --year` outside one file's period: said on stderr, the capaian shows "-". */
  statsYearOutside: (year: string, start: number, end: number) =>
    t(
      `--year ${year} di luar periode dokumen ${start}-${end}: capaian tahun itu tidak dapat dihitung`,
      `--year ${year} is outside the document's period ${start}-${end}: no capaian can be computed for that year`,
    ),
  /** `--as-of` not a date. */
  asOfDate: (given: string) =>
    t(`--as-of "${given}" bukan tanggal YYYY-MM-DD (mis. 2026-09-30)`, `--as-of "${given}" is not a date YYYY-MM-DD (e.g. 2026-09-30)`),
  /** `--as-of` before the year's first month has ended. */
  asOfTooEarly: (asOf: string, year: string) =>
    t(
      `--as-of ${asOf}: belum ada bulan tahun ${year} yang berakhir pada tanggal itu`,
      `--as-of ${asOf}: no month of ${year} has ended by that day`,
    ),
} satisfies Record<string, (...args: never[]) => Text>;
