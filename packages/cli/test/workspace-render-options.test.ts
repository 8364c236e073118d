/**
 * `render FOLDER --workspace` applies the options of the tree (SVG), of the matrix (HTML) and of the CSV, and
 * refuses, naming it, an option its output does not take; the combined tree names each agency.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './support.js';

const WS = join('examples', 'workspace');
const svg = async (...options: string[]) => {
  const r = await cli(['render', WS, '--workspace', '--to', 'svg', ...options], { cwd: ROOT });
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('render --workspace --to svg', () => {
  it('names the agency in each agency box of the combined tree', async () => {
    const plain = await svg('--locale', 'id');
    expect(plain).toContain('Perangkat daerah: Dinas Kesehatan');
    expect(await svg()).toContain('Agency: Dinas Kesehatan');
  });

  it("--show-owner keeps the agency note and marks no agency's own results as another agency's", async () => {
    const owned = await svg('--show-owner', '--locale', 'id');
    expect(owned).toContain('Perangkat daerah: Dinas Kesehatan');
    expect(owned).toContain('Penanggung jawab: ');
    expect(owned).not.toContain('Instansi lain');
    expect(owned).not.toContain('other-agency-legend');
  });

  it('applies --show-owner, --no-indicators, --box-width and --no-stack-leaves', async () => {
    const plain = await svg();
    for (const option of [['--show-owner'], ['--no-indicators'], ['--box-width', '300'], ['--no-stack-leaves']])
      expect(await svg(...option), option.join(' ')).not.toBe(plain);
    expect(await svg('--show-owner')).toContain('Owner: ');
    expect(plain).toContain('class="indicator');
    expect(await svg('--no-indicators')).not.toContain('class="indicator');
  });
});

describe('render --workspace --to html', () => {
  it('applies --fragment to the matrix', async () => {
    const r = await cli(['render', WS, '--workspace', '--to', 'html', '--fragment'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<div')).toBe(true);
    expect(r.stdout).not.toContain('<!DOCTYPE');
  });

  it('refuses an option its output does not take, naming it, exit 2 and nothing written', async () => {
    const cases: [string[], string][] = [
      [['--to', 'html', '--show-owner'], '--show-owner does not apply to this output of render --workspace; it is for --to svg only'],
      [['--to', 'csv', '--no-indicators'], '--no-indicators does not apply'],
      [['--to', 'svg', '--fragment'], '--fragment does not apply'],
      [['--to', 'html', '--view', 'crosscutting', '--fragment'], '--fragment does not apply'],
      [
        ['--to', 'html', '--html-review'],
        '--html-review does not apply to render --workspace: review a workspace with pokin review FOLDER --workspace',
      ],
    ];
    for (const [options, message] of cases) {
      const r = await cli(['render', WS, '--workspace', ...options], { cwd: ROOT });
      expect(r.code, options.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    }
    const id = await cli(['render', WS, '--workspace', '--to', 'html', '--box-width', '200', '--locale', 'id'], { cwd: ROOT });
    expect(id.stderr).toContain('--box-width tidak berlaku untuk keluaran ini dari render --workspace');
  });
});

describe('render --workspace --to csv', () => {
  const csv = async (...options: string[]) => {
    const r = await cli(['render', WS, '--workspace', '--to', 'csv', ...options], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };

  it('writes the combined cascading matrix, as --view matrix says, in the locale', async () => {
    const id = await csv('--locale', 'id');
    expect(id.split('\r\n')[0]).toMatch(
      /^No,Kinerja Strategis,Kinerja Urusan,Kinerja Taktis,Kinerja Operasional,Indikator Kinerja,Satuan,/,
    );
    // Every document's results, under the Pemda's: the seed's BKPSDM goal is a row of the matrix.
    expect(id).toContain('Meningkatnya Kualitas Tata Kelola Pemerintahan Daerah');
    expect(id).toContain('Meningkatnya Kualitas Tata Kelola Manajemen ASN');
    expect(id).not.toContain('result_id');
    expect((await csv('--locale', 'en')).split('\r\n')[0]).toMatch(/^No,Strategic Performance,Sectoral Performance,/);
    expect(await csv('--view', 'matrix', '--locale', 'id')).toBe(id);
  });

  it('applies --csv-profile excel-id and --csv-shape, and refuses them for another output', async () => {
    const excel = await csv('--csv-profile', 'excel-id', '--locale', 'id');
    expect(excel.startsWith('\ufeffNo;Kinerja Strategis;')).toBe(true);
    expect(excel).toContain(';Indeks;62,5;');
    const results = await csv('--csv-shape', 'results');
    expect(results.split('\r\n')[0]).toMatch(/^result_id,parent_id,contributes_to,level,/);
    expect(results).toContain('\r\npemda-2026#S1,pemda-2026#T1,');
    const svg = await cli(['render', WS, '--workspace', '--to', 'svg', '--csv-profile', 'excel-id', '--locale', 'en'], { cwd: ROOT });
    expect(svg.code).toBe(2);
    expect(svg.stderr).toContain('--csv-profile does not apply to this output of render --workspace; it is for --to csv only');
  });
});
