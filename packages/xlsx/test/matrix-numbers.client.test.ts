/**
 * LibreOffice set to Indonesian shows the matrix sheet's numbers as an Indonesian planner reads
 * them: 155.000 and 1.250.000,5, kondisi awal 81,5; the years heading the target columns stay 2025.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '@pokin/xlsx';
import { foodTree, skipWithoutSoffice, soffice, tempDir } from './support.js';

/** A LibreOffice profile whose locale is Indonesian (its own locale data: no system locale needed). */
const INDONESIAN =
  '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry">' +
  '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item></oor:items>';

describe.skipIf(skipWithoutSoffice())('the matrix sheet in an Indonesian LibreOffice', () => {
  it('groups thousands with dots and keeps the years as they are', () => {
    const cascade = foodTree({
      statement: 'Produksi padi',
      unit: 'Ton',
      baseline: { year: 2024, value: 81.5 },
      targets: { '2025': 155000, '2026': 1250000.5 },
    });
    const dir = tempDir();
    mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), INDONESIAN);
    writeFileSync(join(dir, 'matriks.xlsx'), renderXlsx(cascade, { sheets: ['matrix'] }));
    // Comma, quote, UTF-8, from line 1, ..., token 9 = true: each cell as it is shown.
    soffice(dir, [
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
      '--outdir',
      dir,
      join(dir, 'matriks.xlsx'),
    ]);
    const rows = Papa.parse<string[]>(readFileSync(join(dir, 'matriks.csv'), 'utf8'), { skipEmptyLines: true }).data;
    expect(rows[3]!.slice(5, 7)).toEqual(['2025', '2026']);
    expect(rows[4]!.slice(2, 6)).toEqual(['Produksi padi', 'Ton', '81,5', '155.000']);
    expect(rows[4]![6]).toBe('1.250.000,5');
  }, 180_000);
});
