/**
 * `render FOLDER --workspace` applies the options of the tree (SVG) and of the matrix (HTML) and
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
