/**
 * Helpers of the @pokin/pdf tests: the BKPSDM example, the real PDF clients (qpdf and
 * poppler-utils), and checks of a rendered PDF against its page plan.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseCascade, type Cascade } from '@pokin/core';
import type { PdfPlan } from '@pokin/pdf';
import { requireTools } from '../../../test/support/env.js';

/** Path of the BKPSDM example document. */
export const BKPSDM_YAML = fileURLToPath(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url));

/** The BKPSDM example as a cascade. */
export function bkpsdm(): Cascade {
  return parseCascade(parse(readFileSync(BKPSDM_YAML, 'utf8')));
}

const has = (cmd: string): boolean => {
  try {
    execFileSync(cmd, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    // pdftotext -v exits 0 or 99 depending on the version; only a missing binary matters.
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
};

/** Whether tests needing qpdf and poppler-utils should be skipped (missing, and CI does not require them). */
export const skipWithoutPdfTools = (): boolean =>
  !(has('qpdf') && has('pdftotext') && has('pdffonts') && has('pdftoppm')) && !requireTools();

/** Writes bytes to a new temporary file and returns its path. */
export function tempPdf(bytes: Uint8Array, name = 'pokin.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pokin-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** `qpdf --check`: throws with qpdf's output when the file is not sound. */
export function qpdfCheck(path: string): string {
  return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
}

/** The fonts `pdffonts` lists: name, type, embedded, subset. */
export function pdfFonts(path: string): { name: string; type: string; embedded: boolean; subset: boolean }[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type (one or two words), encoding, emb, sub, uni, object, ID
    const n = cols.length;
    return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' };
  });
}

/** The whole text of the PDF (`pdftotext`), or of pages `first`..`last`. */
export function pdfText(path: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** A word `pdftotext -bbox` found, on a page (1-based), in points from the top left. */
export interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of the PDF with its box (`pdftotext -bbox`). */
export function pdfWords(path: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[0].startsWith('<page')) page++;
    else words.push({ page, text: unescape(m[5]!), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
  }
  return words;
}

/** Collapses white space, for comparing extracted text with the document's. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text `pdftotext` finds inside each full box of the tree, by result id. */
export function textOfFullBoxes(plan: PdfPlan, words: readonly Word[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const byPage = new Map<number, Word[]>();
  for (const w of words) {
    const list = byPage.get(w.page);
    if (list) list.push(w);
    else byPage.set(w.page, [w]);
  }
  for (const p of plan.treePages) {
    const pageWords = byPage.get(p.number) ?? [];
    for (const b of p.boxes) {
      if (b.kind !== 'full') continue;
      const inside = pageWords.filter(
        (w) =>
          (w.xMin + w.xMax) / 2 > b.x &&
          (w.xMin + w.xMax) / 2 < b.x + b.width &&
          (w.yMin + w.yMax) / 2 > b.y &&
          (w.yMin + w.yMax) / 2 < b.y + b.height,
      );
      const list = out.get(b.id) ?? [];
      list.push(inside.map((w) => w.text).join(' '));
      out.set(b.id, list);
    }
  }
  return out;
}

/** Renders pages with `pdftoppm -gray` at `dpi` and returns each as a grey bitmap (PGM). */
export function rasterise(
  path: string,
  dpi: number,
  first?: number,
  last?: number,
): { width: number; height: number; pixels: Uint8Array }[] {
  const dir = mkdtempSync(join(tmpdir(), 'pokin-pdf-ppm-'));
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...range, path, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const data = readFileSync(join(dir, f));
      // P5 <width> <height> <max>\n then the bytes.
      const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(data.subarray(0, 40).toString('latin1'))!;
      return { width: Number(header[1]), height: Number(header[2]), pixels: new Uint8Array(data.subarray(header[0].length)) };
    });
}

/** The PDF's objects as qpdf reads them (`qpdf --json=2`): `{ 'obj:1 0 R': { value }, trailer: { value } }`. */
export function qpdfObjects(path: string): Record<string, { value?: unknown }> {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json=2', '--json-key=qpdf', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
  ) as { qpdf: [unknown, Record<string, { value?: unknown }>] };
  return json.qpdf[1];
}

/** The document information dictionary with its strings resolved (`u:` and `b:` prefixes dropped). */
export function pdfInfo(path: string): Record<string, string> {
  const objects = qpdfObjects(path);
  const ref = (objects.trailer!.value as Record<string, string>)['/Info']!;
  const info = objects[`obj:${ref}`]!.value as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(info)) {
    const s = /^\d+ \d+ R$/.test(v) ? (objects[`obj:${v}`]!.value as string) : v;
    out[k.slice(1)] = s.replace(/^[ub]:/, '');
  }
  return out;
}
