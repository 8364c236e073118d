/**
 * Which results share a normalised statement: the first result (in document order) with each
 * statement, found once per review through an open-addressing table of result indices keyed by a
 * hash of the statement. The table and the answers are typed arrays (a megabyte for 100,000
 * results, which stays in the processor's cache), where a `Map` of 100,000 statements cost a
 * cache miss per lookup and a string hash per statement on every review.
 *
 * @module
 */
import type { ReviewContext } from './context.js';
import { hashString } from './text.utils.js';

/**
 * Per result, the first result whose normalised statement is the same: itself when it is the
 * first, -1 when its statement is empty.
 */
export function firstWithStatement(ctx: ReviewContext): Int32Array {
  return ctx.memo(firstWithStatement, () => {
    const { norm } = ctx;
    const n = norm.length;
    const first = new Int32Array(n);
    const hash = new Int32Array(n);
    let size = 16;
    while (size < n * 2) size *= 2;
    const mask = size - 1;
    // Result index + 1 per slot, 0 for an empty slot.
    const slots = new Int32Array(size);
    for (let i = 0; i < n; i++) {
      const s = norm[i]!;
      if (s === '') {
        first[i] = -1;
        continue;
      }
      const h = hashString(s);
      hash[i] = h;
      let at = h & mask;
      let found = i;
      for (let j = slots[at]!; j !== 0; j = slots[at]!) {
        if (hash[j - 1] === h && norm[j - 1] === s) {
          found = j - 1;
          break;
        }
        at = (at + 1) & mask;
      }
      if (found === i) slots[at] = i + 1;
      first[i] = found;
    }
    return first;
  });
}
