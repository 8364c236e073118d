import { generateCascade } from '@pokin/core/testing';
import { renderCsv } from '@pokin/csv';
const c = generateCascade({ results: 100000, seed: 1 });
for (let i = 0; i < 5; i++) { const t = performance.now(); const s = renderCsv(c); s.charCodeAt(s.length >> 1); console.log('render', (performance.now() - t).toFixed(0)); }
