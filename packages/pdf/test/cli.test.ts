// `pokin render --to pdf`: the flags reach the renderer, the file is written whole or not at all.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, cli, tempDir } from '../../cli/test/support.js';
import { pdfText, qpdfCheck, skipWithoutPdfTools } from './support.js';

describe('pokin render --to pdf', () => {
  it.skipIf(skipWithoutPdfTools())('writes a sound PDF with --paper and --orientation', async () => {
    const t = tempDir();
    try {
      const r = await cli([
        'render',
        EXAMPLE,
        '--to',
        'pdf',
        '--paper',
        'A3',
        '--orientation',
        'portrait',
        '--locale',
        'en',
        '-o',
        t.path('tree.pdf'),
      ]);
      expect(r.code).toBe(0);
      const bytes = readFileSync(t.path('tree.pdf'));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      qpdfCheck(t.path('tree.pdf'));
      expect(pdfText(t.path('tree.pdf'), 1)).toContain('PERFORMANCE TREE');
      // A3 portrait: 842 x 1191 points.
      expect(pdfText(t.path('tree.pdf'))).toContain('Page 2 of');
    } finally {
      t.cleanup();
    }
  });

  it('refuses to write the binary PDF to a terminal', async () => {
    const r = await cli(['render', EXAMPLE, '--to', 'pdf'], { tty: true });
    expect(r.code).toBe(2);
  });

  it('leaves no file behind when the input is broken', async () => {
    const t = tempDir({ 'bad.yaml': 'pokin: 1\ntitle: x\nresults:\n  - id: A\n    level: nope\n    statement: s\n' });
    try {
      const r = await cli(['render', t.path('bad.yaml'), '--to', 'pdf', '-o', t.path('bad.pdf')]);
      expect(r.code).toBe(2);
      expect(existsSync(t.path('bad.pdf'))).toBe(false);
    } finally {
      t.cleanup();
    }
  });
});
