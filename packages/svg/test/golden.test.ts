// Golden file: the BKPSDM diagram, as a file that opens in a browser. Update with `vitest -u`.
import { expect, it } from 'vitest';
import { renderSvg } from '@pokin/svg';
import { bkpsdm } from './fixtures.js';

it('renders the BKPSDM example as in the golden file', async () => {
  await expect(renderSvg(bkpsdm())).toMatchFileSnapshot('../../../examples/bkpsdm/pokin.svg');
});

it('renders the BKPSDM example in English as in the golden file', async () => {
  await expect(renderSvg(bkpsdm(), { locale: 'en' })).toMatchFileSnapshot('./__snapshots__/bkpsdm.en.svg');
});
