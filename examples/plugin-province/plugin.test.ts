import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade, review } from '@pokin/core';
import { cli, EXAMPLE } from '../../packages/cli/test/support.js';
// @ts-expect-error: a plain .js plug-in without types, as a province would write it
import provContoh from './prov-contoh.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const bkpsdm = () =>
  parse(readFileSync(EXAMPLE, 'utf8')) as { results: { id: string; level: string; indicators?: Record<string, unknown>[] }[] };

describe("a province's plug-in rule", () => {
  it('runs through the API: reports the strategic result without an IKU, and not once one is marked', () => {
    const doc = bkpsdm();
    const found = review(parseCascade(doc), { plugins: [provContoh] }).filter((d) => d.rule === 'prov-contoh/iku-strategis');
    expect(found.map((d) => d.resultId)).toEqual(['G1']);
    expect(found[0]!.message).toBe(
      'Kinerja strategis G1 belum memiliki indikator kinerja utama (IKU): tandai IK yang menjadi IKU perangkat daerah.',
    );
    doc.results.find((r) => r.id === 'G1')!.indicators![0]!.iku = true;
    expect(review(parseCascade(doc), { plugins: [provContoh] }).filter((d) => d.rule === 'prov-contoh/iku-strategis')).toEqual([]);
  });

  it('takes options from the review options', () => {
    const doc = bkpsdm();
    doc.results.find((r) => r.id === 'G1')!.indicators![0]!.iku = true;
    const found = review(parseCascade(doc), { plugins: [provContoh], rules: { 'prov-contoh/iku-strategis': ['info', { maxWords: 3 }] } });
    expect(found.filter((d) => d.rule === 'prov-contoh/iku-strategis').map((d) => [d.severity, d.indicatorId])).toEqual([['info', 'G1.1']]);
  });

  it('runs through the CLI from pokin.config.json, with flags over the config', async () => {
    const r = await cli(['review', EXAMPLE, '--format', 'json'], { cwd: here });
    const rows = JSON.parse(r.stdout) as { rule: string; result: string }[];
    expect(rows.filter((x) => x.rule === 'prov-contoh/iku-strategis').map((x) => x.result)).toEqual(['G1']);
    expect(rows.some((x) => x.rule === 'single-child')).toBe(false);
    const off = await cli(['review', EXAMPLE, '--format', 'json', '--rule', 'prov-contoh/iku-strategis=off'], { cwd: here });
    expect((JSON.parse(off.stdout) as { rule: string }[]).some((x) => x.rule === 'prov-contoh/iku-strategis')).toBe(false);
  });

  it('runs through the CLI with --config from anywhere, and names a broken config in one line', async () => {
    const r = await cli(['review', EXAMPLE, '--format', 'json', '--config', `${here}pokin.config.json`]);
    expect((JSON.parse(r.stdout) as { rule: string }[]).some((x) => x.rule === 'prov-contoh/iku-strategis')).toBe(true);
    const bad = await cli(['review', EXAMPLE, '--config', `${here}no-such.json`]);
    expect(bad.code).toBe(2);
    expect(bad.errLines.join('\n')).toMatch(/no-such\.json/);
  });
});
