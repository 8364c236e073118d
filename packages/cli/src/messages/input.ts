/**
 * The catalogue's input errors: files that cannot be read, decoded or parsed, limits, and YAML
 * mistakes with a hint at the fix. The input loaders (`src/input/**`) throw these.
 *
 * @module
 */
import { didYouMean, same, t, type Text } from './text.js';

const SAVE_AS_UTF8 = t(
  'pokin membaca UTF-8: simpan berkas sebagai UTF-8 (di Excel: "CSV UTF-8"; di Notepad: encoding "UTF-8")',
  'pokin reads UTF-8: save the file as UTF-8 (in Excel: "CSV UTF-8"; in Notepad: encoding "UTF-8")',
);

/** `'%'` quoted for YAML: single quotes, doubled inside. */
const quoteYaml = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Every input error, by name. */
export const input = {
  // ---- the file system
  fsError: (code: string | undefined, fallback: string) =>
    ({
      ENOENT: t('berkas atau folder tidak ada', 'no such file or folder'),
      EACCES: t('akses ditolak', 'permission denied'),
      EPERM: t('akses ditolak', 'permission denied'),
      EISDIR: t('ini folder, bukan berkas', 'is a folder, not a file'),
      ENOTDIR: t('sebagian jalurnya berkas, bukan folder', 'a part of the path is a file, not a folder'),
      EEXIST: t('sebagian jalurnya berkas, bukan folder', 'a part of the path is a file, not a folder'),
      ENOSPC: t('ruang penyimpanan habis', 'no space left on the device'),
      EROFS: t('sistem berkas hanya-baca', 'read-only file system'),
    })[code ?? ''] ?? same(code ?? fallback),
  isFolder: () => t('ini folder, bukan berkas', 'is a folder, not a file'),
  isFolderOneFile: () =>
    t(
      'ini folder: perintah ini membaca satu berkas (review, stats dan export membaca folder)',
      'is a folder: this command reads one file (review, stats and export read folders)',
    ),
  renderFolder: () =>
    t(
      'ini folder: render menggambar satu pohon dari satu berkas (review dan stats membaca folder)',
      'is a folder: render draws one tree, from one file (review and stats read folders)',
    ),
  noInputsInFolder: () =>
    t('tidak ada berkas .json, .yaml, .yml, .csv atau .xlsx di folder ini', 'no .json, .yaml, .yml, .csv or .xlsx files in this folder'),
  unknownFileType: (formats: readonly string[]) =>
    t(
      `jenis berkas tidak dikenal: beri nama berakhiran .json, .yaml, .yml, .csv atau .xlsx, atau pakai --input-format ${formats.join('|')}`,
      `unknown file type: name it .json, .yaml, .yml, .csv or .xlsx, or pass --input-format ${formats.join('|')}`,
    ),
  /** A workbook pokin does not read (`.xls`, `.ods` ...): saved again as .xlsx, not renamed. */
  otherWorkbook: (extension: string) =>
    t(
      `buku kerja .${extension} tidak dapat dibaca: buka di Excel atau LibreOffice, lalu simpan sebagai "Buku Kerja Excel (*.xlsx)" (File > Simpan Sebagai); mengganti nama berkasnya saja tidak cukup`,
      `a .${extension} workbook cannot be read: open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)" (File > Save As); renaming the file is not enough`,
    ),
  cannotWrite: (reason: Text) => t(`tidak dapat menulis: ${reason.id}`, `cannot write: ${reason.en}`),
  isInputFile: (what: string) =>
    t(`ditolak: ini berkas masukannya; tulis ${what} di tempat lain`, `refused: this is the input file; write the ${what} elsewhere`),
  exists: () =>
    t(
      'berkas sudah ada; pakai --force untuk menimpanya, atau pilih nama lain',
      'the file exists; pass --force to overwrite it, or choose another name',
    ),

  // ---- text and encodings
  empty: () => t('berkasnya kosong', 'the file is empty'),
  emptyYaml: () => t('berkasnya kosong (hanya komentar atau "---")', 'the file is empty (only comments or "---")'),
  encoding: (encoding: string, bom: boolean) =>
    t(
      `berkas ini ${encoding} (${bom ? 'diawali penanda urutan bita (BOM)' : 'ada bita NUL di antara hurufnya'}); ${SAVE_AS_UTF8.id}`,
      `the file is ${encoding} (${bom ? 'it starts with a byte order mark' : 'NUL bytes between the characters'}); ${SAVE_AS_UTF8.en}`,
    ),
  /** `csv`: the file is read as CSV, which `--encoding windows-1252` can read as Excel's "CSV (Comma delimited)" saves it. */
  notUtf8: (byte: string, offset: number, csv: boolean) =>
    t(
      `bukan teks UTF-8: bita 0x${byte} pada posisi ${offset} bukan UTF-8 yang sah (berkas biner, atau encoding lama seperti Windows-1252); ${SAVE_AS_UTF8.id}${csv ? ', atau baca CSV Windows-1252 apa adanya dengan --encoding windows-1252' : ''}`,
      `not UTF-8 text: byte 0x${byte} at byte ${offset} is not valid UTF-8 (a binary file, or a legacy encoding such as Windows-1252); ${SAVE_AS_UTF8.en}${csv ? ', or read a Windows-1252 CSV as it is with --encoding windows-1252' : ''}`,
    ),
  binary: () => t('data biner (bita NUL): ini bukan berkas teks', 'binary data (a NUL byte): this is not a text file'),

  /** After an unknown level of a CSV read without `--levels`. */
  csvLevelsHint: () =>
    t(
      '; CSV pohon dengan skema levelnya sendiri memerlukannya: --levels BERKAS (.yaml atau .json yang berisi levelnya)',
      '; a CSV of a tree with its own level scheme needs it: --levels FILE (a .yaml or .json holding its levels)',
    ),

  // ---- limits
  tooLarge: (size: string | undefined, limit: string, yaml: boolean) =>
    t(
      `ditolak: masukan ${size === undefined ? 'melebihi' : `${size}, melebihi`} batas ${limit}${yaml ? ' untuk YAML' : ''}${yaml ? '; YAML perlu memori sekitar 70 kali ukurannya untuk diurai: ubah ke JSON, atau naikkan batasnya dengan --max-bytes' : '; naikkan dengan --max-bytes'}`,
      `refused: the input is ${size === undefined ? 'over' : `${size}, over`} the limit of ${limit}${yaml ? ' for YAML' : ''}${yaml ? '; YAML needs about 70 times its size in memory to parse: convert it to JSON, or raise the limit with --max-bytes' : '; raise it with --max-bytes'}`,
    ),
  tooManyRows: (rows: number, limit: number) =>
    t(
      `ditolak: ${rows} baris, jauh melebihi batas ${limit} kinerja; naikkan dengan --max-results`,
      `refused: ${rows} rows, far over the limit of ${limit} results; raise it with --max-results`,
    ),
  tooManyResults: (results: number, limit: number) =>
    t(
      `ditolak: ${results} kinerja, melebihi batas ${limit}; naikkan dengan --max-results`,
      `refused: ${results} results, over the limit of ${limit}; raise it with --max-results`,
    ),
  moreProblems: (n: number) => t(`... dan ${n} masalah lagi`, `... and ${n} more problem${n === 1 ? '' : 's'}`),

  // ---- JSON
  invalidJson: (reason: Text) => t(`JSON tidak sah: ${reason.id}`, `invalid JSON: ${reason.en}`),
  /** A problem of the JSON syntax check (`input/json-check.ts`, which words it in English) in both languages. */
  jsonReason: (message: string): Text => t(jsonReasonId(message), message),
  readAsJson: (reason: Text, first: string) =>
    t(
      `${reason.id} (dibaca sebagai JSON karena diawali "${first}"; pakai --input-format yaml bila ini YAML)`,
      `${reason.en} (read as JSON: it starts with "${first}"; pass --input-format yaml if it is YAML)`,
    ),

  // ---- YAML
  invalidYaml: (reason: Text) => t(`YAML tidak sah: ${reason.id}`, `invalid YAML: ${reason.en}`),
  /**
   * A YAML parse error of the `yaml` package, by its code, with a hint at the fix taken from the
   * line it is on. `message` is the package's English message; `line` the text of the line.
   */
  yamlError: (code: string, message: string, line = '') => {
    const colon = line.indexOf(': ');
    const key =
      colon < 0
        ? undefined
        : line
            .slice(0, colon)
            .replace(/^\s*(?:-\s+)?/, '')
            .trim();
    const value = colon < 0 ? undefined : line.slice(colon + 2).trim();
    switch (code) {
      case 'BAD_SCALAR_START': {
        const ch = /character (\S)/.exec(message)?.[1] ?? value?.[0] ?? '';
        const fix = key !== undefined && value !== undefined ? `: ${key}: ${quoteYaml(value)}` : '';
        return t(`tanda ${ch} harus diberi tanda kutip${fix}`, `a value starting with ${ch} must be quoted${fix}`);
      }
      case 'BLOCK_AS_IMPLICIT_KEY': {
        if (key !== undefined && value !== undefined && value.includes(': ')) {
          const fix = `${key}: ${quoteYaml(value)}`;
          return t(`teks yang memuat ": " harus diberi tanda kutip: ${fix}`, `text containing ": " must be quoted: ${fix}`);
        }
        return t(
          'indentasi tidak cocok: kunci di bawah sebuah nilai harus sejajar dengan kunci lain',
          'indentation does not match: a key below a value must line up with the other keys',
        );
      }
      case 'TAB_AS_INDENT':
        return t('tab tidak boleh dipakai untuk indentasi: pakai spasi', 'tabs are not allowed as indentation: use spaces');
      case 'MISSING_CHAR':
        return t('tanda kutip atau kurung tidak ditutup', 'a quote or a bracket is not closed');
      case 'BAD_INDENT':
        return t(
          'indentasi tidak cocok, atau kurung [ ] / { } tidak ditutup',
          'indentation does not match, or a [ ] / { } bracket is not closed',
        );
      case 'MULTILINE_IMPLICIT_KEY':
        return t(
          'kunci harus diikuti ": " (titik dua dan spasi) pada baris yang sama',
          'a key must be followed by ": " (a colon and a space) on the same line',
        );
      case 'UNEXPECTED_TOKEN':
        return t(
          `teks tidak terduga: periksa indentasi dan tanda kutip (di dalam '...' tulis tanda ' dua kali: '')`,
          `unexpected text: check the indentation and the quotes (inside '...' write a ' twice: '')`,
        );
      case 'MULTIPLE_DOCS':
        return t(
          'beberapa dokumen YAML ("---") dalam satu berkas; satu berkas pokin berisi satu dokumen',
          'several YAML documents ("---") in one file; a pokin file holds one document',
        );
      default:
        return same(message);
    }
  },
  duplicateKey: (name?: string) =>
    name === undefined
      ? t('kunci ganda: setiap kunci hanya boleh muncul sekali', 'duplicate key: map keys must be unique')
      : t(
          `kunci ganda ${JSON.stringify(name)}: setiap kunci hanya boleh muncul sekali`,
          `duplicate key ${JSON.stringify(name)}: map keys must be unique`,
        ),
  aliasRefused: (why: Text) => t(`ditolak: alias YAML (*nama) ${why.id}`, `refused: YAML aliases (*name) ${why.en}`),
  /** Why aliases are refused: the document would grow past `growth` times its size. */
  aliasGrowth: (from: string, to: string, growth: number) =>
    t(
      `memperbesar dokumen dari ${from} menjadi ${to} simpul, lebih dari ${growth} kali ukurannya; tulis bagian yang berulang, atau pakai lebih sedikit alias`,
      `expand the document from ${from} to ${to} nodes, more than ${growth} times its size; write the repeated parts out, or use fewer aliases`,
    ),
  /** Why aliases are refused: more than `max` of them, as in an alias bomb. */
  aliasBomb: (max: number) =>
    t(
      `memperbesar dokumen menjadi terlalu banyak simpul, seperti bom alias ("billion laughs"); pakai lebih sedikit alias (paling banyak ${max})`,
      `expand to too many nodes, as in an alias bomb ("billion laughs"); use fewer aliases (at most ${max})`,
    ),

  // ---- levels
  levelsNotPreset: (spec: string, presets: readonly string[]) => {
    const hint = didYouMean(spec, presets);
    return t(
      `bukan preset (${presets.join(', ')})${hint.id} dan bukan berkas .json, .yaml atau .yml`,
      `not a preset (${presets.join(', ')})${hint.en} and not a .json, .yaml or .yml file`,
    );
  },
  levelsMissing: () =>
    t(
      'tidak berisi "levels": beri dokumen beserta levelnya, atau daftar level saja',
      'holds no "levels": give a document with its levels, or the list of levels alone',
    ),
  unknownLevel: (level: string, keys: readonly string[]) => {
    const hint = didYouMean(level, keys);
    return t(
      `level tidak dikenal "${level}"${hint.id}; level: ${keys.join(', ')}`,
      `unknown level "${level}"${hint.en}; levels: ${keys.join(', ')}`,
    );
  },
} as const;

