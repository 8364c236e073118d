import { describe, expect, it } from 'vitest';
import { renderHtml } from '@pokin/html';
import { bkpsdm } from './support.js';

describe('golden files', () => {
  // The committed example is the golden file itself (regenerate: node packages/html/scripts/render-example.mjs).
  it('renders the BKPSDM example as examples/bkpsdm/pokin.html (opens in a browser)', async () => {
    await expect(renderHtml(bkpsdm(), { sections: { review: true } })).toMatchFileSnapshot('../../../examples/bkpsdm/pokin.html');
  });

  it('renders the BKPSDM example in English as the snapshot', async () => {
    await expect(renderHtml(bkpsdm(), { locale: 'en', paper: 'A3', sections: { review: true } })).toMatchFileSnapshot(
      './__snapshots__/bkpsdm.en.html',
    );
  });

  it('renders the BKPSDM fragment as the snapshot', async () => {
    await expect(renderHtml(bkpsdm(), { fragment: true })).toMatchFileSnapshot('./__snapshots__/bkpsdm.fragment.html');
  });
});
