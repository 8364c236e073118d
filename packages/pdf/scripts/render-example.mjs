#!/usr/bin/env node
// Regenerates examples/bkpsdm/pokin.pdf (A3 landscape: the tree on one page) and
// examples/bkpsdm/pokin-a4.pdf (A4 portrait: the tree on a page plan) from
// examples/bkpsdm/pokin.yaml with the built renderer.
//
//   pnpm --filter @pokin/pdf build && node packages/pdf/scripts/render-example.mjs
//   node packages/pdf/scripts/render-example.mjs --check   # exit 1 when a committed file is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { renderPdf } from '../dist/index.js';

const root = new URL('../../../', import.meta.url);
const input = fileURLToPath(new URL('examples/bkpsdm/pokin.yaml', root));
const cascade = parseCascade(parse(readFileSync(input, 'utf8')));
// Every section, the review included (off by default).
const sections = { review: true };
const outputs = [
  ['examples/bkpsdm/pokin.pdf', { paper: 'A3', orientation: 'landscape', sections }],
  ['examples/bkpsdm/pokin-a4.pdf', { paper: 'A4', orientation: 'portrait', sections }],
];

let stale = false;
for (const [name, options] of outputs) {
  const output = fileURLToPath(new URL(name, root));
  const pdf = renderPdf(cascade, options);
  if (process.argv.includes('--check')) {
    let current = new Uint8Array();
    try {
      current = readFileSync(output);
    } catch {
      // missing counts as stale
    }
    if (Buffer.compare(Buffer.from(current), Buffer.from(pdf)) !== 0) {
      console.error(`${output} is stale: run node packages/pdf/scripts/render-example.mjs`);
      stale = true;
    } else console.log(`${output} is up to date`);
  } else {
    writeFileSync(output, pdf);
    console.log(`wrote ${output} (${pdf.length} bytes)`);
  }
}
if (stale) process.exit(1);
