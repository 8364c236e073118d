/** The LKjIP and monitoring tables are valid HTML (vnu), escape every text, and show the capaian. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { renderLkjipHtml } from '@pokin/html';
import { capaianDocument } from '../../../test/support/capaian-document.js';
import { skipWithoutJava } from '../../../test/support/env.js';
import { runVnu, type VnuMessage } from './support.js';

const example = parseCascade(parse(readFileSync(new URL('../../../examples/bkpsdm-capaian/pokin.yaml', import.meta.url), 'utf8')));
const hostile = (() => {
  const d = capaianDocument() as { results: { statement: string }[] };
  d.results[0]!.statement = '<script>alert("x")</script> & ]]>';
  return parseCascade(d);
})();

const docs: [string, string][] = [
  ['bkpsdm-2025', renderLkjipHtml(example, { year: 2025 })],
  ['bkpsdm-2025-q2-en', renderLkjipHtml(example, { year: 2025, period: 'q2', locale: 'en' })],
  ['hostile-2026', renderLkjipHtml(hostile, { year: 2026 })],
];

describe('renderLkjipHtml', () => {
  it('escapes text and prints capaian, previous year and end target', () => {
    const html = docs[2]![1];
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    // G1.1: 258,5 against 260 -> 99,42 %; previous year 251,5; end target 2029: 300.
    expect(html).toContain('99,42 %');
    expect(html).toContain('251,5');
    expect(html).toContain('300 (2029)');
  });
});

describe.skipIf(skipWithoutJava())('LKjIP tables in the W3C validator (vnu)', () => {
  let dir = '';
  let messages: VnuMessage[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-lkjip-vnu-'));
    messages = await runVnu(
      docs.map(([name, html]) => {
        const file = join(dir, `${name}.html`);
        writeFileSync(file, html);
        return file;
      }),
    );
  }, 180_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });
  it('reports no error', () => {
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map((m) => `${m.url?.split('/').pop()}:${m.lastLine}: ${m.message} [${m.extract ?? ''}]`)).toEqual([]);
  });
});
