/**
 * The roving tab stop of the drawn results: the one result group with `tabindex="0"`, reached
 * with Tab; every other drawn result has `tabindex="-1"`.
 *
 * @module
 */

/** The result reached with Tab, among the drawn result groups. */
export class TabStop {
  readonly #items: ReadonlyMap<string, Element>;
  #id: string | null = null;

  /** `items` are the drawn result groups by result id (kept up to date by their drawing). */
  constructor(items: ReadonlyMap<string, Element>) {
    this.#items = items;
  }

  /** The result drawn with `tabindex="0"`, if any. */
  get id(): string | null {
    return this.#id;
  }

  /** Makes `id` the one result reached with Tab. */
  move(id: string): void {
    if (this.#id !== id) this.#items.get(this.#id ?? '')?.setAttribute('tabindex', '-1');
    this.#items.get(id)?.setAttribute('tabindex', '0');
    this.#id = id;
  }

  /** Forgets the tab stop (the results are drawn anew). */
  reset(): void {
    this.#id = null;
  }
}
