/**
 * `pokin stats`: the numbers for one tree, as text and JSON.
 */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { computeStats } from '@pokin/cli';
import { join } from 'node:path';
import { cli, EXAMPLE, ROOT, smallTree, tempDir } from './support.js';

describe('computeStats', () => {
  it('counts levels, tiers, indicators, depth, leaves, roots and crosscutting links', () => {
    const t = smallTree();
    const rs = t.results as Record<string, unknown>[];
    delete rs[5]!.indicators;
    rs.push({ id: 'O3', level: 'output', parent: 'M1', contributesTo: ['I1'], statement: 'Tersedianya Data ASN' });
    const s = computeStats(parseCascade(t));
    expect(s).toMatchObject({
      title: 'Pohon Kinerja Uji',
      agency: 'Dinas Uji',
      results: 7,
      indicators: 5,
      withoutIndicator: ['O2', 'O3'],
      depth: 5,
      leaves: 3,
      roots: 1,
      crosscuttingLinks: 1,
      tiers: { strategis: 1, urusan: 1, taktis: 2, operasional: 3 },
    });
    expect(s.levels.map((l) => [l.key, l.results])).toEqual([
      ['goal', 1],
      ['ultimate-outcome', 1],
      ['intermediate-outcome', 1],
      ['immediate-outcome', 1],
      ['outcome', 0],
      ['output', 3],
    ]);
  });
});

describe('crosscutting links', () => {
  it('count the references to other documents too (the links across agencies)', () => {
    const t = smallTree();
    const rs = t.results as Record<string, unknown>[];
    rs.push({ id: 'O3', level: 'output', parent: 'M1', contributesTo: ['I1', 'pemda-2026#S4'], statement: 'Tersedianya Data ASN' });
    expect(computeStats(parseCascade(t)).crosscuttingLinks).toBe(2);
  });
});

describe('pokin stats', () => {
  it('--format json on the BKPSDM example: 31 results, every one with an indicator', async () => {
    const r = await cli(['stats', EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const [s] = JSON.parse(r.stdout) as ReturnType<typeof computeStats>[];
    expect(s).toMatchObject({ file: EXAMPLE, error: null, results: 31, roots: 1, leaves: 20, depth: 5, withoutIndicator: [] });
    expect(s!.tiers).toEqual({ strategis: 1, urusan: 2, taktis: 8, operasional: 20 });
  });

  it('text output breaks one file down by level', async () => {
    const r = await cli(['stats', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Immediate Outcome +taktis +4 +\d+/);
    expect(r.stdout).toMatch(/without an IK +0/);
    expect(r.stdout).toMatch(/crosscutting links +0/);
  });

  it('says how many indicators the capaian of the document rests on', async () => {
    const capaian = join(ROOT, 'examples', 'bkpsdm-capaian', 'pokin.yaml');
    const r = await cli(['stats', capaian, '--year', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/document [\d.]+ % \(41 of 41 indicators measured\)/);
    const id = await cli(['stats', capaian, '--year', '2025', '--locale', 'id']);
    expect(id.stdout).toMatch(/dokumen [\d,]+ % \(41 dari 41 IK terukur\)/);
  });

  it("says on stderr when --year is outside a file's period, in the user's language, and still prints the table", async () => {
    const id = await cli(['stats', EXAMPLE, '--year', '2031', '--locale', 'id']);
    expect(id.code).toBe(0);
    expect(id.stderr).toMatch(/pokin\.yaml: --year 2031 di luar periode dokumen 2025-2029: capaian tahun itu tidak dapat dihitung/);
    expect(id.stdout).toMatch(/capaian 2031 /);
    const en = await cli(['stats', EXAMPLE, '--year', '2031', '--locale', 'en']);
    expect(en.stderr).toMatch(/--year 2031 is outside the document's period 2025-2029/);
    // A year inside the period says nothing.
    expect((await cli(['stats', EXAMPLE, '--year', '2026'])).stderr).toBe('');
  });

  it('the table of several files has the capaian of the year and the indicators it rests on; the CSV keeps its columns', async () => {
    const capaian = join(ROOT, 'examples', 'bkpsdm-capaian', 'pokin.yaml');
    const id = await cli(['stats', capaian, EXAMPLE, '--year', '2025', '--locale', 'id']);
    expect(id.code).toBe(0);
    const [head, measured, unmeasured] = id.stdout.split('\n');
    expect(head).toMatch(/operasional +capaian 2025 +IK terukur$/);
    expect(measured).toMatch(/ 20 +[\d,]+ % +41 dari 41 IK$/);
    expect(unmeasured).toMatch(/ 20 +- +0 dari 41 IK$/);
    const en = await cli(['stats', capaian, EXAMPLE, '--year', '2025', '--locale', 'en']);
    expect(en.stdout.split('\n')[0]).toMatch(/achievement 2025 +measured$/);
    expect(en.stdout).toMatch(/ [\d.]+ % +41 of 41 indicators\n/);
    // Without --year, each file's latest year: the one measured names it, the others have none.
    const latest = await cli(['stats', capaian, EXAMPLE, '--locale', 'en']);
    expect(latest.stdout).toMatch(/achievement 2025 +measured\n/);
    expect(latest.stdout.split('\n')[2]).toMatch(/ 20 +- +-$/);
    // Without realisations and --year, no capaian columns.
    expect((await cli(['stats', EXAMPLE, join(ROOT, 'examples', 'workspace'), '--locale', 'en'])).stdout.split('\n')[0]).toMatch(
      /operasional$/,
    );
    const csv = await cli(['stats', capaian, EXAMPLE, '--year', '2025', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toMatch(
      /,capaian_year,capaian_strategis,capaian_urusan,capaian_taktis,capaian_operasional,capaian_document,capaian_measured_indicators,error\r?$/,
    );
  });

  it('reads stdin', async () => {
    const dir = tempDir();
    try {
      const r = await cli(['stats', '-', '--format', 'json'], { cwd: dir.dir, stdin: JSON.stringify(smallTree()) });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: '-', results: 6 });
    } finally {
      dir.cleanup();
    }
  });
});

describe('the heading of the text output', () => {
  it('names the agency once when the title already holds it, as pokin init --agency writes it', async () => {
    const t = tempDir({ 'dinas.json': JSON.stringify(smallTree({ title: 'Pohon Kinerja Dinas Uji' })) });
    try {
      const r = await cli(['stats', t.path('dinas.json'), '--locale', 'id']);
      expect(r.code).toBe(0);
      const heading = r.stdout.split('\n')[0]!;
      expect(heading).toContain('Pohon Kinerja Dinas Uji');
      expect(heading).not.toContain('· Dinas Uji');
    } finally {
      t.cleanup();
    }
  });

  it('still adds an agency the title does not name', async () => {
    const t = tempDir({ 'uji.json': JSON.stringify(smallTree()) });
    try {
      const r = await cli(['stats', t.path('uji.json')]);
      expect(r.stdout.split('\n')[0]).toContain('Pohon Kinerja Uji · Dinas Uji');
    } finally {
      t.cleanup();
    }
  });
});
