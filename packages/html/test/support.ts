/**
 * Helpers for the @pokin/html tests (not a test file itself).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import type { Cascade, CascadeDocument, ResultDocument } from '@pokin/core';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The BKPSDM example document. */
export function bkpsdmDocument(): CascadeDocument {
  return parse(readFileSync(join(ROOT, 'examples/bkpsdm/pokin.yaml'), 'utf8')) as CascadeDocument;
}

/** The BKPSDM example as a cascade. */
export function bkpsdm(): Cascade {
  return parseCascade(bkpsdmDocument());
}

/** A cascade from a few results (permenpan-89 unless `extra.levels` says otherwise). */
export function cascadeOf(results: ResultDocument[], extra: Partial<CascadeDocument> = {}): Cascade {
  return parseCascade({ pokin: 1, title: 'T', ...extra, results });
}

/** One cell of a table as read from the markup. */
export interface GridCell {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly row: number;
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** A table body laid out as the HTML table algorithm does (rowspan and colspan applied). */
export interface Grid {
  readonly rows: number;
  /** Width of each row once the cells spanning into it are counted. */
  readonly widths: readonly number[];
  /** Cells that overlap another cell (must be empty). */
  readonly overlaps: number;
  readonly cells: readonly GridCell[];
}

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) out[m[1]!] = m[2] ?? '';
  return out;
}

/**
 * Reads the body of the first `<table class="CLASS">` of the renderer's output into a grid.
 * A small reader for this renderer's regular markup (double-quoted attributes, escaped text).
 */
export function readGrid(html: string, tableClass: string): Grid {
  const start = html.indexOf(`<table class="${tableClass}"`);
  if (start < 0) throw new Error(`no table ${tableClass}`);
  const end = html.indexOf('</table>', start);
  const table = html.slice(start, end);
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  const rowsHtml = body.split('<tr').slice(1);
  const occupied: number[][] = [];
  const cells: GridCell[] = [];
  let overlaps = 0;
  rowsHtml.forEach((rowHtml, r) => {
    let column = 0;
    for (const m of rowHtml.matchAll(/<(td|th)(\s[^>]*)?>/g)) {
      const attributes = attributesOf(m[2] ?? '');
      const rowspan = Number(attributes.rowspan ?? 1);
      const colspan = Number(attributes.colspan ?? 1);
      while ((occupied[r]?.[column] ?? 0) > 0) column++;
      cells.push({ tag: m[1]!, attributes, row: r, column, rowspan, colspan });
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const line = (occupied[r + dr] ??= []);
          if ((line[column + dc] ?? 0) > 0) overlaps++;
          line[column + dc] = (line[column + dc] ?? 0) + 1;
        }
      }
      column += colspan;
    }
  });
  const widths = occupied.map((line) => line.filter((x) => x > 0).length);
  return { rows: rowsHtml.length, widths, overlaps, cells };
}

/** The W3C validator's jar, from the `vnu-jar` package. */
export function vnuJar(): string {
  return join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
}

/** One message of the validator. */
export interface VnuMessage {
  readonly type: string;
  readonly url?: string;
  readonly message: string;
  readonly extract?: string;
  readonly lastLine?: number;
}

/**
 * JVM options for one short validator run: the client compiler only and the serial collector
 * (about 40% less CPU than the defaults for the same report: a run lasts seconds, too short
 * for the optimising compiler or the parallel collector to pay back their threads), and the
 * larger stack the HTML schema needs once the client compiler's bigger frames are in it.
 */
const VNU_JVM = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Runs vnu once (one JVM start) over many files; returns the errors (`--errors-only`). */
export function runVnu(files: readonly string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      [...VNU_JVM, '-jar', vnuJar(), '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // vnu writes its JSON report to stderr and exits 1 when it found errors.
        try {
          const report = JSON.parse(stderr) as { messages: VnuMessage[] };
          resolve(report.messages);
        } catch {
          reject(error ?? new Error(`vnu: unreadable output: ${stderr.slice(0, 500)}`));
        }
      },
    );
  });
}

/** Text full of everything that must be escaped or cleaned. */
export const HOSTILE =
  '<script>alert("x&y")</script> & &amp; "dq" \'sq\' ]]> <!-- --> </td></tr></table> \u0000nul \u0001\u001b\u007f\u0085 c1 \r\nCRLF \rCR \f\u000b \uFDD0 \uFFFE \uD800 lone \u{1F431} \u2028 \uFEFF \u0410\u0421\u041D';

/** A cascade with hostile text in every field the renderer writes. */
export function hostileCascade(): Cascade {
  const x = (tag: string) => `${tag} ${HOSTILE}`;
  return cascadeOf(
    [
      { id: 'G1', level: 'a', statement: x('goal'), indicators: [{ statement: x('ik'), unit: x('unit') }] },
      { id: 'B1', level: 'b', statement: x('child'), parent: 'G1', notes: x('notes') },
      { id: 'B2', level: 'b', statement: x('cross'), parent: 'G1' },
      { id: 'C1', level: 'c', statement: x('leaf'), parent: 'B1', contributesTo: ['B2'] },
    ],
    {
      title: x('title'),
      agency: { name: x('agency'), code: x('code') },
      levels: [
        { key: 'a', label: { id: x('label a'), en: x('label a en') }, tier: 'strategis' },
        { key: 'b', label: { id: x('label b'), en: x('label b en') }, tier: 'taktis' },
        { key: 'c', label: { id: x('label c'), en: x('label c en') }, tier: 'operasional' },
      ],
      context: { mandate: x('mandate'), strategicIssues: [x('issue')], expectations: [x('expectation')], outcome: x('outcome') },
      csf: [{ problem: x('problem'), desiredCondition: x('desired'), result: 'B1' }],
    },
  );
}
