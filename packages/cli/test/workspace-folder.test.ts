/**
 * A workspace folder read by the commands: the hint of `review FOLDER` without `--workspace`, and
 * the files of the folder that `pokin.workspace.yaml` does not list.
 */
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './support.js';

const doc = (id: string, parent?: string) =>
  JSON.stringify({
    pokin: 1,
    id,
    title: id,
    results: [{ id: 'G1', level: 'goal', statement: 'Meningkatnya Mutu Layanan', ...(parent ? { parent } : {}) }],
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
