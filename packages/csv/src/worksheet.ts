/**
 * The `worksheet` shape: the Langkah 4 layout. Per level of the scheme a statement column and an
 * IK column (headers in the requested locale), one row per leaf. Rows follow every parent link,
 * so a crosscutting result (and what is below it) appears under each of its parents, as in the
 * printed worksheet. A result sits in its own level's columns; a skipped optional level leaves its
 * cells empty. The IK cell lists the result's indicators, one per line, each neutralised on its own.
 *
 * @module
 */
import type { Cascade, Level, ResultRecord } from '@pokin/core';
import { localize } from '@pokin/core';
import { encodeText } from './cell.js';
import type { Settings } from './options.js';
import type { CsvWriter } from './writer.js';

/** The headers of the worksheet shape: `[label, 'IK label']` per level. */
export function worksheetHeaders(levels: readonly Level[], locale: Settings['locale']): string[] {
  const out: string[] = [];
  for (const l of levels) {
    const label = localize(l.label, locale);
    out.push(label, locale === 'en' ? `Indicators (${label})` : `IK ${label}`);
  }
  return out;
}

/** Writes the header and the rows of the `worksheet` shape. */
export function writeWorksheet(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  out.row(worksheetHeaders(cascade.levels, settings.locale).map(encodeText));
  const width = cascade.levels.length * 2;
  const cells = new Map<string, [string, string]>();
  const cellsOf = (r: ResultRecord): [string, string] => {
    let c = cells.get(r.id);
    if (c === undefined) {
      // Each indicator is neutralised on its own line, so no line of the cell starts a formula.
      // Cached serialized (quoted when needed), since an ancestor is written on many rows.
      c = [out.field(encodeText(r.statement)), out.field(r.indicators.map((i) => encodeText(i.statement)).join('\n'))];
      cells.set(r.id, c);
    }
    return c;
  };

  // Iterative depth-first walk along every parent link; `path` holds the results above the current one.
  const path: ResultRecord[] = [];
  const fresh: boolean[] = [];
  const stack: { r: ResultRecord; depth: number }[] = [];
  const roots = cascade.roots();
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ r: roots[i]!, depth: 0 });
  while (stack.length > 0) {
    const { r, depth } = stack.pop()!;
    path.length = depth;
    fresh.length = depth;
    path.push(r);
    fresh.push(true);
    const kids = cascade.children(r.id);
    if (kids.length > 0) {
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ r: kids[i]!, depth: depth + 1 });
      continue;
    }
    const row = new Array<string>(width).fill('');
    for (let k = 0; k < path.length; k++) {
      if (!settings.repeatAncestors && !fresh[k]) continue;
      const p = path[k]!;
      const rank = cascade.levelRank(p.level);
      const [statement, ik] = cellsOf(p);
      row[rank * 2] = statement;
      row[rank * 2 + 1] = ik;
      fresh[k] = false;
    }
    out.raw(row.join(out.delimiter));
  }
}
