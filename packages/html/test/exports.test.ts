import { expect, it } from 'vitest';
import * as html from '@pokin/html';

it('exports exactly the public API (a change here is an API change)', () => {
  expect(Object.keys(html).sort()).toEqual([
    'HTML_LABELS',
    'HTML_SECTIONS',
    'htmlRenderer',
    'htmlStylesheet',
    'renderCrosscuttingHtml',
    'renderDiffHtml',
    'renderHtml',
    'renderLkjipHtml',
    'renderPerjanjianKinerja',
    'renderPetaCascading',
  ]);
});

it('has every label in both languages', () => {
  for (const [key, label] of Object.entries(html.HTML_LABELS)) {
    expect(label.id, key).not.toBe('');
    expect(label.en, key).not.toBe('');
  }
});
