/** Crosscutting links by status: a rejected one is not drawn, a proposed one is dotted and explained in the legend. */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderSvg } from '@pokin/svg';
import { linkedTree } from '../../../test/support/crosscutting.js';

/** The tree with D's link to C bare, or with `status`. */
const tree = (status: string | undefined) => parseCascade(linkedTree([status === undefined ? 'C' : { to: 'C', status }]));

describe('crosscutting status', () => {
  it('draws an accepted link dashed, as a bare one, with its legend entry', () => {
    for (const status of [undefined, 'disetujui']) {
      const svg = renderSvg(tree(status));
      expect(svg).toMatch(/<g class="crosscutting" [^>]*><path d="[^"]*" data-from="C" data-to="D"/);
      expect(svg).toContain('Kontribusi lintas (crosscutting)');
      expect(svg).not.toContain('proposed');
    }
  });

  it('does not draw a rejected link, nor its legend entry', () => {
    const svg = renderSvg(tree('ditolak'));
    expect(svg).not.toContain('data-from="C"');
    expect(svg).not.toContain('Kontribusi lintas');
    expect(svg).toContain('0 tautan crosscutting');
  });

  it('draws a proposed link dotted, and says so in the legend', () => {
    const svg = renderSvg(tree('diusulkan'));
    expect(svg).toMatch(/<g class="crosscutting" [^>]*><path d="[^"]*" stroke-dasharray="1.5 3.5" data-from="C" data-to="D"/);
    expect(svg).toContain('<g class="legend-item crosscutting proposed">');
    expect(svg).toContain('Kontribusi lintas diusulkan (belum disetujui)');
    expect(renderSvg(tree('diusulkan'), { locale: 'en' })).toContain('Crosscutting contribution proposed (not yet accepted)');
  });
});
