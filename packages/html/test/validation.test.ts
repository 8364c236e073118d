/**
 * The output is valid HTML: the W3C validator (vnu, run once over every file in one JVM) and
 * html-validate report no error for the BKPSDM example, generated cascades and hostile text. The
 * same validator run checks the package's other pages (the position documents, the LKjIP tables,
 * the diff page), each group with its own test: one JVM start instead of one per test file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { htmlStylesheet, renderHtml } from '@pokin/html';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { skipWithoutJava } from '../../../test/support/env.js';
import { bkpsdm, hostileCascade, runVnu } from './support.js';
import type { VnuMessage } from './support.js';
import { positionDocuments } from './support-positions.js';
import { diffDocuments, lkjipDocuments } from './vnu-documents.js';

/** A fragment placed in a minimal document, its stylesheet in the head, as an embedding page would. */
function embed(fragment: string): string {
  return `<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>Embed</title>\n<style>${htmlStylesheet({ page: false })}</style>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;
}

/** Every document the validators check, by name. */
function documents(): [string, string][] {
  const out: [string, string][] = [];
  const b = bkpsdm();
  out.push(['bkpsdm', renderHtml(b, { sections: { review: true } })]);
  out.push(['bkpsdm-en-a3', renderHtml(b, { locale: 'en', paper: 'A3', showIds: true, sections: { review: true } })]);
  out.push(['bkpsdm-all-levels', renderHtml(b, { hideUnusedLevels: 'none' })]);
  const signatory = {
    place: 'Kota <Contoh>',
    date: '2 Januari 2026',
    name: 'Nama & "Gelar"',
    position: 'Kepala Badan',
    nip: '197001011995031001',
  };
  out.push(['bkpsdm-matrix', renderHtml(b, { sections: { matrix: true }, signatory })]);
  out.push(['hostile-matrix-en', renderHtml(hostileCascade(), { locale: 'en', sections: { matrix: true }, signatory })]);
  out.push(['bkpsdm-fragment', embed(renderHtml(b, { fragment: true, styles: false, sections: { review: true } }))]);
  const generated = [
    generateCascade({ results: 300, seed: 1 }),
    generateCascade({ results: 300, seed: 2, crosscutting: 0.2, optionalLevels: 0.5 }),
    generateCascade({ results: 300, seed: 3, levels: 'renstra', crosscutting: 0.1 }),
    generateCascade({ results: 2000, seed: 4, maxResultsPerRoot: 400 }),
  ];
  generated.forEach((c, i) =>
    out.push([`generated-${i}`, renderHtml(c, { locale: i % 2 === 0 ? 'id' : 'en', sections: { review: i < 3 } })]),
  );
  out.push(['hostile', renderHtml(hostileCascade(), { showIds: true })]);
  out.push(['hostile-en', renderHtml(hostileCascade(), { locale: 'en', hideUnusedLevels: 'none' })]);
  out.push(['hostile-fragment', embed(renderHtml(hostileCascade(), { fragment: true, styles: false }))]);
  const docs = fc.sample(validDocumentArbitrary({ maxResults: 15, text: 'unicode' }), { numRuns: 25, seed: 42 });
  docs.forEach((doc, i) =>
    out.push([
      `arbitrary-${i}`,
      renderHtml(parseCascade(doc), { showIds: i % 2 === 0, locale: i % 3 === 0 ? 'en' : 'id', sections: { review: true } }),
    ]),
  );
  return out;
}

const docs = documents();

/** The documents of each group, written to a folder of the group's name. */
const GROUPS: Readonly<Record<string, [string, string][]>> = {
  worksheet: docs,
  positions: positionDocuments(),
  lkjip: lkjipDocuments(),
  diff: diffDocuments(),
};

describe.skipIf(skipWithoutJava())('W3C validator (vnu) [skipped: java not found; set POKIN_REQUIRE_BROWSER=1 to require it]', () => {
  let dir = '';
  let messages: VnuMessage[] = [];
  /** The messages about a group's files; a message that names no file counts for every group. */
  const about = (group: string) => messages.filter((m) => m.url === undefined || m.url.includes(`/${group}/`));
  const listed = (list: VnuMessage[]) => list.map((m) => `${m.url?.split('/').pop()}:${m.lastLine}: ${m.message} [${m.extract ?? ''}]`);
  const errors = (group: string) => about(group).filter((m) => m.type === 'error' || m.type === 'non-document-error');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-html-vnu-'));
    const files = Object.entries(GROUPS).flatMap(([group, list]) => {
      mkdirSync(join(dir, group));
      return list.map(([name, html]) => {
        const file = join(dir, group, `${name}.html`);
        writeFileSync(file, html);
        return file;
      });
    });
    messages = await runVnu(files);
  }, 180_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it(`reports no error for ${docs.length} documents (BKPSDM, generated, hostile)`, () => {
    expect(listed(errors('worksheet'))).toEqual([]);
  });

  it(`reports no error for the ${GROUPS.positions!.length} position and workspace documents (Perjanjian Kinerja, peta cascading, crosscutting matrix)`, () => {
    expect(listed(errors('positions'))).toEqual([]);
  });

  it('reports no error for the LKjIP tables', () => {
    expect(listed(errors('lkjip'))).toEqual([]);
  });

  it('has no vnu message for any diff page (BKPSDM 2025 -> 2026 in both languages, a fragment, hostile text)', () => {
    expect(GROUPS.diff![3]![1]).not.toContain('<script>');
    expect(about('diff').map((e) => `${e.url ?? ''}: ${e.message}`)).toEqual([]);
  });
});

describe('html-validate', () => {
  // html-validate:recommended, with three rules adjusted for generated documents whose text is
  // the user's:
  // - valid-id relaxed: result ids may hold ".", which HTML allows in an id (the strict mode is a
  //   CSS-selector convenience); cells also carry data-result for selectors.
  // - no-trailing-whitespace off: a style rule for hand-written markup; a statement may end a line
  //   with spaces (white-space: pre-line drops them on screen anyway).
  // - long-title off: the <title> is the document's own title, however long it is.
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'valid-id': ['error', { relaxed: true }], 'no-trailing-whitespace': 'off', 'long-title': 'off' },
  });

  it.each(docs.map(([name, html]) => [name, html] as const))('reports no error for %s', async (_name, html) => {
    const report = await validator.validateString(html);
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  });
});
