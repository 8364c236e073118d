/**
 * A workspace folder read by the commands: the hint of `review FOLDER` without `--workspace`, and
 * the files of the folder that `pokin.workspace.yaml` does not list.
 */
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './support.js';

const doc = (id: string, parent?: string, more: Record<string, unknown> = {}) =>
  JSON.stringify({
    pokin: 1,
    id,
    title: id,
    results: [{ id: 'G1', level: 'goal', statement: 'Meningkatnya Mutu Layanan', ...(parent ? { parent } : {}), ...more }],
  });

describe('review FOLDER without --workspace', () => {
  it('says that the folder is a workspace and that --workspace checks the links', async () => {
    const dir = tempDir({ 'a.json': doc('a'), 'b.json': doc('b', 'a#X9'), 'pokin.workspace.yaml': 'pemda: a\n' });
    try {
      const id = await cli(['review', dir.dir, '--locale', 'id'], { cwd: ROOT });
      expect(id.stderr).toContain('adalah workspace');
      expect(id.stderr).toContain('--workspace');
      const en = await cli(['review', dir.dir, '--locale', 'en'], { cwd: ROOT });
      expect(en.stderr).toContain('is a workspace');
    } finally {
      dir.cleanup();
    }
  });

  it('says nothing of the kind for a folder without pokin.workspace.yaml', async () => {
    const dir = tempDir({ 'a.json': doc('a') });
    try {
      const r = await cli(['review', dir.dir, '--locale', 'id'], { cwd: ROOT });
      expect(r.stderr).not.toContain('workspace');
    } finally {
      dir.cleanup();
    }
  });
});

describe('a workspace folder with files pokin.workspace.yaml does not list', () => {
  const files = {
    'a.json': doc('a'),
    'b.json': doc('b', 'a#G1', { contributesTo: ['c-2026#G1'] }),
    'c.json': doc('c-2026', 'a#G1'),
    'pokin.workspace.yaml': 'pemda: a\ndocuments: [a.json, b.json]\n',
  };

  it('names them once on stderr, and the unresolved reference says the file is there but not listed', async () => {
    const dir = tempDir(files);
    try {
      const r = await cli(['review', dir.dir, '--workspace', '--locale', 'id'], { cwd: ROOT });
      expect(r.stderr.match(/tidak tercantum pada documents/g)).toHaveLength(1);
      expect(r.stderr).toContain('c.json');
      expect(r.stdout).toContain('berkasnya (');
      expect(r.stdout).toContain('c.json) ada di folder tetapi tidak tercantum');
      const en = await cli(['render', dir.dir, '--workspace', '--to', 'csv', '--locale', 'en'], { cwd: ROOT });
      expect(en.stderr).toContain('1 file in');
      expect(en.stderr).toContain('is not listed under documents');
    } finally {
      dir.cleanup();
    }
  });

  it('says nothing when every file is listed', async () => {
    const dir = tempDir({ ...files, 'pokin.workspace.yaml': 'pemda: a\ndocuments: [a.json, b.json, c.json]\n' });
    try {
      const r = await cli(['review', dir.dir, '--workspace'], { cwd: ROOT });
      expect(r.stderr).not.toContain('pokin.workspace.yaml');
    } finally {
      dir.cleanup();
    }
  });
});

describe('diff of two workspace folders', () => {
  it('warns about a previous that names nothing in the old version', async () => {
    const old = tempDir({ 'a.json': doc('a-2025') });
    const next = tempDir({ 'a.json': doc('a-2026', undefined, { previous: 'a-2025#OP99' }) });
    try {
      const r = await cli(['diff', old.dir, next.dir, '--locale', 'id'], { cwd: ROOT });
      expect(r.stderr).toContain('a-2026#G1 menyebut previous: a-2025#OP99, yang tidak ada dalam versi lama');
      const en = await cli(['diff', old.dir, next.dir, '--locale', 'en'], { cwd: ROOT });
      expect(en.stderr).toContain('which is not in the old version');
    } finally {
      old.cleanup();
      next.cleanup();
    }
  });
});
