/**
 * `pokin report`: the capaian of a year as the LKjIP HTML, the coloured SVG, the LKjIP CSV rows, the
 * PDF and the workbook; bad `--year` and `--as-of`, and binaries on a terminal, refused with one
 * line and exit 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_CSV_COLUMNS, periodAsOf } from '../src/commands/report.js';
import { reportCsvWords } from '../src/messages/index.js';
import { dumpCells } from '../../xlsx/test/support.js';
import { cli, EXAMPLE, ROOT, smallTree, tempDir } from './support.js';
import { foreignWords } from './words.js';

const CAPAIAN = join(ROOT, 'examples', 'bkpsdm-capaian', 'pokin.yaml');

describe('periodAsOf', () => {
  it('is the last month ended by the day, none after the year', () => {
    expect(periodAsOf('2025-09-30', '2025')).toBe('m09');
    expect(periodAsOf('2025-09-29', '2025')).toBe('m08');
    expect(periodAsOf('2025-12-31', '2025')).toBe('m12');
    expect(periodAsOf('2026-01-15', '2025')).toBeUndefined();
    expect(periodAsOf(undefined, '2025')).toBeUndefined();
  });
  it('refuses a day that is not a date, or before any month of the year ended', () => {
    expect(() => periodAsOf('2025-02-30', '2025')).toThrow(/not a date/);
    expect(() => periodAsOf('30-09-2025', '2025')).toThrow(/not a date/);
    expect(() => periodAsOf('2025-01-20', '2025')).toThrow(/no month/);
    expect(() => periodAsOf('2024-12-31', '2025')).toThrow(/no month/);
  });
});

describe('pokin report', () => {
  it('names a folder as a folder (it reads one file), not as a file of an unknown type', async () => {
    const r = await cli(['report', join(ROOT, 'examples', 'workspace'), '--year', '2026', '--locale', 'id']);
    expect(r.code).toBe(2);
    expect(r.errLines[0]).toMatch(/: ini folder: perintah ini membaca satu berkas \(review, stats dan export membaca folder\)$/);
  });

  it('--to html: the LKjIP and monitoring tables of the year', async () => {
    const r = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(r.stdout).toContain('Achievement table (LKjIP chapter III) 2025');
    expect(r.stdout).toContain('Hasil Penilaian Mandiri Penerapan Sistem Merit');
  });

  it('--to html in Indonesian by default, with --as-of', async () => {
    const r = await cli(['report', CAPAIAN, '--year', '2025', '--as-of', '2025-06-30', '--to', 'html', '--locale', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tabel capaian kinerja (LKjIP Bab III) 2025');
    expect(r.stdout).toContain('(s.d. Juni)');
    expect(r.stdout).not.toContain('m06');
  });

  it('--to csv: one row per indicator; capaian as of a day differs from the whole year', async () => {
    const year = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'csv']);
    const half = await cli(['report', CAPAIAN, '--year', '2025', '--as-of', '2025-06-30', '--to', 'csv']);
    expect(year.code).toBe(0);
    const lines = year.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^result,sasaran,indicator,unit,target,realisation,capaian,/);
    // G1.1: target 236.66, realisation q4 230.27 (last): 230.27 / 236.66 = 97.30 %.
    expect(year.stdout).toMatch(/Hasil Penilaian Mandiri Penerapan Sistem Merit,Nilai,236\.66,230\.27,97\.3,ratio/);
    // As of June: q2 216.45 / 236.66 = 91.46 %.
    expect(half.stdout).toMatch(/Hasil Penilaian Mandiri Penerapan Sistem Merit,Nilai,236\.66,216\.45,91\.46,ratio/);
  });

  it('--to csv in Indonesian by default: headings and formulas in words; --locale en keeps the stable columns', async () => {
    const id = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'csv', '--locale', 'id']);
    expect(id.code).toBe(0);
    const [head, first] = id.stdout.split(/\r?\n/);
    const headings = head!.split(',');
    expect(headings).toEqual(REPORT_CSV_COLUMNS.map((c) => reportCsvWords.columns(c, '2025').id));
    expect(headings.slice(0, 7)).toEqual([
      'Kode',
      'Sasaran / Kinerja',
      'Indikator Kinerja',
      'Satuan',
      'Target 2025',
      'Realisasi 2025',
      'Capaian (%)',
    ]);
    expect(foreignWords(headings.join(' '), 'id')).toEqual([]);
    expect(first).toContain(`,97.3,${reportCsvWords.formula.ratio.id},`);
    const en = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'csv', '--locale', 'en']);
    expect(en.stdout.split(/\r?\n/)[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(en.stdout).toContain(',97.3,ratio,');
  });

  it('-o names the format by its extension; --to against another extension is refused', async () => {
    const dir = tempDir();
    try {
      const pdf = await cli(['report', CAPAIAN, '--year', '2025', '-o', 'c.pdf'], { cwd: dir.dir });
      expect(pdf.code).toBe(0);
      expect(readFileSync(join(dir.dir, 'c.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const clash = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'html', '-o', 'd.pdf'], { cwd: dir.dir });
      expect(clash.code).toBe(2);
      expect(clash.errLines.join('\n')).toMatch(/extension \.pdf does not match the format html/);
      expect(() => readFileSync(join(dir.dir, 'd.pdf'))).toThrow();
    } finally {
      dir.cleanup();
    }
  });

  it('--to svg -o: the coloured tree with its legend, written to the file', async () => {
    const dir = tempDir();
    try {
      const r = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'svg', '-o', 'c.svg'], { cwd: dir.dir });
      expect(r.code).toBe(0);
      const svg = readFileSync(join(dir.dir, 'c.svg'), 'utf8');
      // (booleans: a failure must not print a 60 kB SVG)
      expect(svg.startsWith('<?xml') && svg.includes('<svg ')).toBe(true);
      expect(svg.includes('class="legend capaian-legend"')).toBe(true);
      // G1's four indicators in the mean of their capaian.
      expect(/data-id="G1"[\s\S]*?Achievement 84\.12 %/.test(svg)).toBe(true);
      expect(r.errLines.join('\n')).toMatch(/c\.svg/);
    } finally {
      dir.cleanup();
    }
  });

  it.each([
    [['--to', 'html'], /name the year of the achievement with --year/],
    [['--year', '25', '--to', 'html'], /--year "25" is not a year/],
    [['--year', '2031', '--to', 'html'], /--year 2031 is outside the document's period 2025-2029/],
    [['--year', '2025', '--as-of', '2025-13-01', '--to', 'html'], /--as-of "2025-13-01" is not a date/],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const r = await cli(['report', CAPAIAN, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errLines).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses in Indonesian too', async () => {
    const r = await cli(['report', CAPAIAN, '--to', 'html', '--year', '25', '--locale', 'id']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--year "25" bukan tahun/);
  });

  it('--to xlsx: the LKjIP and monitoring sheets; refused on a terminal', async () => {
    const r = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'xlsx']);
    expect(r.code).toBe(0);
    const sheets = dumpCells(new Uint8Array(r.stdoutBytes));
    expect(Object.keys(sheets)).toEqual(['Achievement', 'Quarterly Monitoring']);
    expect(sheets['Achievement']!.cells[0]).toEqual([0, 0, 'Achievement Table (LKjIP Chapter III) 2025']);
    const tty = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'xlsx'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/--to xlsx is binary/);
  });

  it('--to pdf: a PDF of the LKjIP table; refused on a terminal', async () => {
    const r = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'pdf']);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(r.stdoutBytes.length).toBeGreaterThan(10_000);
    const tty = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'pdf'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/--to pdf is binary/);
  });
});

/** A small tree with one indicator realised in 2026 Q1 only. */
function realisedTree(): string {
  const t = smallTree({ period: { start: 2025, end: 2029 } });
  const results = t.results as { indicators?: Record<string, unknown>[] }[];
  Object.assign(results[0]!.indicators![0]!, { targets: { '2026': 80 }, realisations: { '2026': { q1: 60 } } });
  Object.assign(results[4]!.indicators![0]!, { targets: { '2026': 4 }, realisations: { '2026': { q1: 1 } } });
  return JSON.stringify(t);
}

