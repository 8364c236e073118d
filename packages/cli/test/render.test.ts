/**
 * `pokin render`: every format, `--to all` into a folder, stdout, renderer options, the PNG drawn
 * with the shipped font only, and plug-in renderers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade, type Cascade, type Renderer } from '@pokin/core';
import { parseCsv } from '@pokin/csv';
import { layoutCascade } from '@pokin/svg';
import { DEFAULT_MAX_PNG_PIXELS, PngTooLargeError, svgToPng } from '@pokin/cli';
import { decodePng, type Image } from './png-decode.js';
import { join } from 'node:path';
import { cli, EXAMPLE, ROOT, tempDir } from './support.js';

const example = parseCascade(parse(readFileSync(EXAMPLE, 'utf8')));
const out = tempDir();
afterAll(() => out.cleanup());

describe('render to each format', () => {
  it('svg', async () => {
    const r = await cli(['render', EXAMPLE, '--to', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<svg[\s>]|^<\?xml/);
    expect(r.stdout).toContain('Meningkatnya Kualitas Tata Kelola Manajemen ASN'.split(' ')[0]);
  });

  it('html, with --fragment and --paper', async () => {
    const doc = await cli(['render', EXAMPLE, '--to', 'html', '--paper', 'A3']);
    expect(doc.code).toBe(0);
    expect(doc.stdout.toLowerCase()).toMatch(/^<!doctype html>/);
    expect(doc.stdout).toMatch(/A3 landscape/);
    const frag = await cli(['render', EXAMPLE, '--to', 'html', '--fragment']);
    expect(frag.stdout.toLowerCase()).not.toContain('<!doctype');
  });

  it('html: the review table only with --html-review, and then as the committed example', async () => {
    const plain = await cli(['render', EXAMPLE, '--to', 'html']);
    expect(plain.stdout).not.toContain('<table class="review">');
    // The committed example is in Indonesian, the default language of rendered labels.
    const reviewed = await cli(['render', EXAMPLE, '--to', 'html', '--html-review', '--locale', 'id']);
    expect(reviewed.code).toBe(0);
    expect(reviewed.stdout).toContain('<table class="review">');
    expect(reviewed.stdout).toBe(readFileSync(EXAMPLE.replace(/\.yaml$/, '.html'), 'utf8'));
  });

  it('html: the cascading matrix with --html-matrix; csv: --csv-shape matrix', async () => {
    const plain = await cli(['render', EXAMPLE, '--to', 'html', '--locale', 'id']);
    expect(plain.stdout).not.toContain('Matriks Cascading Kinerja');
    const matrix = await cli(['render', EXAMPLE, '--to', 'html', '--html-matrix', '--html-review', '--locale', 'id']);
    expect(matrix.code, matrix.stderr).toBe(0);
    expect(matrix.stdout).toContain('Matriks Cascading Kinerja');
    expect(matrix.stdout).toContain('<table class="review">');
    const csv = await cli(['render', EXAMPLE, '--to', 'csv', '--csv-shape', 'matrix', '--locale', 'id']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toContain('Indikator Kinerja');
  });

  it('svg: --show-owner prints the owner in each box and marks a result of another agency', async () => {
    const yaml = [
      'pokin: 1',
      'title: Pohon Kinerja Contoh',
      'agency: { name: Dinas Contoh }',
      'results:',
      '  - { id: A, level: goal, statement: Dampak, owner: { unit: Sekretariat, position: Kepala Dinas } }',
      '  - { id: B, parent: A, level: ultimate-outcome, statement: Hasil, owner: { unit: Bidang Data, position: Kepala Bidang, agency: Dinas Kominfo } }',
    ].join('\n');
    const dir = tempDir({ 'owner.yaml': `${yaml}\n` });
    try {
      const plain = await cli(['render', dir.path('owner.yaml'), '--to', 'svg']);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).not.toContain('Penanggung jawab');
      const r = await cli(['render', dir.path('owner.yaml'), '--to', 'svg', '--show-owner', '--locale', 'id']);
      expect(r.code, r.stderr).toBe(0);
      const lines = (svg: string): string => svg.replace(/<\/tspan><tspan[^>]*>/g, ' ');
      expect(lines(r.stdout)).toContain('Penanggung jawab: Kepala Dinas, Sekretariat');
      expect(lines(r.stdout)).toContain('Instansi lain: Dinas Kominfo (Kepala Bidang, Bidang Data)');
      expect(r.stdout).toMatch(/<rect data-id="B"[^>]*stroke-dasharray/);
      const en = await cli(['render', dir.path('owner.yaml'), '--to', 'svg', '--show-owner', '--locale', 'en']);
      expect(lines(en.stdout)).toContain('Other agency: Dinas Kominfo');
      const help = await cli(['render', '--help', '--locale', 'id']);
      expect(help.stdout).toMatch(/--show-owner\s+svg, png: tampilkan penanggung jawab/);
      expect((await cli(['render', '--help', '--locale', 'en'])).stdout).toMatch(/--show-owner\s+svg, png: print the owner/);
    } finally {
      dir.cleanup();
    }
  });

  it('csv reads back to the same cascade; --csv-profile excel-id uses ";" and a BOM', async () => {
    const r = await cli(['render', EXAMPLE, '--to', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('result_id,')).toBe(true);
    const back = parseCsv(r.stdout);
    expect(back.results().map((x) => x.id)).toEqual(example.results().map((x) => x.id));
    const id = await cli(['render', EXAMPLE, '--to', 'csv', '--csv-profile', 'excel-id']);
    expect(id.stdout.startsWith('\ufeffresult_id;')).toBe(true);
    const ws = await cli(['render', EXAMPLE, '--to', 'csv', '--csv-shape', 'worksheet']);
    expect(ws.code).toBe(0);
    expect(ws.stdout).not.toBe(r.stdout);
  });

  it('json and yaml give the canonical document, top-level keys in reading order', async () => {
    const j = await cli(['render', EXAMPLE, '--to', 'json']);
    const y = await cli(['render', EXAMPLE, '--to', 'yaml']);
    expect(j.code + y.code).toBe(0);
    const doc = JSON.parse(j.stdout);
    expect(Object.keys(doc)).toEqual(['pokin', 'title', 'agency', 'period', 'levels', 'context', 'csf', 'results']);
    expect(parse(y.stdout)).toEqual(doc);
    expect(parseCascade(doc).equals(example)).toBe(true);
  });

  it('json and yaml keep a document id and signatory in the format’s order, not after the results', async () => {
    const file = join(ROOT, 'examples', 'workspace', 'bkpsdm-2026.yaml');
    const y = await cli(['render', file, '--to', 'yaml']);
    const j = await cli(['render', file, '--to', 'json']);
    expect(y.code + j.code).toBe(0);
    const keys = ['pokin', 'id', 'title', 'agency', 'period', 'levels', 'signatory', 'context', 'csf', 'results'];
    expect(Object.keys(JSON.parse(j.stdout) as object)).toEqual(keys);
    expect(
      y.stdout
        .split('\n')
        .filter((l) => /^[a-z]+:/.test(l))
        .map((l) => l.slice(0, l.indexOf(':'))),
    ).toEqual(keys);
  });

  it('reads the results CSV as input and renders it back to YAML', async () => {
    const csv = (await cli(['render', EXAMPLE, '--to', 'csv'])).stdout;
    const dir = tempDir({ 'tree.csv': csv });
    try {
      const r = await cli(['render', 'tree.csv', '--to', 'yaml'], { cwd: dir.dir });
      expect(r.code, r.stderr).toBe(0);
      expect((parse(r.stdout) as { results: unknown[] }).results).toHaveLength(31);
    } finally {
      dir.cleanup();
    }
  });

  it('-o writes a file; -o ending in "/" writes into that folder named after the input', async () => {
    const file = out.path('one/tree.svg');
    expect((await cli(['render', EXAMPLE, '--to', 'svg', '-o', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/<\/svg>\s*$/);
    expect((await cli(['render', EXAMPLE, '--to', 'json', '-o', `${out.path('two')}/`])).code).toBe(0);
    expect(readdirSync(out.path('two'))).toEqual(['pokin.json']);
  });

  it('--to all writes svg, html, csv, png, pdf and xlsx named after the input, and nothing else', async () => {
    const dir = out.path('all/bkpsdm');
    const r = await cli(['render', EXAMPLE, '--to', 'all', '-o', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['pokin.csv', 'pokin.html', 'pokin.pdf', 'pokin.png', 'pokin.svg', 'pokin.xlsx']);
    expect(decodePng(readFileSync(`${dir}/pokin.png`)).width).toBeGreaterThan(100);
  });

  it('--to all needs -o; png refuses a terminal as stdout', async () => {
    const all = await cli(['render', EXAMPLE, '--to', 'all']);
    expect(all.code).toBe(2);
    expect(all.errLines).toEqual(['pokin: --to all writes several files: name a folder with -o, e.g. -o out/']);
    const png = await cli(['render', EXAMPLE, '--to', 'png'], { tty: true });
    expect(png.code).toBe(2);
    expect(png.errLines[0]).toMatch(/^pokin: --to png is binary/);
  });

  it('an output file that cannot be written is one line and leaves no temporary file', async () => {
    const dir = tempDir({ blocker: 'a file where a folder should be' });
    try {
      const r = await cli(['render', EXAMPLE, '--to', 'svg', '-o', 'blocker/tree.svg'], { cwd: dir.dir });
      expect(r.code).toBe(2);
      expect(r.errLines).toHaveLength(1);
      expect(r.errLines[0]).toMatch(/^pokin: blocker\/tree\.svg: cannot write: /);
      expect(readdirSync(dir.dir)).toEqual(['blocker']);
    } finally {
      dir.cleanup();
    }
  });

  it('plug-in renderers through the Renderer contract', async () => {
    const outline: Renderer = {
      name: 'outline',
      mediaType: 'text/plain',
      extension: 'txt',
      render: (c: Cascade) =>
        c
          .results()
          .map((x) => `${'  '.repeat(c.depth(x.id))}${x.statement}\n`)
          .join(''),
    };
    const r = await cli(['render', EXAMPLE, '--to', 'outline', '-o', `${out.path('plug')}/`], { renderers: [outline] });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out.path('plug/pokin.txt'), 'utf8').split('\n')[0]).toBe('Meningkatnya Kualitas Tata Kelola Manajemen ASN');
  });
});

describe('png', () => {
  /** Pixels inside a box (off its border) that differ clearly from the box's fill: its text. */
  function ink(img: Image, box: { x: number; y: number; width: number; height: number }, scale: number): number {
    const x0 = Math.ceil(box.x * scale) + 3;
    const y0 = Math.ceil(box.y * scale) + 3;
    const x1 = Math.floor((box.x + box.width) * scale) - 3;
    const y1 = Math.floor((box.y + box.height) * scale) - 3;
    const counts = new Map<number, number>();
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const o = (y * img.width + x) * 4;
        const key = (img.data[o]! << 16) | (img.data[o + 1]! << 8) | img.data[o + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const fill = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    let n = 0;
    for (const [key, count] of counts) {
      const d =
        Math.abs((key >> 16) - (fill >> 16)) + Math.abs(((key >> 8) & 255) - ((fill >> 8) & 255)) + Math.abs((key & 255) - (fill & 255));
      if (d > 150) n += count;
    }
    return n;
  }

  it('draws the text of every box with system fonts off (and a PNG without fonts would fail this check)', async () => {
    const scale = 1;
    const layout = layoutCascade(example);
    const svg = (await cli(['render', EXAMPLE, '--to', 'svg', '--locale', 'id'])).stdout; // the labels layoutCascade measures by default
    const img = decodePng(await svgToPng(svg, { scale }));
    expect(img.width).toBe(Math.ceil(layout.width * scale));
    expect(layout.boxes).toHaveLength(31);
    const lines = (box: (typeof layout.boxes)[number]) => box.texts.reduce((s, t) => s + t.lines.length, 0);
    for (const box of layout.boxes) expect(ink(img, box, scale), `box ${box.id} has no text`).toBeGreaterThan(50 * lines(box));
    // Control: the same SVG with no font at all has no text, and the check sees that.
    const { Resvg } = await import('@resvg/resvg-js');
    const bare = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: [] },
      fitTo: { mode: 'zoom', value: scale },
      background: 'white',
    });
    const blank = decodePng(bare.render().asPng());
    for (const box of layout.boxes) expect(ink(blank, box, scale)).toBeLessThan(50 * lines(box));
  });

  it('render --to png -o writes a PNG file', async () => {
    const file = out.path('png/tree.png');
    const r = await cli(['render', EXAMPLE, '--to', 'png', '--scale', '1', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    const img = decodePng(readFileSync(file));
    expect(img.width).toBeGreaterThan(500);
    expect(img.height).toBeGreaterThan(300);
  });

  it('svgToPng refuses a PNG over maxPixels before drawing it, naming its size and the scale that fits', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="500"><rect width="10" height="10"/></svg>';
    const error = await svgToPng(svg, { scale: 2, maxPixels: 1_000_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PngTooLargeError);
    const e = error as PngTooLargeError;
    expect([e.width, e.height, e.maxPixels, e.maxScale]).toEqual([2000, 1000, 1_000_000, 1.41]);
    expect(e.message).toBe('the PNG would be 2,000 x 1,000 pixels (2 megapixels), over the limit of 1 megapixels');
    const small = (await svgToPng(svg, { scale: 1, maxPixels: 100 }).catch((x: unknown) => x)) as Error;
    expect(small.message).toBe('the PNG would be 1,000 x 500 pixels (500,000 pixels), over the limit of 100 pixels');
    const fits = decodePng(await svgToPng(svg, { scale: e.maxScale, maxPixels: 1_000_000 }));
    expect(fits.width * fits.height).toBeLessThanOrEqual(1_000_000);
    expect(DEFAULT_MAX_PNG_PIXELS).toBe(16_000_000);
    await expect(svgToPng(svg, { scale: Number.NaN })).rejects.toThrow(/scale: expected a positive number/);
    await expect(svgToPng(svg, { scale: 0 })).rejects.toThrow(RangeError);
    await expect(svgToPng(svg, { maxPixels: -1 })).rejects.toThrow(/maxPixels/);
  });

  it('a --scale too small for one pixel is a usage error, not a crash of the rasteriser', async () => {
    const r = await cli(['render', EXAMPLE, '--to', 'png', '--scale', '1e-9', '-o', out.path('png/tiny.png')]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual(['pokin: --scale: 1e-9 makes the PNG less than one pixel wide or high; use a larger scale']);
  });

  it('a --scale the user gives is refused when too large: one line, exit 2, no file', async () => {
    const file = out.path('png/huge.png');
    const r = await cli(['render', EXAMPLE, '--to', 'png', '--scale', '1000', '-o', file]);
    expect(r.code).toBe(2);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(
      /^pokin: --scale 1000: refused: the PNG would be [\d,]+ x [\d,]+ pixels \([\d,]+ megapixels\), over the limit of 16 megapixels; lower --scale to at most \d+(\.\d+)?, or raise --max-png-pixels$/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('an absurd box width is refused in one line, not a crash of the rasteriser', async () => {
    const dir = out.path('png-wide');
    const r = await cli(['render', EXAMPLE, '--to', 'all', '--box-width', '1e9', '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([
      expect.stringMatching(/^pokin: --to png: refused: the PNG would be .*; raise --max-png-pixels, or render SVG instead$/),
    ]);
    expect(existsSync(dir)).toBe(false);
  });

  it('the default scale is lowered to fit --max-png-pixels, with a note on stderr', async () => {
    const file = out.path('png/small.png');
    const r = await cli(['render', EXAMPLE, '--to', 'png', '--max-png-pixels', '200000', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.errLines).toEqual([
      expect.stringMatching(
        /^pokin: note: the tree is too large for a PNG at scale 2; drawn at scale 0\.\d+ to stay within 200,000 pixels \(--max-png-pixels\)$/,
      ),
      `pokin: wrote ${file}`,
    ]);
    const img = decodePng(readFileSync(file));
    expect(img.width * img.height).toBeLessThanOrEqual(200_000);
    expect(img.width * img.height).toBeGreaterThan(150_000);
  });
});
