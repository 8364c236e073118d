#!/usr/bin/env node
// Regenerates examples/bkpsdm/pokin.html from examples/bkpsdm/pokin.yaml with the built renderer.
//
//   pnpm --filter @pokin/html build && node packages/html/scripts/render-example.mjs
//   node packages/html/scripts/render-example.mjs --check   # exit 1 when the committed file is stale
//
// The test suite (packages/html/test/golden.test.ts) checks the committed file against the
// sources too, so a stale example fails CI.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { renderHtml } from '../dist/index.js';

const root = new URL('../../../', import.meta.url);
const input = fileURLToPath(new URL('examples/bkpsdm/pokin.yaml', root));
const output = fileURLToPath(new URL('examples/bkpsdm/pokin.html', root));

const cascade = parseCascade(parse(readFileSync(input, 'utf8')));
// The example shows every section, the review included (off by default).
const html = renderHtml(cascade, { sections: { review: true } });

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(output, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== html) {
    console.error(`${output} is stale: run node packages/html/scripts/render-example.mjs`);
    process.exit(1);
  }
  console.log(`${output} is up to date`);
} else {
  writeFileSync(output, html);
  console.log(`wrote ${output} (${html.length} characters)`);
}
