/**
 * The template an agency copies: what `pokin init` writes for 2025-2029 (YAML and the Excel CSV),
 * its schema line where the schema is after `npm install @pokin/cli`, Indonesian throughout, and a
 * review without errors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { cli, tempDir } from '../../packages/cli/test/support.js';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const yaml = readFileSync(here('pokin.yaml'), 'utf8');
const dir = tempDir();
afterAll(() => dir.cleanup());

describe('examples/templat', () => {
  it('is what pokin init writes, with the schema line of an installed package', async () => {
    const made = await cli(['init', dir.path('pokin.yaml'), '--period', '2025-2029', '--locale', 'id']);
    expect(made.code).toBe(0);
    const lines = readFileSync(dir.path('pokin.yaml'), 'utf8').split('\n');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/@pokin/core/schema.json');
    expect(yaml.split('\n').slice(1)).toEqual(lines.slice(1));
    await cli(['init', dir.path('pokin.csv'), '--period', '2025-2029', '--csv-profile', 'excel-id']);
    expect(readFileSync(here('pokin.csv'))).toEqual(readFileSync(dir.path('pokin.csv')));
  });

  it('has targets for every year, a baseline and an owner on every result', () => {
    const cascade = parseCascade(parse(yaml));
    expect(cascade.period).toEqual({ start: 2025, end: 2029 });
    for (const r of cascade.results()) {
      expect(r.owner?.unit, r.id).toBeTruthy();
      expect(r.owner?.position, r.id).toBeTruthy();
      for (const ik of r.indicators) {
        expect(ik.baseline?.year, ik.id).toBe(2024);
        expect(Object.keys(ik.targets ?? {}), ik.id).toEqual(['2025', '2026', '2027', '2028', '2029']);
      }
    }
  });

  it('reviews without errors, in YAML and in CSV, and both are the same tree', async () => {
    for (const file of ['pokin.yaml', 'pokin.csv']) {
      const r = await cli(['review', here(file), '--locale', 'id']);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/✔ 0 kesalahan, 0 peringatan, \d+ catatan dalam 1 berkas \(6 kinerja\)/);
    }
    const fromCsv = await cli(['render', here('pokin.csv'), '--to', 'json']);
    const fromYaml = await cli(['render', here('pokin.yaml'), '--to', 'json']);
    expect(JSON.parse(fromCsv.stdout).results).toEqual(JSON.parse(fromYaml.stdout).results);
  });
});
