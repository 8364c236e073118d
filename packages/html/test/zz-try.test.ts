import { generateCascade } from '@pokin/core/testing';
import { renderHtml } from '@pokin/html';
import { it } from 'vitest';
it('perf', () => {
  let t = performance.now();
  const c = generateCascade({ results: 100_000, seed: 1 });
  console.log('gen', performance.now() - t);
  for (let k = 0; k < 5; k++) {
    t = performance.now();
    const s = renderHtml(c, { sections: { review: false } });
    console.log('render', (performance.now() - t).toFixed(0), 'ms', s.length);
  }
});
