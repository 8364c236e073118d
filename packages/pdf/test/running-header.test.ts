/**
 * The running header names the agency once: a tree started with `pokin init --agency X` is titled
 * "Pohon Kinerja X", and the header read "Pohon Kinerja X · X" on every page.
 */
import { describe, expect, it } from 'vitest';
import { runningHeader } from '../src/draw/page.js';

describe('the running header', () => {
  it('adds the agency after the title', () => {
    expect(runningHeader('Pohon Kinerja BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM')).toBe(
      'Pohon Kinerja BKPSDM · Badan Kepegawaian dan Pengembangan SDM',
    );
    expect(runningHeader('Pohon Kinerja', undefined)).toBe('Pohon Kinerja');
  });

  it('does not repeat an agency the title already names, whatever its case', () => {
    expect(runningHeader('Pohon Kinerja Dinas Pertanian Kabupaten Contoh', 'Dinas Pertanian Kabupaten Contoh')).toBe(
      'Pohon Kinerja Dinas Pertanian Kabupaten Contoh',
    );
    expect(runningHeader('POHON KINERJA DINAS PERTANIAN', 'Dinas Pertanian')).toBe('POHON KINERJA DINAS PERTANIAN');
  });
});
