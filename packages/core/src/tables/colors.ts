/**
 * The tier colours every renderer shares, so a tier looks the same in the diagram (SVG, PDF) and
 * in the tables (HTML, .xlsx): a light fill and a darker stroke per tier.
 *
 * @module
 */
import type { Tier } from '../levels.js';

/** The colours of one tier: `#rrggbb` fill (box or cell background) and stroke (border, band). */
export interface TierColor {
  /** Background of a box or cell. */
  readonly fill: string;
  /** Border of a box, or the band of a header. */
  readonly stroke: string;
}

/**
 * The default tier colours: red for Kinerja Strategis, amber for Urusan, blue for Taktis, green
 * for Operasional (the SVG diagram's defaults).
 */
export const TIER_COLORS: Readonly<Record<Tier, TierColor>> = Object.freeze({
  strategis: Object.freeze({ fill: '#fde8e7', stroke: '#b3261e' }),
  urusan: Object.freeze({ fill: '#fff3d6', stroke: '#9a6700' }),
  taktis: Object.freeze({ fill: '#e3eefc', stroke: '#1f5fa8' }),
  operasional: Object.freeze({ fill: '#e4f3e5', stroke: '#2e7d32' }),
});