/** What the JSON check expected, in Indonesian. */
const EXPECTED_ID: Readonly<Record<string, string>> = {
  'a property name in double quotes': 'nama properti dalam tanda kutip ganda',
  'a value (object, list, string, number, true, false or null)': 'sebuah nilai (objek, daftar, teks, angka, true, false atau null)',
  '":" after the property name': '":" setelah nama properti',
};

/** A token as the JSON check shows it (`end of file`, `a line break`, `"x"`), in Indonesian. */
const shownId = (shown: string): string => (shown === 'end of file' ? 'akhir berkas' : shown === 'a line break' ? 'ganti baris' : shown);

/**
 * The Indonesian of a message of the JSON syntax check, by its shape; one it does not know stays
 * as it is (a test makes sure each message the check gives has its Indonesian).
 */
function jsonReasonId(message: string): string {
  const expected = (what: string) => EXPECTED_ID[what] ?? what.replace(/^"(.)" or "(.)"$/, '"$1" atau "$2"');
  const fixed: Readonly<Record<string, string>> = {
    'the file is empty': 'berkasnya kosong',
    'comments are not allowed in JSON': 'JSON tidak mengenal komentar',
    'strings need double quotes in JSON, not single quotes': 'teks di JSON memakai tanda kutip ganda, bukan tunggal',
    'unterminated string': 'teks tidak ditutup dengan tanda kutip',
    'unterminated string (a string cannot span lines; write \\n)':
      'teks tidak ditutup dengan tanda kutip (teks tidak boleh melintasi baris; tulis \\n)',
    'control character in a string (escape it)': 'karakter kendali di dalam teks (tulis sebagai escape)',
    'invalid \\u escape in a string': 'escape \\u tidak sah di dalam teks',
    'invalid number': 'angka tidak sah',
  };
  if (Object.hasOwn(fixed, message)) return fixed[message]!;
  let m: RegExpExecArray | null;
  if ((m = /^unexpected end of file: expected (.+)$/.exec(message))) return `berkas berakhir terlalu cepat: seharusnya ${expected(m[1]!)}`;
  if ((m = /^unexpected (.+) after the end of the JSON value$/.exec(message)))
    return `${shownId(m[1]!)} tidak terduga setelah nilai JSON berakhir`;
  if ((m = /^unexpected (U\+[0-9A-F]{4}) \(a space JSON does not allow\): .*$/.exec(message)))
    return `${m[1]!} tidak terduga (spasi yang tidak diizinkan JSON): di antara nilai JSON hanya boleh spasi, tab dan ganti baris`;
  if ((m = /^unexpected (.+): expected (.+)$/.exec(message))) return `${shownId(m[1]!)} tidak terduga: seharusnya ${expected(m[2]!)}`;
  if ((m = /^trailing comma before "(.)"$/.exec(message))) return `koma berlebih sebelum "${m[1]!}"`;
  if ((m = /^duplicate key (.+) in an object$/.exec(message))) return `kunci ${m[1]!} muncul dua kali dalam satu objek`;
  if ((m = /^nested more than (.+) levels deep$/.exec(message))) return `bersarang lebih dari ${m[1]!} tingkat`;
  if ((m = /^invalid escape "(.+)" in a string$/.exec(message))) return `escape "${m[1]!}" tidak sah di dalam teks`;
  return message;
}
