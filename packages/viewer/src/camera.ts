/**
 * The view of the drawing on the stage: pan and zoom (kept within the zoom limits), and the
 * stage's size. The pan places the pane that holds the drawing's `<svg>` (its `left` and `top`:
 * Chromium moves the box without laying out the drawing inside it). The pane is a compositing
 * layer of its own (`will-change: transform`), so while a zoom goes on its `scale()` enlarges what
 * is drawn without a layout or a paint; 150 ms after the zoom's last step the `<svg>` gets the new
 * scale (Chromium lays its texts out again, once, to draw them sharp) and the pane's scale goes.
 * Measured in Chromium with a thousand boxes drawn: one `transform` on the `<svg>` for both pan and
 * zoom laid every text out again at every pan (130 ms after each unfold that keeps a box in place,
 * about 300 ms a frame of a drag) and at every step of a zoom (310 to 450 ms); a `translate` of the
 * pane without its own layer made each frame paint 35 to 90 ms, a `scale` of it laid out the whole
 * page (about 1 s). Not as a `transform` attribute of a group inside the `<svg>`: Chromium skips
 * painting what lies outside the view only where no SVG ancestor has a `transform` (under one it
 * paints every element drawn in every frame, 30 to 50 ms for a thousand boxes); nor as a `viewBox`,
 * whose every change lays out every text again.
 *
 * @module
 */
import type { Area } from './cull.js';
import { centreOn, fitView, keepInView, openingView, panBy, zoomAt, type Rect, type View } from './viewport.js';

/** How long after the last step of a zoom the drawing is drawn at the new scale, in ms. */
const ZOOM_SETTLE_MS = 150;

/** The pan and zoom of one viewer. */
export class Camera {
  view: View = { scale: 1, x: 0, y: 0 };
  readonly #stage: HTMLElement;
  readonly #pane: HTMLElement;
  readonly #target: SVGSVGElement;
  /** The scale the `<svg>` is drawn at. */
  #scaled: number | undefined;
  /** The zoom's end: when the drawing is drawn at the new scale. */
  #settle: ReturnType<typeof setTimeout> | undefined;
  #limits: { readonly minZoom: number; readonly maxZoom: number };
  #size: { width: number; height: number } | undefined;
  readonly #moved: () => void;

  /**
   * `pane` is the element the pan places, `target` the `<svg>` in it that the zoom scales (from
   * its top left corner); `limits` the smallest and largest zoom; `moved` is called after each
   * change of the view.
   */
  constructor(
    stage: HTMLElement,
    pane: HTMLElement,
    target: SVGSVGElement,
    limits: { readonly minZoom: number; readonly maxZoom: number },
    moved: () => void,
  ) {
    this.#stage = stage;
    this.#pane = pane;
    this.#target = target;
    this.#limits = limits;
    this.#moved = moved;
  }

  /** New zoom limits (the options changed). */
  set limits(limits: { readonly minZoom: number; readonly maxZoom: number }) {
    this.#limits = limits;
  }

  /** The stage's size, read once and then kept by {@link resized} (reading it forces a layout). */
  size(): { width: number; height: number } {
    if (!this.#size || this.#size.width === 0) this.#size = { width: this.#stage.clientWidth, height: this.#stage.clientHeight };
    return this.#size;
  }

  /** The stage's new size (from a ResizeObserver). */
  resized(size: { width: number; height: number }): void {
    this.#size = size;
  }

  /** Draws the current view. */
  apply(): void {
    const v = this.view;
    this.#pane.style.left = `${v.x}px`;
    this.#pane.style.top = `${v.y}px`;
    clearTimeout(this.#settle);
    if (v.scale === this.#scaled) this.#pane.style.transform = '';
    else if (this.#scaled === undefined || !this.#target.isConnected) this.#drawAtScale();
    else {
      // A zoom under way (the wheel, a pinch, the buttons): the pane scales the drawing as it is
      // drawn, which lays nothing out, until the zoom has stopped.
      this.#pane.style.transform = `scale(${v.scale / this.#scaled})`;
      this.#settle = setTimeout(() => this.#drawAtScale(), ZOOM_SETTLE_MS);
    }
    this.#moved();
  }

  /** Draws the drawing at the view's scale (Chromium lays its texts out again, once). */
  #drawAtScale(): void {
    this.#scaled = this.view.scale;
    this.#target.style.transform = `scale(${this.#scaled})`;
    this.#pane.style.transform = '';
  }

  /** Sets the view, its zoom kept within the limits. */
  set(view: View): void {
    const { minZoom, maxZoom } = this.#limits;
    this.view = { ...view, scale: Math.min(maxZoom, Math.max(minZoom, view.scale)) };
    this.apply();
  }

  /** Moves the view by some stage pixels. */
  pan(dx: number, dy: number): void {
    this.view = panBy(this.view, dx, dy);
    this.apply();
  }

  /** Shows all of `drawing`. */
  fit(drawing: Rect): void {
    this.view = fitView(drawing, this.size(), this.#limits.minZoom, this.#limits.maxZoom);
    this.apply();
  }

  /** The first view: all of `drawing` if readable, else the top of `focus`. */
  open(drawing: Rect, focus: Rect | undefined): void {
    this.view = openingView(drawing, focus, this.size(), this.#limits.minZoom, this.#limits.maxZoom);
    this.apply();
  }

  /** Zooms by a factor around the stage's centre (or a stage point). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const size = this.size();
    const { minZoom, maxZoom } = this.#limits;
    this.view = zoomAt(this.view, factor, at?.x ?? size.width / 2, at?.y ?? size.height / 2, minZoom, maxZoom);
    this.apply();
  }

  /** Pans so that `box` shows (or, with `centre`, sits in the middle). */
  show(box: Rect, centre = false): void {
    const size = this.size();
    if (size.width === 0) return;
    this.view = centre ? centreOn(this.view, box, size) : keepInView(this.view, box, size);
    this.apply();
  }

  /** The part of the drawing on the stage now, in the drawing's coordinates. */
  inView(): Area | undefined {
    const size = this.size();
    if (size.width === 0) return undefined;
    const v = this.view;
    return { x: -v.x / v.scale, y: -v.y / v.scale, width: size.width / v.scale, height: size.height / v.scale };
  }
}
