/**
 * Pan and zoom as pure arithmetic: a {@link View} maps drawing coordinates to the stage's pixels
 * (`screen = drawing * scale + offset`).
 *
 * @module
 */

/** Where the drawing sits on the stage: `screen = drawing * scale + (x, y)`. */
export interface View {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** A rectangle in drawing or stage coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v));

/** The view that shows the whole drawing centred in the stage (never enlarged past 1). */
export function fitView(drawing: Rect, stage: { width: number; height: number }, min: number, max: number, margin = 16): View {
  const w = Math.max(1, stage.width - 2 * margin);
  const h = Math.max(1, stage.height - 2 * margin);
  const scale = clamp(Math.min(w / Math.max(1, drawing.width), h / Math.max(1, drawing.height), 1), min, max);
  return {
    scale,
    x: (stage.width - drawing.width * scale) / 2 - drawing.x * scale,
    y: Math.max(margin, (stage.height - drawing.height * scale) / 2) - drawing.y * scale,
  };
}

/** Zooms by `factor` keeping the stage point `(px, py)` still. */
export function zoomAt(view: View, factor: number, px: number, py: number, min: number, max: number): View {
  const scale = clamp(view.scale * factor, min, max);
  const k = scale / view.scale;
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

/** Moves the view by a number of stage pixels. */
export const panBy = (view: View, dx: number, dy: number): View => ({ scale: view.scale, x: view.x + dx, y: view.y + dy });

/** The smallest move that brings a drawing rectangle inside the stage (with a margin), or the view unchanged. */
export function keepInView(view: View, r: Rect, stage: { width: number; height: number }, margin = 24): View {
  const left = r.x * view.scale + view.x;
  const top = r.y * view.scale + view.y;
  const right = left + r.width * view.scale;
  const bottom = top + r.height * view.scale;
  let dx = 0;
  let dy = 0;
  if (right - left > stage.width - 2 * margin || left < margin) dx = margin - left;
  else if (right > stage.width - margin) dx = stage.width - margin - right;
  if (bottom - top > stage.height - 2 * margin || top < margin) dy = margin - top;
  else if (bottom > stage.height - margin) dy = stage.height - margin - bottom;
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}

/** The view that puts the centre of a drawing rectangle at the centre of the stage. */
export function centreOn(view: View, r: Rect, stage: { width: number; height: number }): View {
  return {
    scale: view.scale,
    x: stage.width / 2 - (r.x + r.width / 2) * view.scale,
    y: stage.height / 2 - (r.y + r.height / 2) * view.scale,
  };
}

/** Below this scale the statements are too small to read: the first view does not go lower. */
export const READABLE_SCALE = 0.55;

/**
 * The first view of a drawing: the whole of it when it is readable so, else the readable scale
 * with the top of `focus` (the first root's box) centred at the top of the stage.
 */
export function openingView(
  drawing: Rect,
  focus: Rect | undefined,
  stage: { width: number; height: number },
  min: number,
  max: number,
): View {
  const all = fitView(drawing, stage, min, max);
  if (all.scale >= READABLE_SCALE || !focus) return all;
  const scale = clamp(READABLE_SCALE, min, max);
  return { scale, x: stage.width / 2 - (focus.x + focus.width / 2) * scale, y: 16 - Math.max(0, focus.y - 80) * scale };
}
