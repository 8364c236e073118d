import { parseCascade } from '/work/main/packages/core/dist/index.js';
import { generateDocument } from '/work/main/packages/core/dist/testing/index.js';
import * as A from './orig.js';
import * as B from './new.js';
const n = Number(process.argv[2] ?? 1000);
const c = parseCascade(JSON.parse(JSON.stringify(generateDocument({ results: n, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 }))));
if (A.renderSvg(c) !== B.renderSvg(c)) throw new Error('output differs');
for (let i = 0; i < 10; i++) { A.renderSvg(c); B.renderSvg(c); }
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const ta = [], tb = [], la = [], lb = [];
const R = Number(process.argv[3] ?? 21);
for (let i = 0; i < R; i++) for (const [M, ts, ls] of [[A, ta, la], [B, tb, lb]]) {
  gc(); gc(); let t = performance.now(); M.renderSvg(c); ts.push(performance.now() - t);
  gc(); gc(); t = performance.now(); M.layoutCascade(c); ls.push(performance.now() - t);
}
console.log(`n=${n} render orig ${med(ta).toFixed(1)} new ${med(tb).toFixed(1)} | layout orig ${med(la).toFixed(1)} new ${med(lb).toFixed(1)}`);
