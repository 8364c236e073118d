/**
 * The diff page is valid HTML (the W3C validator, vnu): the BKPSDM 2025 -> 2026 example in both
 * languages, as a document and embedded as a fragment, and a diff whose every text is hostile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffCascades, parseCascade } from '@pokin/core';
import { renderDiffHtml } from '@pokin/html';
import { skipWithoutJava } from '../../../test/support/env.js';
import { HOSTILE, runVnu } from './support.js';

const example = (name: string) => parseCascade(parse(readFileSync(new URL(`../../../examples/diff/${name}`, import.meta.url), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'pokin-diff-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function documents(): [string, string][] {
  const old = example('bkpsdm-2025.yaml');
  const next = example('bkpsdm-2026.yaml');
  const d = diffCascades(old, next);
  const hostile = (statement: string, target: string) =>
    parseCascade({
      pokin: 1,
      title: HOSTILE,
      results: [
        { id: 'G', level: 'goal', statement, indicators: [{ id: 'G.1', statement: HOSTILE, unit: HOSTILE, targets: { '2026': target } }] },
      ],
    });
  const fragment = renderDiffHtml(d, { fragment: true, locale: 'en' });
  return [
    ['bkpsdm-id', renderDiffHtml(d, { levels: next.levels })],
    ['bkpsdm-en', renderDiffHtml(d, { locale: 'en', levels: next.levels })],
    ['empty', renderDiffHtml(diffCascades(old, old))],
    ['hostile', renderDiffHtml(diffCascades(hostile('lama', HOSTILE), hostile(`${HOSTILE} baru`, `${HOSTILE}!`)))],
    [
      'fragment',
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Embed</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`,
    ],
  ];
}

describe.skipIf(skipWithoutJava())('renderDiffHtml passes the W3C validator', () => {
  it('has no vnu error in any document', async () => {
    const docs = documents();
    const files = docs.map(([name, html]) => {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      return file;
    });
    expect(docs[3]![1]).not.toContain('<script>');
    const errors = await runVnu(files);
    expect(errors.map((e) => `${e.url ?? ''}: ${e.message}`)).toEqual([]);
  });
});
