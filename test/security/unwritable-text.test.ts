/**
 * A NUL or a lone surrogate in a text field: `pokin render --to csv` (and `--to all`) refuses the
 * tree before writing anything, naming the field, in both languages, so every CSV pokin writes is
 * one pokin reads back; the `@pokin/csv` string keeps such text exactly; the `.xlsx` escapes it
 * (`_x0000_`) and reads it back exactly, in the library and through the CLI.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade, type CascadeDocument } from '@pokin/core';
import { parseCsv, renderCsv, type CsvProfile } from '@pokin/csv';
import { parseXlsx, renderXlsx } from '@pokin/xlsx';
import { run } from '@pokin/cli';

const dir = mkdtempSync(join(tmpdir(), 'pokin-unwritable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (statement: string, unit = '%'): CascadeDocument =>
  ({
    pokin: 1,
    title: 'Judul',
    results: [
      { id: 'A', level: 'goal', statement: 'Meningkatnya mutu 😀', indicators: [{ statement: 'Indeks', unit: 'Indeks' }] },
      { id: 'B', level: 'ultimate-outcome', parent: 'A', statement, indicators: [{ statement: 'Jumlah', unit }] },
    ],
  }) as unknown as CascadeDocument;

const CASES = [
  { name: 'a NUL in a statement', doc: doc('Tersedianya \u0000 data'), field: 'results[1].statement', code: 'U+0000' },
  {
    name: 'a lone high surrogate in a unit',
    doc: doc('Tersedianya data', '%\ud800'),
    field: 'results[1].indicators[0].unit',
    code: 'U+D800',
  },
  { name: 'a lone low surrogate at the start', doc: doc('\udc00Tersedianya'), field: 'results[1].statement', code: 'U+DC00' },
] as const;

const PROFILES: readonly CsvProfile[] = ['rfc4180', 'excel', 'excel-id'];

async function cli(argv: readonly string[], locale: 'id' | 'en' = 'en'): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await run([...argv, '--locale', locale], {
    cwd: dir,
    env: {},
    stdout: { write: () => true },
    stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) },
  });
  return { code, stderr };
}

describe('security: NUL and lone surrogates in text fields', () => {
  it.each(CASES)('render --to csv refuses $name, naming the field, in both languages, and writes nothing', async (c) => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(c.doc));
    for (const profile of PROFILES) {
      const out = `bad-${profile}.csv`;
      const en = await cli(['render', 'bad.json', '--to', 'csv', '--csv-profile', profile, '-o', out]);
      expect(en.code).toBe(2);
      expect(en.stderr.trim().split('\n')).toHaveLength(1);
      expect(en.stderr).toContain(`bad.json: `);
      expect(en.stderr).toContain(c.field);
      expect(en.stderr).toContain(c.code);
      expect(en.stderr).toContain('a CSV file cannot hold');
      expect(existsSync(join(dir, out))).toBe(false);
    }
    const id = await cli(['render', 'bad.json', '--to', 'csv', '-o', 'bad.csv'], 'id');
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('tidak dapat disimpan dalam berkas CSV');
    const all = await cli(['render', 'bad.json', '--to', 'all', '-o', 'semua/']);
    expect(all.code).toBe(2);
    expect(existsSync(join(dir, 'semua'))).toBe(false);
  });

  it('render --workspace --to csv refuses it too, naming the document and the field, and writes nothing', async () => {
    // The example workspace with a NUL in one agency's statement (its YAML as JSON, under the name the manifest lists).
    const ws = join(dir, 'ws');
    cpSync(join(import.meta.dirname, '..', '..', 'examples', 'workspace'), ws, { recursive: true });
    const dinkes = parse(readFileSync(join(ws, 'dinkes-2026.yaml'), 'utf8')) as { results: { statement: string }[] };
    dinkes.results[1]!.statement += ' \u0000';
    writeFileSync(join(ws, 'dinkes-2026.yaml'), JSON.stringify(dinkes));
    for (const shape of [[], ['--csv-shape', 'results']]) {
      const r = await cli(['render', 'ws', '--workspace', '--to', 'csv', ...shape, '-o', 'ws.csv']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('dinkes-2026.yaml');
      expect(r.stderr).toContain('results[1].statement');
      expect(r.stderr).toContain('a CSV file cannot hold');
      expect(existsSync(join(dir, 'ws.csv'))).toBe(false);
    }
    // The SVG of the same workspace is written: only the CSV cannot hold it.
    expect((await cli(['render', 'ws', '--workspace', '--to', 'svg', '-o', 'ws.svg'])).code).toBe(0);
  });

  it('a clean tree with a valid surrogate pair (an emoji) is written and read back by the CLI', async () => {
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(doc('Tersedianya data 😀')));
    for (const profile of PROFILES) {
      const wrote = await cli(['render', 'ok.json', '--to', 'csv', '--csv-profile', profile, '-o', `ok-${profile}.csv`]);
      expect(wrote.code, wrote.stderr).toBe(0);
      const back = await cli(['render', `ok-${profile}.csv`, '--to', 'json', '-o', `ok-${profile}.json`]);
      expect(back.code, back.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, `ok-${profile}.json`), 'utf8')).results[1].statement).toBe('Tersedianya data 😀');
    }
  });

  it.each(CASES)('the @pokin/csv string keeps $name exactly (it is not a file)', (c) => {
    const cascade = parseCascade(c.doc);
    for (const profile of PROFILES) expect(parseCsv(renderCsv(cascade, { profile })).results()).toEqual(cascade.results());
  });

  it.each(CASES)('the .xlsx escapes $name and reads it back exactly, in the library and through the CLI', async (c) => {
    const cascade = parseCascade(c.doc);
    expect(parseXlsx(renderXlsx(cascade)).cascade.toDocument()).toEqual(cascade.toDocument());
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(c.doc));
    const wrote = await cli(['render', 'bad.json', '-o', 'bad.xlsx']);
    expect(wrote.code, wrote.stderr).toBe(0);
    const back = await cli(['render', 'bad.xlsx', '--to', 'json', '-o', 'back.json']);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')).results).toEqual(cascade.toDocument().results);
  });
});
