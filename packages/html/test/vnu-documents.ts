/**
 * The LKjIP tables and the diff page that the W3C validator checks (`validation.test.ts` runs
 * them in its one validator run, beside the worksheet's documents and the position documents of
 * `support-positions.ts`): one JVM for every HTML document of the package instead of one per file.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { diffCascades, parseCascade } from '@pokin/core';
import { renderDiffHtml, renderLkjipHtml } from '@pokin/html';
import { capaianDocument } from '../../../test/support/capaian-document.js';
import { HOSTILE } from './support.js';

/** The LKjIP tables of the capaian example (both languages) and of a hostile statement, by name. */
export function lkjipDocuments(): [string, string][] {
  const example = parseCascade(parse(readFileSync(new URL('../../../examples/bkpsdm-capaian/pokin.yaml', import.meta.url), 'utf8')));
  const hostile = (() => {
    const d = capaianDocument() as { results: { statement: string }[] };
    d.results[0]!.statement = '<script>alert("x")</script> & ]]>';
    return parseCascade(d);
  })();
  return [
    ['bkpsdm-2025', renderLkjipHtml(example, { year: 2025 })],
    ['bkpsdm-2025-q2-en', renderLkjipHtml(example, { year: 2025, period: 'q2', locale: 'en' })],
    ['hostile-2026', renderLkjipHtml(hostile, { year: 2026 })],
  ];
}

const example = (name: string) => parseCascade(parse(readFileSync(new URL(`../../../examples/diff/${name}`, import.meta.url), 'utf8')));

/**
 * The diff page: the BKPSDM 2025 -> 2026 example in both languages, as a document and embedded
 * as a fragment, an empty diff, and a diff whose every text is hostile (fourth), by name.
 */
export function diffDocuments(): [string, string][] {
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
