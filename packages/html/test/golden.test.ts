import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '@pokin/html';
import { ROOT, bkpsdm } from './support.js';

describe('golden files', () => {
  it('renders the BKPSDM example as the snapshot (opens in a browser)', async () => {
    await expect(renderHtml(bkpsdm(), { sections: { review: true } })).toMatchFileSnapshot('./__snapshots__/bkpsdm.html');
  });

  it('renders the BKPSDM example in English as the snapshot', async () => {
    await expect(renderHtml(bkpsdm(), { locale: 'en', paper: 'A3', sections: { review: true } })).toMatchFileSnapshot('./__snapshots__/bkpsdm.en.html');
  });

  it('renders the BKPSDM fragment as the snapshot', async () => {
    await expect(renderHtml(bkpsdm(), { fragment: true })).toMatchFileSnapshot('./__snapshots__/bkpsdm.fragment.html');
  });

  it('keeps examples/bkpsdm/pokin.html up to date (regenerate: node packages/html/scripts/render-example.mjs)', () => {
    expect(readFileSync(join(ROOT, 'examples/bkpsdm/pokin.html'), 'utf8')).toBe(renderHtml(bkpsdm(), { sections: { review: true } }));
  });
});
