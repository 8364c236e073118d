#!/usr/bin/env node
// Regenerates examples/bkpsdm/pokin.svg and pokin.png from examples/bkpsdm/pokin.yaml with the
// built packages (run `pnpm --filter @pokin/core --filter @pokin/svg build` first). The PNG is
// rasterised by resvg with the Arimo font files only (no system fonts), so it is the same on
// every machine. `--check` exits 1 when the committed files are out of date instead of writing.
//
//   node packages/svg/scripts/render-example.mjs [--check]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { renderSvg } from '../dist/index.js';
import { arimoFontFiles } from '../../core/scripts/gen-metrics.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = join(root, 'examples', 'bkpsdm');
const check = process.argv.includes('--check');

/** Device pixels per SVG pixel in the PNG. */
const PNG_ZOOM = 1.5;

/** Renders an SVG string to PNG bytes with Arimo only. */
export function svgToPng(svg, zoom = PNG_ZOOM) {
  const fonts = arimoFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: false, fontFiles: [fonts.normal, fonts.bold], defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo' },
  });
  return resvg.render().asPng();
}

const cascade = parseCascade(parse(readFileSync(join(dir, 'pokin.yaml'), 'utf8')));
const svg = renderSvg(cascade);
const png = svgToPng(svg);
let stale = false;
for (const [name, data] of [
  ['pokin.svg', Buffer.from(svg, 'utf8')],
  ['pokin.png', png],
]) {
  const file = join(dir, name);
  if (check) {
    if (!existsSync(file) || !readFileSync(file).equals(data)) {
      console.error(`${relative(root, file)} is out of date: run node packages/svg/scripts/render-example.mjs`);
      stale = true;
    }
  } else {
    writeFileSync(file, data);
    console.log(`wrote ${relative(root, file)} (${data.length} bytes)`);
  }
}
if (stale) process.exit(1);
