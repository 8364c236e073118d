// Same input, same bytes: no clock, no randomness, no dependence on object identity.
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { renderSvg } from '@pokin/svg';
import { bkpsdm } from './fixtures.js';

describe('determinism', () => {
  it('renders the same bytes twice, and for an equal cascade parsed again', () => {
    const c = bkpsdm();
    const a = renderSvg(c);
    expect(renderSvg(c)).toBe(a);
    expect(renderSvg(parseCascade(c.toDocument()))).toBe(a);
  });
  it('renders a generated cascade identically across calls', () => {
    const c = generateCascade({ results: 300, crosscutting: 0.05, seed: 3 });
    expect(renderSvg(c, { locale: 'en' })).toBe(
      renderSvg(generateCascade({ results: 300, crosscutting: 0.05, seed: 3 }), { locale: 'en' }),
    );
  });
  it('does not contain a timestamp or random id', () => {
    const svg = renderSvg(bkpsdm());
    expect(svg).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(id).toMatch(/^pokin-(title|desc|arrow|box-.+)$/);
  });
});
