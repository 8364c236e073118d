import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCascade, type Cascade } from '@pokin/core';
import { renderCsv, type CsvProfile, type CsvShape } from '@pokin/csv';
import { readCells } from '../src/read.js';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { bkpsdm, sampleDocument } from './helpers.js';

/** Python's csv module: a client we did not write. */
const hasPython = spawnSync('python3', ['-c', 'import csv, json'], { stdio: 'ignore' }).status === 0;

const READER = `
import csv, json, sys
out = []
for path, delimiter in zip(sys.argv[1::2], sys.argv[2::2]):
    with open(path, newline='', encoding='utf-8-sig') as fh:
        out.append([row for row in csv.reader(fh, delimiter=delimiter, strict=True)])
sys.stdout.write(json.dumps(out))
`;

const PROFILES: readonly CsvProfile[] = ['rfc4180', 'excel', 'excel-id'];
const dir = mkdtempSync(join(tmpdir(), 'pokin-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders each (cascade, profile, shape), has Python read every file in one run, returns both readings. */
function readBoth(cases: readonly { cascade: Cascade; profile: CsvProfile; shape: CsvShape }[]) {
  const args: string[] = [];
  const texts = cases.map((k, i) => {
    const text = renderCsv(k.cascade, { profile: k.profile, shape: k.shape });
    const path = join(dir, `${i}-${k.profile}-${k.shape}.csv`);
    writeFileSync(path, text, 'utf8');
    args.push(path, k.profile === 'excel-id' ? ';' : ',');
    return { text, path };
  });
  const python = JSON.parse(execFileSync('python3', ['-c', READER, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })) as string[][][];
  return texts.map((t, i) => {
    const ours = readCells(t.text, cases[i]!.profile === 'excel-id' ? ';' : ',').rows;
    if (ours.length > 0 && ours[ours.length - 1]!.length === 1 && ours[ours.length - 1]![0] === '') ours.pop();
    return { ours, python: python[i]!, path: t.path };
  });
}

describe.skipIf(!hasPython)("Python's csv module reads the same cells (python3 not found: skipped)", () => {
  it('for the BKPSDM example and a hostile sample, in every profile and shape', () => {
    const cases = [bkpsdm(), parseCascade(sampleDocument())].flatMap((cascade) =>
      PROFILES.flatMap((profile) => (['results', 'worksheet'] as const).map((shape) => ({ cascade, profile, shape }))),
    );
    for (const r of readBoth(cases)) {
      expect(r.python.length).toBeGreaterThan(1);
      expect(r.python).toEqual(r.ours);
    }
  });

  it('for generated documents full of hostile text (property)', () => {
    const docs = fc.sample(validDocumentArbitrary({ maxResults: 10, text: 'unicode' }), { numRuns: 60, seed: 4 });
    const cases = docs.flatMap((d, i) => {
      const cascade = parseCascade(d);
      const shape: CsvShape = i % 2 === 0 ? 'results' : 'worksheet';
      return [{ cascade, profile: PROFILES[i % 3]!, shape }];
    });
    for (const r of readBoth(cases)) expect(JSON.stringify(r.python)).toEqual(JSON.stringify(r.ours));
  });

  it('the excel-id file starts with a UTF-8 byte order mark and separates fields with ";"', () => {
    const [r] = readBoth([{ cascade: bkpsdm(), profile: 'excel-id', shape: 'results' }]);
    const bytes = readFileSync(r!.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r!.python[0]!.slice(0, 3)).toEqual(['result_id', 'parent_id', 'contributes_to']);
    expect(bytes.subarray(3, 40).toString('utf8')).toMatch(/^result_id;parent_id;contributes_to;/);
    const [rfc] = readBoth([{ cascade: bkpsdm(), profile: 'rfc4180', shape: 'results' }]);
    expect(readFileSync(rfc!.path)[0]).toBe(0x72); // "r": no byte order mark
  });
});
