/**
 * `pokin report`: the capaian of a year as the LKjIP HTML, the coloured SVG and the LKjIP CSV rows;
 * bad `--year`, `--as-of` and `--to pdf|xlsx` refused with one line and exit 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { periodAsOf } from '../src/commands/report.js';
import { cli, ROOT, tempDir } from './support.js';

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
    expect(r.stdout).toContain('m06');
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
    [['--year', '2025', '--to', 'pdf', '-o', 'x.pdf'], /--to pdf is not available/],
    [['--year', '2025', '--to', 'xlsx', '-o', 'x.xlsx'], /--to xlsx is not available/],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const r = await cli(['report', CAPAIAN, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.errLines).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses in Indonesian too', async () => {
    const r = await cli(['report', CAPAIAN, '--to', 'pdf', '--year', '2025', '--locale', 'id']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--to pdf belum tersedia untuk laporan capaian/);
  });
});
