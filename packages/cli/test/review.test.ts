/**
 * `pokin review`: exit codes (warnings 0, --strict 1, errors 1), text output grouped by result,
 * colours, --rule and --locale.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cli, EXAMPLE, smallTree, tempDir } from './support.js';

const json = (v: unknown) => JSON.stringify(v, null, 2);

/** The small tree with an output phrased as an activity: warnings, no errors. */
function warningTree() {
  const t = smallTree();
  const rs = t.results as Record<string, unknown>[];
  rs[4]!.statement = 'Penyusunan Dokumen Analisis Kebutuhan Diklat';
  return t;
}

/** The small tree with a result without an indicator: an error. */
function errorTree() {
  const t = smallTree();
  const rs = t.results as Record<string, unknown>[];
  delete rs[5]!.indicators;
  return t;
}

/** The small tree with an indicator without an id whose unit contradicts it (a finding on that indicator). */
function unnamedIndicatorTree() {
  const t = smallTree();
  const rs = t.results as { indicators?: Record<string, unknown>[] }[];
  rs[5]!.indicators![0] = { statement: 'Persentase pegawai yang mengikuti diklat', unit: 'orang', polarity: 'up' };
  return t;
}

const dir = tempDir({
  'warn.json': json(warningTree()),
  'err.json': json(errorTree()),
  'unnamed.json': json(unnamedIndicatorTree()),
});
afterAll(() => dir.cleanup());

interface Row {
  file: string;
  rule: string;
  severity: string;
  result: string | null;
  message: string;
  line: number | null;
}

async function findings(file: string, ...args: string[]): Promise<Row[]> {
  const r = await cli(['review', file, '--format', 'json', ...args], { cwd: dir.dir });
  return JSON.parse(r.stdout) as Row[];
}

describe('review exit codes', () => {
  it('a tree with warnings and no errors exits 0; with --strict, 1', async () => {
    const rows = await findings('warn.json');
    expect(rows.some((r) => r.severity === 'warning')).toBe(true);
    expect(rows.some((r) => r.severity === 'error')).toBe(false);
    expect((await cli(['review', 'warn.json'], { cwd: dir.dir })).code).toBe(0);
    expect((await cli(['review', 'warn.json', '--strict'], { cwd: dir.dir })).code).toBe(1);
  });

  it('a tree with errors exits 1', async () => {
    const rows = await findings('err.json');
    expect(rows.filter((r) => r.severity === 'error').map((r) => [r.rule, r.result])).toContainEqual(['indicator-missing', 'O2']);
    const r = await cli(['review', 'err.json'], { cwd: dir.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('--rule turns a rule off or changes its severity', async () => {
    expect((await cli(['review', 'err.json', '--rule', 'indicator-missing=off'], { cwd: dir.dir })).code).toBe(0);
    const rows = await findings('err.json', '--rule', 'indicator-missing=info');
    expect(rows.find((r) => r.rule === 'indicator-missing')?.severity).toBe('info');
    const bad = await cli(['review', 'err.json', '--rule', 'no-such-rule=off'], { cwd: dir.dir });
    expect(bad.code).toBe(2);
    expect(bad.errLines).toHaveLength(1);
    expect(bad.errLines[0]).toMatch(/^pokin: --rule: unknown rule "no-such-rule"; rules: .*indicator-missing/);
    const badSetting = await cli(['review', 'err.json', '--rule', 'indicator-missing=loud'], { cwd: dir.dir });
    expect(badSetting.code).toBe(2);
    expect(badSetting.errLines[0]).toMatch(/unknown setting "loud"/);
  });
});

describe('review text output', () => {
  it('groups findings by result with id and statement, severity, rule id and a summary line', async () => {
    const r = await cli(['review', 'err.json'], { cwd: dir.dir });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('err.json  Pohon Kinerja Uji · 6 results');
    const head = lines.findIndex((l) => l.startsWith('  O2  Terlaksananya Pelatihan Teknis'));
    expect(head).toBeGreaterThan(0);
    expect(lines[head]).toMatch(/err\.json:\d+$/);
    expect(lines[head + 1]).toMatch(/^ {4}error {4}indicator-missing +\S/);
    expect(lines.at(-2)).toMatch(/^✖ 1 error, \d+ warnings?, \d+ infos? in 1 file \(6 results\)$/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours on a terminal, not with NO_COLOR or --no-color; FORCE_COLOR and --color force it', async () => {
    const esc = '\u001b[';
    expect((await cli(['review', 'err.json'], { cwd: dir.dir, tty: true })).stdout).toContain(esc);
    expect((await cli(['review', 'err.json'], { cwd: dir.dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await cli(['review', 'err.json', '--no-color'], { cwd: dir.dir, tty: true })).stdout).not.toContain(esc);
    expect((await cli(['review', 'err.json'], { cwd: dir.dir, env: { FORCE_COLOR: '1' } })).stdout).toContain(esc);
    expect((await cli(['review', 'err.json', '--color'], { cwd: dir.dir })).stdout).toContain(esc);
  });

  it('--locale en gives English messages', async () => {
    const id = await findings('err.json', '--locale', 'id');
    const en = await findings('err.json', '--locale', 'en');
    const m = (rows: Row[]) => rows.find((r) => r.rule === 'indicator-missing')!.message;
    expect(m(id)).not.toBe(m(en));
  });

  it('tags a finding on an indicator without an id by its place, in the language of the review', async () => {
    const id = await cli(['review', 'unnamed.json', '--locale', 'id'], { cwd: dir.dir });
    const en = await cli(['review', 'unnamed.json', '--locale', 'en'], { cwd: dir.dir });
    expect(id.stdout).toMatch(/unit-mismatch +\[IK 1\] /);
    expect(en.stdout).toMatch(/unit-mismatch +\[indicator 1\] /);
    expect(en.stdout).not.toContain('[IK ');
  });

  it('reviews the BKPSDM example', async () => {
    const r = await cli(['review', EXAMPLE, '--format', 'json']);
    expect([0, 1]).toContain(r.code);
    const rows = JSON.parse(r.stdout) as Row[];
    for (const row of rows) {
      expect(row.file).toBe(EXAMPLE);
      expect(typeof row.message).toBe('string');
      if (row.result !== null) expect(row.line).toBeGreaterThan(0);
    }
  });
});

describe('review --format json/jsonl: the result and the problem code', () => {
  it("a finding carries its result's level, tier and statement; a broken file the issue code", async () => {
    const t = smallTree();
    delete (t.results as Record<string, unknown>[])[5]!.indicators;
    const broken = smallTree();
    (broken.results as Record<string, unknown>[])[5]!.parent = 'NOPE';
    const dir = tempDir({ 'a.json': JSON.stringify(t), 'b.json': JSON.stringify(broken) });
    try {
      const r = await cli(['review', dir.dir, '--format', 'jsonl']);
      const rows = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const missing = rows.find((x) => x.rule === 'indicator-missing')!;
      const result = (t.results as Record<string, unknown>[])[5]!;
      expect(missing).toMatchObject({
        result: result.id,
        level: result.level,
        tier: 'operasional',
        statement: result.statement,
        code: null,
      });
      const parse = rows.filter((x) => x.rule === 'parse-error');
      expect(parse.length).toBeGreaterThan(0);
      expect(parse.map((x) => x.code)).toContain('missing-parent');
      expect(parse[0]).not.toHaveProperty('level');
    } finally {
      dir.cleanup();
    }
  });
});
