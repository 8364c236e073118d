/**
 * Output is written whole or not at all: temporary file then rename; nothing is left behind on
 * failure, and a renderer that fails means no file at all, even with --to all.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Renderer } from '@pokin/core';
import { WriteFileError, writeFilesAtomic } from '../src/output/write.js';
import { cli, EXAMPLE, tempDir } from './support.js';

describe('writeFilesAtomic', () => {
  it('replaces an existing file and leaves no temporary file', async () => {
    const dir = tempDir({ 'a.txt': 'old' });
    try {
      await writeFilesAtomic([
        { path: dir.path('a.txt'), data: 'new' },
        { path: dir.path('sub/b.txt'), data: new Uint8Array([1, 2]) },
      ]);
      expect(readFileSync(dir.path('a.txt'), 'utf8')).toBe('new');
      expect(readdirSync(dir.dir).sort()).toEqual(['a.txt', 'sub']);
      expect(readdirSync(dir.path('sub'))).toEqual(['b.txt']);
    } finally {
      dir.cleanup();
    }
  });

  it('on failure removes its temporary files and keeps the old contents', async () => {
    const dir = tempDir({ 'a.txt': 'old' });
    try {
      mkdirSync(dir.path('folder.txt'));
      writeFileSync(dir.path('folder.txt/inside'), 'x');
      await expect(
        writeFilesAtomic([
          { path: dir.path('folder.txt'), data: 'cannot replace a folder' },
          { path: dir.path('a.txt'), data: 'new' },
        ]),
      ).rejects.toThrow();
      expect(readdirSync(dir.dir).sort()).toEqual(['a.txt', 'folder.txt']);
      expect(readFileSync(dir.path('a.txt'), 'utf8')).toBe('old');
    } finally {
      dir.cleanup();
    }
  });
});

describe('render --to all is all or nothing', () => {
  it('a folder in the way of one file: no file is written or replaced, and the error names that file', async () => {
    const dir = tempDir({ 'part/pokin.svg': 'old svg' });
    try {
      mkdirSync(dir.path('part/pokin.png/x'), { recursive: true });
      const r = await cli(['render', EXAMPLE, '--to', 'all', '-o', 'part'], { cwd: dir.dir });
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual(['pokin: part/pokin.png: cannot write: is a folder, not a file']);
      expect(readdirSync(dir.path('part')).sort()).toEqual(['pokin.png', 'pokin.svg']);
      expect(readFileSync(dir.path('part/pokin.svg'), 'utf8')).toBe('old svg');
    } finally {
      dir.cleanup();
    }
  });

  it('writeFilesAtomic names the file that failed', async () => {
    const dir = tempDir();
    try {
      mkdirSync(dir.path('b.txt'));
      const error = await writeFilesAtomic([
        { path: dir.path('a.txt'), data: 'a' },
        { path: dir.path('b.txt'), data: 'b' },
      ]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteFileError);
      expect((error as WriteFileError).path).toBe(dir.path('b.txt'));
      expect(readdirSync(dir.dir)).toEqual(['b.txt']);
    } finally {
      dir.cleanup();
    }
  });
});

describe('render never writes over its input', () => {
  it('-o naming the input, or --to all into its folder: refused, the input unchanged', async () => {
    const yaml = readFileSync(EXAMPLE, 'utf8');
    const dir = tempDir({ 'pokin.yaml': yaml });
    try {
      const same = await cli(['render', 'pokin.yaml', '--to', 'yaml', '-o', 'pokin.yaml'], { cwd: dir.dir });
      expect(same.code).toBe(2);
      expect(same.errLines).toEqual(['pokin: pokin.yaml: refused: this is the input file; write the yaml elsewhere']);
      await cli(['render', 'pokin.yaml', '--to', 'csv', '-o', 'pokin.csv'], { cwd: dir.dir });
      const csv = readFileSync(dir.path('pokin.csv'), 'utf8');
      const all = await cli(['render', 'pokin.csv', '--to', 'all', '-o', '.'], { cwd: dir.dir });
      expect(all.code).toBe(2);
      expect(all.errLines).toEqual(['pokin: pokin.csv: refused: this is the input file; write the csv elsewhere']);
      expect(readFileSync(dir.path('pokin.yaml'), 'utf8')).toBe(yaml);
      expect(readFileSync(dir.path('pokin.csv'), 'utf8')).toBe(csv);
      expect(readdirSync(dir.dir).sort()).toEqual(['pokin.csv', 'pokin.yaml']);
    } finally {
      dir.cleanup();
    }
  });

  it('a folder as the input of render says that render takes one file', async () => {
    const r = await cli(['render', 'examples', '--to', 'svg']);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual(['pokin: examples: is a folder: render draws one tree, from one file (review and stats read folders)']);
  });
});

describe('render writes nothing when a renderer fails', () => {
  it('--to all with a failing renderer: exit 2, one line, no folder, no file', async () => {
    const failing: Renderer = {
      name: 'csv',
      mediaType: 'text/csv',
      extension: 'csv',
      render: () => {
        throw new Error('boom');
      },
    };
    const dir = tempDir();
    try {
      const r = await cli(['render', EXAMPLE, '--to', 'all', '-o', dir.path('out')], { renderers: [failing] });
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual(['pokin: unexpected error: boom (run with --debug for details)']);
      expect(readdirSync(dir.dir)).toEqual([]);
      const debug = await cli(['render', EXAMPLE, '--to', 'all', '-o', dir.path('out'), '--debug'], { renderers: [failing] });
      expect(debug.stderr).toContain('    at ');
    } finally {
      dir.cleanup();
    }
  });
});