describe('pokin report --to csv --csv-profile excel-id', () => {
  it('writes ";" between fields, a BOM, and every number with the decimal comma', async () => {
    const r = await cli(['report', CAPAIAN, '--year', '2025', '--to', 'csv', '--csv-profile', 'excel-id']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffresult;sasaran;indicator;unit;target;realisation;capaian;')).toBe(true);
    const row = r.stdout.split('\r\n')[1]!.split(';');
    // target, realisation and capaian alike: 236,66 230,27 97,3.
    expect(row.slice(4, 7)).toEqual(['236,66', '230,27', '97,3']);
  });
});

describe('pokin report of a year realised in part', () => {
  it('notes the indicators whose realisation stops before December, unless --as-of names the day', async () => {
    const dir = tempDir({ 't.json': realisedTree() });
    try {
      const r = await cli(['report', 't.json', '--year', '2026', '-o', 'r.html', '--locale', 'id'], { cwd: dir.dir });
      expect(r.code).toBe(0);
      expect(r.errLines[0]).toMatch(/^pokin: catatan: realisasi 2 IK tahun 2026 belum sampai akhir tahun/);
      const asOf = await cli(['report', 't.json', '--year', '2026', '--as-of', '2026-03-31', '-o', 'r2.html'], { cwd: dir.dir });
      expect(asOf.errLines.filter((l) => l.includes('note:'))).toEqual([]);
    } finally {
      dir.cleanup();
    }
  });
});

describe('pokin review --as-of', () => {
  it('finds the quarters missing as of the day given', async () => {
    const dir = tempDir({ 't.json': realisedTree() });
    try {
      const rule = (r: { stdout: string }) =>
        (JSON.parse(r.stdout) as { rule: string; message: string }[]).filter((f) => f.rule === 'realisation-period-missing');
      const march = await cli(['review', 't.json', '--as-of', '2026-03-31', '--format', 'json'], { cwd: dir.dir });
      const sept = await cli(['review', 't.json', '--as-of', '2026-09-30', '--format', 'json'], { cwd: dir.dir });
      expect(rule(march)).toEqual([]);
      expect(rule(sept)).toHaveLength(2);
      expect(rule(sept)[0]!.message).toMatch(/2026-09-30/);
    } finally {
      dir.cleanup();
    }
  });

  it('with --workspace too: each document is reviewed as of the day given', async () => {
    const doc = { ...(JSON.parse(realisedTree()) as object), id: 't' };
    const dir = tempDir({ 't.json': JSON.stringify(doc), 'pokin.workspace.yaml': 'pemda: t\n' });
    try {
      const missing = async (day: string) => {
        const r = await cli(['review', dir.dir, '--workspace', '--as-of', day, '--format', 'json']);
        return (JSON.parse(r.stdout) as { rule: string; message: string }[]).filter((f) => f.rule === 'realisation-period-missing');
      };
      expect(await missing('2026-03-31')).toEqual([]);
      const sept = await missing('2026-09-30');
      expect(sept).toHaveLength(2);
      expect(sept[0]!.message).toMatch(/2026-09-30/);
      const bad = await cli(['review', dir.dir, '--workspace', '--as-of', '2026-02-30']);
      expect(bad.code).toBe(2);
      expect(bad.errLines).toEqual([expect.stringMatching(/--as-of "2026-02-30" is not a date/)]);
    } finally {
      dir.cleanup();
    }
  });

  it('refuses a bad day with one line, exit 2', async () => {
    const r = await cli(['review', CAPAIAN, '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/--as-of "2026-02-30" is not a date/)]);
  });
});

describe('pokin stats with realisations', () => {
  it('takes by default the latest year of the period with a realisation and its target: a stray 2031 is passed over', async () => {
    const t = JSON.parse(realisedTree()) as { results: { indicators?: Record<string, unknown>[] }[] };
    Object.assign(t.results[1]!.indicators![0]!, { realisations: { '2031': 9 } });
    const dir = tempDir({ 't.json': JSON.stringify(t) });
    try {
      const r = await cli(['stats', 't.json', '--format', 'json'], { cwd: dir.dir });
      expect((JSON.parse(r.stdout) as { achievement: { year: string } }[])[0]!.achievement.year).toBe('2026');
    } finally {
      dir.cleanup();
    }
  });

  it('gives the capaian per tier of the latest year with realisations, or of --year', async () => {
    const dir = tempDir({ 't.json': realisedTree() });
    try {
      const r = await cli(['stats', 't.json', '--format', 'json'], { cwd: dir.dir });
      expect(r.code).toBe(0);
      // G1.1: 60 / 80 = 75 %; O1.1: 1 / 4 = 25 %.
      expect(JSON.parse(r.stdout)[0].achievement).toEqual({
        year: '2026',
        tiers: { strategis: 75, urusan: null, taktis: null, operasional: 25 },
        document: 50,
        measuredIndicators: 2,
        indicators: 6,
      });
      const text = await cli(['stats', 't.json', '--locale', 'id'], { cwd: dir.dir });
      expect(text.stdout).toMatch(/capaian 2026 +strategis 75,00 % · urusan - · taktis - · operasional 25,00 % · dokumen 50,00 %/);
      const csv = await cli(['stats', 't.json', '--format', 'csv', '--year', '2025'], { cwd: dir.dir });
      expect(csv.stdout.split('\n')[0]).toMatch(
        /,capaian_year,capaian_strategis,capaian_urusan,capaian_taktis,capaian_operasional,capaian_document,capaian_measured_indicators,error/,
      );
    } finally {
      dir.cleanup();
    }
  });

  it('leaves a document without realisations as before', async () => {
    const r = await cli(['stats', EXAMPLE, '--format', 'json']);
    expect(JSON.parse(r.stdout)[0]).not.toHaveProperty('achievement');
  });
});

describe('committed example outputs', () => {
  // examples/bkpsdm-capaian/capaian-2025.{svg,html} are what `pokin report` makes today
  // (regenerate with the commands in examples/bkpsdm-capaian/README.md).
  it.each(['svg', 'html'])('capaian-2025.%s is up to date', async (to) => {
    const r = await cli(['report', CAPAIAN, '--year', '2025', '--to', to, '--locale', 'id']);
    expect(r.code).toBe(0);
    const committed = readFileSync(join(ROOT, 'examples', 'bkpsdm-capaian', `capaian-2025.${to}`), 'utf8');
    expect(r.stdout === committed).toBe(true);
  });
});
