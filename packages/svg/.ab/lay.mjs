import { parseCascade } from '/work/main/packages/core/dist/index.js';
import { generateDocument } from '/work/main/packages/core/dist/testing/index.js';
import * as B from './new.js';
const c = parseCascade(JSON.parse(JSON.stringify(generateDocument({ results: 1000, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 }))));
const L = B.layoutCascade(c);
for (let i = 0; i < 10; i++) B.layoutCascade(c);
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const ts = [];
for (let i = 0; i < 50; i++) { const t = performance.now(); B.layoutCascade(c); ts.push(performance.now() - t); }
console.log('layout', med(ts).toFixed(1));
