/**
 * One locale for every word the CLI prints: with `--locale id` (the default) no English word in its
 * help, usage errors and summaries, and with `--locale en` no Indonesian one (see words.ts for what
 * counts as a word). Also: the default is Indonesian, and POKIN_LOCALE sets it.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { report, say } from '../src/messages/index.js';
import { cli, EXAMPLE, smallTree, tempDir } from './support.js';
import { foreignWords, wordsOf } from './words.js';

const dir = tempDir({
  'persen.yaml':
    'pokin: 1\ntitle: x\nresults:\n  - id: G1\n    level: goal\n    statement: S\n    indicators:\n      - statement: P\n        unit: %\n',
  'titik-dua.yaml': 'pokin: 1\ntitle: Rencana: Strategis\nresults: []\n',
  'tab.yaml': 'pokin: 1\nagency:\n\tname: x\n',
  'kutip.yaml': 'pokin: 1\ntitle: "tidak ditutup\n',
  'a.json': JSON.stringify(smallTree()),
  'broken.json': '{ "pokin": 1,',
  'ada.yaml': 'pokin: 1\n',
  'kosong.yaml': '\n',
  'utf16.csv': Buffer.from('\ufeffresult_id,level\n', 'utf16le'),
  'nul.yaml': 'pokin: 1\u0000\n',
  'pohon.txt': 'pokin: 1\n',
  'kutip.csv': 'result_id,level,statement\nG1,goal,"Meningkatnya Mutu\n',
});
afterAll(() => dir.cleanup());
const p = dir.path;

/** Command lines whose every printed word the test scans, in each language. */
const HELP = [
  ['--help'],
  ['review', '--help'],
  ['render', '--help'],
  ['stats', '--help'],
  ['report', '--help'],
  ['init', '--help'],
  ['export', '--help'],
  ['diff', '--help'],
  ['pk', '--help'],
  ['help', 'stats'],
];
const USAGE_ERRORS = [
  ['reviw', 'x.yaml'],
  ['review', '--formt', 'json', 'x.yaml'],
  ['review', '--format', 'jsn', 'x.yaml'],
  ['review'],
  ['review', EXAMPLE, '--max-results', 'banyak'],
  ['review', EXAMPLE, '--rule', 'baseline-mising=off'],
  ['review', EXAMPLE, '--rule', 'baseline-missing=of'],
  ['review', EXAMPLE, '--rule', 'matikan'],
  ['render', EXAMPLE],
  ['render', EXAMPLE, '--to'],
  ['render', EXAMPLE, '--to', 'docx', '-o', 'x.docx'],
  ['render', EXAMPLE, '--to', 'svg', '-o', 'x.png'],
  ['render', EXAMPLE, '-o', 'x.docx'],
  ['render', EXAMPLE, '--to', 'all'],
  ['render', EXAMPLE, 'lagi.yaml', '--to', 'svg'],
  ['render', '.', '--to', 'svg'],
  ['init', '--period', '20x5'],
  ['init', 'pohon.txt'],
  ['init', 'pohon.xlsx', '--to', 'csv'],
  ['init', 'pohon.csv', '--to', 'yaml'],
  ['review', EXAMPLE, '--levels', 'permenpan'],
  ['review', EXAMPLE, '--levels', 'tidak-ada.yaml'],
];

/**
 * The CLI's words in a review or stats text: without the findings' messages (from @pokin/core's
 * catalogue) and the tree's own words (its title, the statements heading each group).
 */
function frameOf(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('    ') && !/^ {2}[A-Z]+\d+ {2}/.test(l))
    .join('\n')
    .replace(/Pohon Kinerja (?:BKPSDM|Uji)|Badan Kepegawaian dan Pengembangan Sumber Daya Manusia/g, '');
}

/** Inputs whose errors come from the catalogue: YAML mistakes with a hint at the fix. */
const INPUT_ERRORS = ['persen.yaml', 'titik-dua.yaml', 'tab.yaml', 'kutip.yaml'];

/** Inputs that cannot be read at all: missing, empty, another encoding, binary, unknown type, over the byte limit. */
const READ_ERRORS = [
  ['tidak-ada.yaml'],
  ['kosong.yaml'],
  ['utf16.csv'],
  ['nul.yaml'],
  ['pohon.txt'],
  ['a.json', '--max-bytes', '10'],
  ['a.json', '--max-results', '1'],
  ['kutip.csv'],
];

async function printed(argv: readonly string[], locale: 'id' | 'en'): Promise<{ code: number; text: string }> {
  const r = await cli([...argv, '--locale', locale], { cwd: dir.dir });
  return { code: r.code, text: `${r.stdout}\n${r.stderr}` };
}

