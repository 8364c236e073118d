import Papa from 'papaparse';
import { generateCascade } from '@pokin/core/testing';
import { renderCsv } from '@pokin/csv';
const c = generateCascade({ results: 100000, seed: 1 });
const rows = c.results().flatMap((r) => r.indicators.map((i) => [r.id, r.parent ?? '', r.contributesTo.join(';'), r.level, r.statement, i.id ?? '', i.statement, i.unit ?? '', i.polarity ?? '', i.baseline?.year ?? '', i.baseline?.value ?? '', ...Object.values(i.targets ?? {}), r.owner?.unit ?? '', r.owner?.position ?? '', r.owner?.agency ?? '', r.budget?.program ?? '', r.budget?.activity ?? '', r.budget?.subActivity ?? '', r.notes ?? '']));
for (let i = 0; i < 4; i++) {
  globalThis.gc?.();
  let t = performance.now(); const s = renderCsv(c); s.charCodeAt(s.length >> 1); const a = performance.now() - t;
  globalThis.gc?.();
  t = performance.now(); const p = Papa.unparse(rows, { newline: '\r\n' }); p.charCodeAt(p.length >> 1); const b = performance.now() - t;
  console.log('render', a.toFixed(0), 'unparse', b.toFixed(0), 'ratio', (a / b).toFixed(2), s.length, p.length);
}
