/**
 * PDF path and colour operands as text: numbers rounded to a thousandth of a point, `#rrggbb`
 * colours, rectangles (rounded with Bézier quarter circles) and polylines.
 *
 * @module
 */

/** A number as a PDF operand, rounded to 0.001. */
export const num = (v: number): string => String(Math.round(v * 1000) / 1000);

/** `#rrggbb` (or `#rgb`) as PDF colour operands `r g b`. */
export function rgb(color: string): string {
  let hex = color.startsWith('#') ? color.slice(1) : color;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const v = /^[0-9a-fA-F]{6}$/.test(hex) ? Number.parseInt(hex, 16) : 0;
  const c = (n: number): string => num(n / 255);
  return `${c((v >> 16) & 255)} ${c((v >> 8) & 255)} ${c(v & 255)}`;
}

/** Bézier handle length of a quarter circle, as a share of the radius. */
const KAPPA = 0.5523;

/** The path of a rectangle, its corners rounded when `radius` is given (not painted). */
export function rectPath(x: number, y: number, w: number, h: number, radius = 0): string {
  const r = Math.min(radius, w / 2, h / 2);
  if (r <= 0) return `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
  const k = r * (1 - KAPPA);
  const [x2, y2] = [x + w, y + h];
  return (
    `${num(x + r)} ${num(y)} m ${num(x2 - r)} ${num(y)} l ${num(x2 - k)} ${num(y)} ${num(x2)} ${num(y + k)} ${num(x2)} ${num(y + r)} c ` +
    `${num(x2)} ${num(y2 - r)} l ${num(x2)} ${num(y2 - k)} ${num(x2 - k)} ${num(y2)} ${num(x2 - r)} ${num(y2)} c ` +
    `${num(x + r)} ${num(y2)} l ${num(x + k)} ${num(y2)} ${num(x)} ${num(y2 - k)} ${num(x)} ${num(y2 - r)} c ` +
    `${num(x)} ${num(y + r)} l ${num(x)} ${num(y + k)} ${num(x + k)} ${num(y)} ${num(x + r)} ${num(y)} c h`
  );
}

/** The path of an open polyline through `points` (at least one), not painted. */
export function polylinePath(points: readonly (readonly [number, number])[]): string {
  let path = `${num(points[0]![0])} ${num(points[0]![1])} m`;
  for (let i = 1; i < points.length; i++) path += ` ${num(points[i]![0])} ${num(points[i]![1])} l`;
  return path;
}
