/**
 * The review findings a viewer shows as badges and in its detail panel, by result: given, or
 * from a review run after the first paint.
 *
 * @module
 */
import { review, type Cascade, type Diagnostic, type Locale } from '@pokin/core';
import { findingsByResult } from './draw.js';

/** The findings of the cascade shown, by result id. */
export class Findings {
  #byResult = new Map<string, Diagnostic[]>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** The findings on result `id` (none when there are none or they are not in yet). */
  of(id: string): Diagnostic[] {
    return this.#byResult.get(id) ?? [];
  }

  /**
   * Takes the findings of `cascade`: `source` itself, none (`false`), or (`'review'`) a review
   * run in a task after the first paint, so a big tree shows at once; `ready` runs once they are in.
   */
  load(cascade: Cascade | undefined, source: readonly Diagnostic[] | 'review' | false, locale: Locale, ready: () => void): void {
    this.cancel();
    this.#byResult = new Map();
    if (!cascade || source === false) return;
    if (source !== 'review') {
      this.#byResult = findingsByResult(source);
      return;
    }
    this.#timer = setTimeout(() => {
      this.#byResult = findingsByResult(review(cascade, { locale }));
      ready();
    }, 0);
  }

  /** Stops a review that has not run yet. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
