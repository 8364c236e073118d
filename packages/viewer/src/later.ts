/**
 * Work on a big tree split into tasks: each step of a layout and drawing runs in a task of its
 * own (so the page never freezes for long), and `ready` settles when the last has run. Whatever
 * needs the result before then (a selection, a new fold) runs the waiting steps at once.
 *
 * @module
 */

/** Steps that run one per task, in order. */
export class Later {
  #steps: (() => void)[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #done: (() => void) | undefined;
  #ready: Promise<void> = Promise.resolve();

  /** Settles when no step waits. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Runs `steps` one per task, after what was waiting (run at once first). */
  run(steps: readonly (() => void)[]): void {
    this.flush();
    this.#steps = [...steps];
    this.#ready = new Promise((resolve) => (this.#done = resolve));
    this.#next();
  }

  /** Runs the waiting steps now. */
  flush(): void {
    clearTimeout(this.#timer);
    while (this.#steps.length > 0) this.#steps.shift()!();
    this.#finish();
  }

  /** Drops the waiting steps. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#steps = [];
    this.#finish();
  }

  #next(): void {
    this.#timer = setTimeout(() => {
      this.#steps.shift()?.();
      if (this.#steps.length > 0) this.#next();
      else this.#finish();
    }, 0);
  }

  #finish(): void {
    this.#done?.();
    this.#done = undefined;
  }
}
