/**
 * `--levels`: a CSV holds no level scheme, so a tree with its own scheme is read back from CSV with
 * the scheme named on the command line; without it, the error says so.
 */
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './support.js';

const CUSTOM = `pokin: 1
title: Kustom
levels:
  - { key: visi, label: { id: Visi, en: Vision }, tier: strategis }
  - { key: misi, label: { id: Misi, en: Mission }, tier: urusan }
results:
  - { id: V, level: visi, statement: Terwujudnya Daerah Maju }
  - id: M
    level: misi
    parent: V
    statement: Meningkatnya Kualitas Layanan
    indicators: [{ statement: Indeks Kepuasan Masyarakat, unit: indeks }]
`;

describe('--levels', () => {
  const dir = tempDir({
    'custom.yaml': CUSTOM,
    'levels.json':
      '[{"key":"visi","label":{"id":"Visi","en":"Vision"},"tier":"strategis"},{"key":"misi","label":{"id":"Misi","en":"Mission"},"tier":"urusan"}]',
    'bad.yaml': 'levels:\n  - { key: visi, tier: strategis }\n',
  });
  const run = (argv: string[]) => cli(argv, { cwd: dir.dir });

  it('reads back the CSV of a tree with its own level scheme, from a document or a bare list', async () => {
    expect((await run(['render', 'custom.yaml', '--to', 'csv', '-o', 'custom.csv'])).code).toBe(0);
    for (const levels of ['custom.yaml', 'levels.json']) {
      const back = await run(['render', 'custom.csv', '--levels', levels, '--to', 'json']);
      expect(back.code, back.stderr).toBe(0);
      const doc = JSON.parse(back.stdout) as { levels: { key: string }[]; results: { level: string }[] };
      expect(doc.levels.map((l) => l.key)).toEqual(['visi', 'misi']);
      expect(doc.results.map((r) => r.level)).toEqual(['visi', 'misi']);
    }
    const stats = await run(['stats', 'custom.csv', '--levels', 'custom.yaml', '--format', 'json']);
    expect(JSON.parse(stats.stdout)[0].levels.map((l: { label: string }) => l.label)).toEqual(['Visi', 'Misi']);
  });

  it('without it, the unknown level says how to give the scheme', async () => {
    await run(['render', 'custom.yaml', '--to', 'csv', '-o', 'custom.csv']);
    const r = await run(['review', 'custom.csv']);
    expect(r.code).toBe(2);
    expect(r.errLines[0]).toBe(
      'pokin: custom.csv: row 2, column "level" (4): level "visi" is not in the level scheme (goal, ultimate-outcome, intermediate-outcome, immediate-outcome, outcome, output); a CSV of a tree with its own level scheme needs it: --levels FILE (a .yaml or .json holding its levels)',
    );
  });

  it('a preset name works, and a bad --levels stops the command once, before any input', async () => {
    await run(['render', 'custom.yaml', '--to', 'csv', '-o', 'custom.csv']);
    const preset = await run(['stats', 'custom.csv', '--levels', 'renstra']);
    expect(preset.errLines[0]).toMatch(/level "visi" is not in the level scheme \(tujuan, sasaran, program, kegiatan, sub-kegiatan\)$/);
    const cases: [string, string][] = [
      ['nope', 'pokin: --levels: nope: not a preset (permenpan-89, renstra) and not a .json, .yaml or .yml file'],
      ['missing.yaml', 'pokin: --levels: missing.yaml: no such file or folder'],
      ['bad.yaml', 'pokin: --levels: bad.yaml:2:5: required (levels[0].label)'],
    ];
    for (const [levels, line] of cases) {
      const r = await run(['review', 'custom.csv', 'custom.csv', '--levels', levels, '--format', 'csv']);
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual([line]);
      expect(r.stdout).toBe('');
    }
  });
});

describe('a CSV input has rows in the review', () => {
  it('findings name the row of their result or indicator; a CSV parse error its row and column', async () => {
    const dir = tempDir({
      'tree.csv': [
        'result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value',
        'G1,,,goal,Meningkatnya Kualitas Pelayanan Publik,,Indeks Kepuasan Masyarakat,indeks,up,,',
        'UO1,G1,,ultimate-outcome,Meningkatnya Kualitas Layanan Perizinan,,,,,,',
        '',
      ].join('\n'),
      'broken.csv':
        'result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value\nG1,,,goal,S,,I,%,up,2024,\n',
    });
    try {
      const json = await cli(['review', 'tree.csv', 'broken.csv', '--format', 'json', '--locale', 'id'], { cwd: dir.dir });
      const rows = JSON.parse(json.stdout) as {
        file: string;
        result: string | null;
        rule: string;
        line: number | null;
        column: number | null;
        path: string | null;
      }[];
      expect(rows.find((r) => r.result === 'UO1' && r.rule === 'indicator-missing')).toMatchObject({ line: 3 });
      // Every finding about a result names that result's row (review v2 finds nothing on G1 here).
      for (const row of rows.filter((r) => r.result !== null && r.file === 'tree.csv'))
        expect(row.line, row.rule).toBe(row.result === 'G1' ? 2 : 3);
      expect(rows.find((r) => r.file === 'broken.csv')).toMatchObject({ rule: 'parse-error', line: 2, column: 11, path: 'baseline_value' });
      const text = await cli(['review', 'tree.csv', '--no-color'], { cwd: dir.dir });
      expect(text.stdout).toMatch(/^ {2}UO1 {2}Meningkatnya Kualitas Layanan Perizinan {2}tree\.csv row 3$/m);
    } finally {
      dir.cleanup();
    }
  });
});
