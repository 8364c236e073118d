/**
 * The acronyms the review's fuzzy comparison reads as their words (`ACRONYMS` in the lexicon):
 * both spellings give the same content stems, and no expansion holds an acronym of the table.
 */
import { describe, expect, it } from 'vitest';
import { ACRONYMS } from '../src/review/lexicon/words.js';
import { contentWords, uniqueSorted } from '../src/review/lexicon/tokens.js';

describe('acronyms in the fuzzy comparison', () => {
  it('reads an acronym as the content words it stands for', () => {
    for (const [acronym, words] of Object.entries(ACRONYMS)) {
      expect(uniqueSorted(contentWords(acronym)), acronym).toEqual(uniqueSorted(contentWords(words)));
    }
  });

  it('gives a statement the same stems with the acronym beside its words, or in their place', () => {
    const spelled = uniqueSorted(contentWords('sekretariat dewan perwakilan rakyat daerah'));
    expect(uniqueSorted(contentWords('sekretariat dprd'))).toEqual(spelled);
    expect(uniqueSorted(contentWords('indeks kepuasan masyarakat ikm'))).toEqual(uniqueSorted(contentWords('ikm')));
  });

  it('holds no acronym of the table inside an expansion', () => {
    for (const words of Object.values(ACRONYMS)) for (const w of words.split(' ')) expect(Object.hasOwn(ACRONYMS, w), w).toBe(false);
  });
});
