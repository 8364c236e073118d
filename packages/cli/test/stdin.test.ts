/**
 * Standard input (`-`): the format from --input-format or sniffed from the text.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, EXAMPLE, smallTree } from './support.js';

const tree = smallTree();

describe('stdin', () => {
  it('reads JSON, YAML and the results CSV, sniffing the format', async () => {
    const asJson = await cli(['render', '-', '--to', 'yaml'], { stdin: JSON.stringify(tree) });
    expect(asJson.code, asJson.stderr).toBe(0);
    expect(parse(asJson.stdout)).toMatchObject({ title: 'Pohon Kinerja Uji' });

    const yamlText = readFileSync(EXAMPLE, 'utf8');
    const asYaml = await cli(['stats', '-', '--format', 'json'], { stdin: yamlText });
    expect(JSON.parse(asYaml.stdout)[0]).toMatchObject({ file: '-', results: 31 });

    const csv = (await cli(['render', EXAMPLE, '--to', 'csv'])).stdout;
    const asCsv = await cli(['stats', '-', '--format', 'json'], { stdin: csv });
    expect(asCsv.code, asCsv.stderr).toBe(0);
    expect(JSON.parse(asCsv.stdout)[0]).toMatchObject({ results: 31 });
  });

  it('YAML in flow style ({pokin: 1, ...}) is read as YAML; text that is neither says how to choose', async () => {
    const flow = '{pokin: 1, title: T, results: [{id: G1, level: goal, statement: Meningkatnya X}]}\n';
    const r = await cli(['stats', '-', '--format', 'json'], { stdin: flow });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ title: 'T', results: 1 });
    const broken = await cli(['stats', '-'], { stdin: '{pokin: [1, }\n' });
    expect(broken.code).toBe(2);
    expect(broken.errLines[0]).toMatch(
      /^pokin: -:1:\d+: invalid JSON: .*\(read as JSON: it starts with "\{"; pass --input-format yaml if it is YAML\)$/,
    );
  });

  it('--input-format overrides the sniffing', async () => {
    // JSON is YAML: read as YAML on request.
    const r = await cli(['stats', '-', '--input-format', 'yaml', '--format', 'json'], { stdin: JSON.stringify(tree) });
    expect(r.code).toBe(0);
    const bad = await cli(['stats', '-', '--input-format', 'toml'], { stdin: '' });
    expect(bad.code).toBe(2);
    expect(bad.errLines).toHaveLength(1);
    expect(bad.errLines[0]).toMatch(/^pokin: option '--input-format <format>': value 'toml' is invalid: allowed choices are /);
  });

  it('reads a stream in chunks, with a UTF-8 BOM', async () => {
    const text = `\ufeff${JSON.stringify(tree)}`;
    const bytes = Buffer.from(text);
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 8), bytes.subarray(8)];
    const r = await cli(['review', '-', '--format', 'json'], { stdin: Readable.from(chunks) });
    expect(r.code, r.stderr).toBe(0);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });

  it('renders from stdin to stdout', async () => {
    const r = await cli(['render', '-', '--to', 'json'], { stdin: JSON.stringify(tree) });
    expect(JSON.parse(r.stdout).results).toHaveLength(6);
  });
});