describe.each(['id', 'en'] as const)('--locale %s', (locale) => {
  it.each(HELP.map((a) => [a.join(' '), a]))('help: pokin %s', async (_, argv) => {
    const { code, text } = await printed(argv, locale);
    expect(code).toBe(0);
    expect(wordsOf(text).length).toBeGreaterThan(20);
    expect(foreignWords(text, locale)).toEqual([]);
  });

  it.each(USAGE_ERRORS.map((a) => [a.join(' '), a]))('usage error: pokin %s', async (_, argv) => {
    const { code, text } = await printed(argv, locale);
    expect(code).toBe(2);
    expect(text.trim()).toMatch(/^pokin: /);
    expect(foreignWords(text, locale)).toEqual([]);
  });

  it.each(INPUT_ERRORS)('input error: pokin review %s', async (file) => {
    const { code, text } = await printed(['review', file], locale);
    expect(code).toBe(2);
    expect(text).toMatch(new RegExp(`^pokin: ${file}:\\d+:\\d+: `, 'm'));
    expect(foreignWords(text, locale)).toEqual([]);
  });

  it.each(READ_ERRORS.map((a) => [a.join(' '), a]))('input that cannot be read: pokin review %s', async (_, argv) => {
    const { code, text } = await printed(['review', ...argv], locale);
    expect(code).toBe(2);
    expect(text).toMatch(new RegExp(`^pokin: ${argv[0]!.replace('.', '\\.')}(:\\d+:\\d+)?: `, 'm'));
    expect(foreignWords(text, locale)).toEqual([]);
  });

  it('the YAML hint shows how to write the value', async () => {
    const { text } = await printed(['review', 'persen.yaml'], locale);
    expect(text).toContain(
      locale === 'id'
        ? "persen.yaml:9:15: YAML tidak sah: tanda % harus diberi tanda kutip: unit: '%'"
        : "persen.yaml:9:15: invalid YAML: a value starting with % must be quoted: unit: '%'",
    );
  });

  it('summaries: the review header and footer, a file that cannot be read, stats of one file and of several', async () => {
    const review = await printed(['review', EXAMPLE], locale);
    // The findings' own messages come from @pokin/core's catalogue; here: the CLI's words around them.
    const frame = frameOf(review.text);
    const broken = await printed(['review', p('a.json'), p('broken.json')], locale);
    const frameBroken = frameOf(
      broken.text
        .split('\n')
        .filter((l) => !l.includes('broken.json:'))
        .join('\n'),
    );
    const stats = await printed(['stats', EXAMPLE], locale);
    const overview = await printed(['stats', EXAMPLE, p('a.json')], locale);
    for (const text of [frame, frameBroken, frameOf(stats.text), overview.text]) expect(foreignWords(text, locale)).toEqual([]);
    expect(review.text).toContain(say(report.results(31), locale));
    expect(review.text).toContain(say(report.document(), locale));
  });

  it('what render, init and review -o say they wrote', async () => {
    const out = tempDir();
    try {
      const texts = [
        await printed(['render', EXAMPLE, '-o', out.path('pohon.svg')], locale),
        await printed(['init', out.path('pokin.yaml')], locale),
        await printed(['init', out.path('pokin.yaml')], locale), // exists
        await printed(['init', out.path('isian.xlsx')], locale),
        await printed(['review', EXAMPLE, '--format', 'csv', '-o', out.path('temuan.csv')], locale),
      ];
      for (const { text } of texts) expect(foreignWords(text, locale)).toEqual([]);
    } finally {
      out.cleanup();
    }
  });
});

describe('the locale setting', () => {
  it('is Indonesian by default, English with POKIN_LOCALE=en, and --locale wins over it', async () => {
    const { run } = await import('../src/run.js');
    const capture = async (argv: string[], env: Record<string, string>) => {
      let out = '';
      await run(argv, {
        env,
        cwd: dir.dir,
        stdin: '',
        stdout: { write: (s) => void (out += String(s)) },
        stderr: { write: (s) => void (out += String(s)) },
      });
      return out;
    };
    expect(await capture(['review', EXAMPLE], {})).toContain('31 kinerja');
    expect(await capture(['review', EXAMPLE], { POKIN_LOCALE: 'en' })).toContain('31 results');
    expect(await capture(['review', EXAMPLE, '--locale', 'id'], { POKIN_LOCALE: 'en' })).toContain('31 kinerja');
    expect(await capture(['review', EXAMPLE], {})).toMatch(/[✔⚠✖]/);
    expect(await capture(['review', EXAMPLE], {})).toMatch(/\d+ kesalahan, \d+ peringatan, \d+ catatan dalam 1 berkas \(31 kinerja\)/);
  });

  it('the scanner finds a word of the wrong language (it can fail)', () => {
    expect(foreignWords('pokin: 1 file could not be read', 'id').map((w) => w.split(' ')[0])).toEqual([
      'file',
      'could',
      'not',
      'be',
      'read',
    ]);
    expect(foreignWords('pokin: berkas tidak dapat dibaca', 'en').length).toBe(4);
    expect(foreignWords('pokin: --format <format> `file` "the" baseline-missing', 'id')).toEqual([]);
    writeFileSync(p('unused.txt'), '');
  });
});
