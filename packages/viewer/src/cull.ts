/**
 * Which drawn boxes are in the drawing. In a drawing of many boxes, those far from the view are
 * taken out of it (their groups detached, kept to be put back) and put back as the view nears
 * them: a new scale lays out the text of every box in the drawing (one task of 4.7 s for 10,000
 * boxes, 330 ms for a thousand), and `display: none` does not spare it (3.1 s with all but 86 of
 * the 10,000 hidden so, 62 ms with them detached). A smaller drawing keeps every box. The box a
 * viewer last asked for (`Drawing.ensure`, before every focus, selection and move of the tree's
 * tab stop) always stays.
 *
 * @module
 */
import type { LayoutBox } from '@pokin/svg';

/** A rectangle in the drawing's coordinates. */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** From this many boxes laid out, the ones far from the view are taken out of the drawing. */
const CULL_FROM = 500;

/** True when a box and an area overlap. */
export const meets = (b: LayoutBox, a: Area): boolean =>
  b.x < a.x + a.width && a.x < b.x + b.width && b.y < a.y + a.height && a.y < b.y + b.height;

/** `boxes` by the distance of their centre to the centre of `view` (as they are without one). */
export function nearestFirst(boxes: readonly LayoutBox[], view: Area | undefined): readonly LayoutBox[] {
  if (!view) return boxes;
  const far = (b: LayoutBox): number =>
    Math.abs(b.x + b.width / 2 - view.x - view.width / 2) + Math.abs(b.y + b.height / 2 - view.y - view.height / 2);
  return [...boxes].sort((a, b) => far(a) - far(b));
}

/** The view with a view's width and height around it on every side: what a pan or zoom reaches first. */
const around = (v: Area): Area => ({ x: v.x - v.width, y: v.y - v.height, width: 3 * v.width, height: 3 * v.height });

/** The boxes of one drawing taken out of it. */
export class Culling {
  readonly #out = new Set<string>();
  /** A box kept whatever the view: the last one asked for, the tab stop or about to become it. */
  pinned: string | undefined;

  /**
   * Decides which of the `drawn` boxes stay for `view`, among the layout's `boxes`, calling `set`
   * for each box whose place changes; returns whether any did.
   */
  apply(
    drawn: ReadonlyMap<string, unknown>,
    boxes: ReadonlyMap<string, LayoutBox>,
    view: Area | undefined,
    set: (id: string, inDrawing: boolean) => void,
  ): boolean {
    const near = view === undefined || boxes.size < CULL_FROM ? undefined : around(view);
    if (near === undefined && this.#out.size === 0) return false;
    let changed = false;
    for (const id of drawn.keys()) {
      const b = boxes.get(id);
      const keep = near === undefined || b === undefined || id === this.pinned || meets(b, near);
      if (keep !== this.#out.has(id)) continue;
      if (keep) this.#out.delete(id);
      else this.#out.add(id);
      set(id, keep);
      changed = true;
    }
    return changed;
  }

  /** A box was removed from the drawing. */
  forget(id: string): void {
    this.#out.delete(id);
  }

  /** The drawing was cleared. */
  clear(): void {
    this.#out.clear();
    this.pinned = undefined;
  }
}
