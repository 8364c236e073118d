import { readFileSync, renameSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DIFF_LABELS, type DiffKind } from '@pokin/core';
import { DIFF_CSV_COLUMNS } from '../src/commands/diff.js';
import { diffReport } from '../src/messages/index.js';
import { ROOT, cli, smallTree, tempDir } from './support.js';
import { foreignWords, wordsOf } from './words.js';

const OLD = join(ROOT, 'examples', 'diff', 'bkpsdm-2025.yaml');
const NEW = join(ROOT, 'examples', 'diff', 'bkpsdm-2026.yaml');
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

/** The five changes between the two versions, as kind and ids. */
const EXPECTED = [
  ['target-changed', 'G1', 'G1'],
  ['reworded', 'IO3', 'IO3'],
  ['moved', 'OP13', 'OP13'],
  ['added', null, 'OP21'],
  ['removed', 'OP07', null],
];

/** Two versions of a small tree whose crosscutting links changed: one added, one removed, two statuses (one to a renumbered target). */
const linked = (() => {
  const doc = (year: number, io: Record<string, unknown>, u2: string, more: Record<string, unknown> = {}) =>
    JSON.stringify({
      pokin: 1,
      id: `dinkes-${year}`,
      title: `Pohon Kinerja Dinkes (${year})`,
      results: [
        { id: 'G1', level: 'goal', statement: 'Meningkatnya Derajat Kesehatan Masyarakat' },
        { id: 'UO1', level: 'ultimate-outcome', statement: 'Meningkatnya Mutu Layanan Kesehatan', parent: 'G1' },
        { id: u2, level: 'ultimate-outcome', statement: 'Menurunnya Angka Kematian Ibu dan Bayi', parent: 'G1', ...more },
        { id: 'IO1', level: 'intermediate-outcome', statement: 'Meningkatnya Cakupan Imunisasi Dasar', parent: 'UO1', ...io },
      ],
    });
  return tempDir({
    'lama.json': doc(2025, { contributesTo: ['UO2', { to: 'pemda-2025#S2', status: 'diusulkan' }, 'bappeda-2025#S1'] }, 'UO2'),
    'baru.json': doc(
      2026,
      {
        contributesTo: [
          { to: 'UO3', status: 'accepted' },
          { to: 'pemda-2025#S2', status: 'disetujui' },
          { to: 'pemda-2026#S3', status: 'diusulkan' },
        ],
      },
      'UO3',
      { previous: 'dinkes-2025#UO2' },
    ),
  });
})();
afterAll(() => linked.cleanup());

describe('pokin diff OLD NEW', () => {
  it('text, in Indonesian by default: one line per change and the totals', async () => {
    const r = await cli(['diff', OLD, NEW, '--locale', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(diffReport.heading('bkpsdm-2025', 'bkpsdm-2026').id);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  '));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain(DIFF_LABELS.kind['target-changed'].id);
    expect(lines[0]).toContain('G1.1, 2026: 260 \u2192 265');
    expect(lines[2]).toContain('induk IM2 \u2192 IM3');
    expect(lines[3]).toContain('OP21');
    expect(lines[4]).toContain('OP07');
    expect(r.stdout).toContain('Jumlah: 1 kinerja baru, 1 kinerja dihapus, 1 dipindah, 1 rumusan diubah, 1 target diubah');
  });

  it('text in English with --locale en', async () => {
    const r = await cli(['diff', OLD, NEW, '--locale', 'en']);
    expect(r.stdout).toContain('Changes from bkpsdm-2025 to bkpsdm-2026');
    expect(r.stdout).toContain('parent IM2 \u2192 IM3');
    expect(r.stdout).toContain('Total: 1 result added, 1 result removed, 1 moved, 1 reworded, 1 target changed');
  });

  it('JSON, JSON Lines and CSV carry the same changes', async () => {
    const json = JSON.parse((await cli(['diff', OLD, NEW, '--format', 'json'])).stdout);
    expect(json.changes.map((c: { kind: string; oldId: string | null; newId: string | null }) => [c.kind, c.oldId, c.newId])).toEqual(
      EXPECTED,
    );
    expect(json.old).toMatchObject({ id: 'bkpsdm-2025', results: 31, file: OLD });
    expect(json.summary.matched.previous).toBe(30);
    const lines = (await cli(['diff', OLD, NEW, '--format', 'jsonl'])).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json.changes);
    const csv = Papa.parse<Record<string, string>>((await cli(['diff', OLD, NEW, '--format', 'csv'])).stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields).toEqual([...DIFF_CSV_COLUMNS]);
    expect(csv.data.map((row) => [row.kind, row.old_id || null, row.new_id || null])).toEqual(EXPECTED);
    expect(csv.data[0]).toMatchObject({ indicator: 'G1.1', year: '2026', from: '260', to: '265', tier: 'strategis' });
  });

  it('crosscutting links added, removed and with another status, in Indonesian and in English', async () => {
    const files = [linked.path('lama.json'), linked.path('baru.json')];
    const id = await cli(['diff', ...files, '--locale', 'id']);
    expect(id.code, id.stderr).toBe(0);
    const rows = (stdout: string) =>
      stdout
        .split('\n')
        .filter((l) => l.startsWith('  '))
        .map((l) => l.trim().replace(/ {2,}/g, ' | '));
    // The renamed target (UO2 became UO3 by previous) is the same link: only its status changed.
    expect(rows(id.stdout)).toEqual([
      'kontribusi lintas baru | IO1 [Intermediate Outcome] | ke pemda-2026#S3 (diusulkan)',
      'kontribusi lintas dihapus | IO1 [Intermediate Outcome] | ke bappeda-2025#S1',
      'status kontribusi lintas diubah | IO1 [Intermediate Outcome] | ke UO3: tanpa status \u2192 disetujui',
      'status kontribusi lintas diubah | IO1 [Intermediate Outcome] | ke pemda-2025#S2: diusulkan \u2192 disetujui',
    ]);
    expect(id.stdout).toContain('Jumlah: 1 kontribusi lintas baru, 1 kontribusi lintas dihapus, 2 status kontribusi lintas diubah');
    const en = await cli(['diff', ...files, '--locale', 'en']);
    expect(rows(en.stdout)).toEqual([
      'crosscutting link added | IO1 [Intermediate Outcome] | to pemda-2026#S3 (proposed)',
      'crosscutting link removed | IO1 [Intermediate Outcome] | to bappeda-2025#S1',
      'crosscutting status changed | IO1 [Intermediate Outcome] | to UO3: no status \u2192 accepted',
      'crosscutting status changed | IO1 [Intermediate Outcome] | to pemda-2025#S2: proposed \u2192 accepted',
    ]);
    expect(en.stdout).toContain('Total: 1 crosscutting link added, 1 crosscutting link removed, 2 crosscutting status changed');
  });

  it('crosscutting changes in JSON, CSV (the link column) and HTML', async () => {
    const files = [linked.path('lama.json'), linked.path('baru.json')];
    const json = JSON.parse((await cli(['diff', ...files, '--format', 'json'])).stdout) as {
      summary: { changes: Record<string, number> };
      changes: Record<string, unknown>[];
    };
    expect(json.summary.changes).toMatchObject({ 'link-added': 1, 'link-removed': 1, 'link-changed': 2 });
    expect(json.changes.map((c) => [c.kind, c.link, c.from, c.to])).toEqual([
      // An added or removed link carries its status on its side (none for a bare reference).
      ['link-added', 'pemda-2026#S3', null, 'diusulkan'],
      ['link-removed', 'bappeda-2025#S1', null, null],
      ['link-changed', 'UO3', null, 'disetujui'],
      ['link-changed', 'pemda-2025#S2', 'diusulkan', 'disetujui'],
    ]);
    const csv = Papa.parse<Record<string, string>>((await cli(['diff', ...files, '--format', 'csv'])).stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields).toEqual([...DIFF_CSV_COLUMNS]);
    expect(csv.data.map((row) => [row.kind, row.old_id, row.new_id, row.link, row.from, row.to])).toEqual([
      ['link-added', 'IO1', 'IO1', 'pemda-2026#S3', '', 'diusulkan'],
      ['link-removed', 'IO1', 'IO1', 'bappeda-2025#S1', '', ''],
      ['link-changed', 'IO1', 'IO1', 'UO3', '', 'disetujui'],
      ['link-changed', 'IO1', 'IO1', 'pemda-2025#S2', 'diusulkan', 'disetujui'],
    ]);
    const html = (await cli(['diff', ...files, '--format', 'html', '--locale', 'en'])).stdout;
    expect(html.match(/<tr class="kind-link-/g)).toHaveLength(4);
    expect(html).toContain('<td>UO3</td><td class="before">no status</td><td class="after">accepted</td>');
  });

  it('CSV in Indonesian by default: Indonesian headings and words; --locale en keeps the stable snake_case columns', async () => {
    const id = parse((await cli(['diff', OLD, NEW, '--format', 'csv', '--locale', 'id'])).stdout);
    const headings = DIFF_CSV_COLUMNS.map((c) => diffReport.columns[c].id);
    expect(id.meta.fields).toEqual(headings);
    expect(foreignWords(headings.join(' '), 'id')).toEqual([]);
    expect(id.data.map((row) => [row.Perubahan, row['Id lama'] || null, row['Id baru'] || null])).toEqual(
      EXPECTED.map(([kind, oldId, newId]) => [DIFF_LABELS.kind[kind as DiffKind].id, oldId, newId]),
    );
    expect(id.data[0]).toMatchObject({
      Dicocokkan: DIFF_LABELS.matchedBy.previous.id,
      Level: 'Goal / Ultimate Outcome',
      Jenjang: 'strategis',
      Tahun: '2026',
      Sebelum: '260',
      Sesudah: '265',
    });
    // A link's status reads as words, "tanpa status" for none (as the HTML report has it).
    const files = [linked.path('lama.json'), linked.path('baru.json')];
    const links = parse((await cli(['diff', ...files, '--format', 'csv', '--locale', 'id'])).stdout);
    expect(links.data.map((row) => [row['Kontribusi lintas'], row.Sebelum, row.Sesudah])).toEqual([
      ['pemda-2026#S3', '', 'diusulkan'],
      ['bappeda-2025#S1', '', ''],
      ['UO3', DIFF_LABELS.status.none.id, 'disetujui'],
      ['pemda-2025#S2', 'diusulkan', 'disetujui'],
    ]);
    const en = parse((await cli(['diff', OLD, NEW, '--format', 'csv', '--locale', 'en'])).stdout);
    expect(en.meta.fields).toEqual([...DIFF_CSV_COLUMNS]);
    expect(en.data[0]).toMatchObject({ kind: 'target-changed', matched_by: 'previous', level: 'goal' });
  });

  it('a changed level reads as the scheme names it, in every report for people; the key only where scripts read', async () => {
    // Renstra: a sub kegiatan that became a kegiatan; the old version is a PermenPAN tree, so the
    // removed result's level and a level that only the old scheme has are named by the old one.
    const renstra = (year: number, last: Record<string, unknown>, more: unknown[] = []) =>
      JSON.stringify({
        pokin: 1,
        id: `dinkes-${year}`,
        title: 'Renstra Dinkes',
        levels: 'renstra',
        results: [
          { id: 'T1', level: 'tujuan', statement: 'Meningkatnya Derajat Kesehatan Masyarakat' },
          { id: 'S1', level: 'sasaran', statement: 'Meningkatnya Mutu Layanan Kesehatan', parent: 'T1' },
          { id: 'P1', level: 'program', statement: 'Program Pemenuhan Upaya Kesehatan', parent: 'S1' },
          { id: 'K1', level: 'kegiatan', statement: 'Penyediaan Layanan Kesehatan Dasar', parent: 'P1' },
          { id: 'K2', statement: 'Pengelolaan Pelayanan Imunisasi', ...last },
          ...more,
        ],
      });
    const permenpan = JSON.stringify({
      pokin: 1,
      id: 'dinkes-2024',
      title: 'Pohon Dinkes',
      results: [{ id: 'T1', level: 'goal', statement: 'Meningkatnya Derajat Kesehatan Masyarakat' }],
    });
    const tmp = tempDir({
      'lama.json': renstra(2025, { level: 'sub-kegiatan', parent: 'K1' }),
      'baru.json': renstra(2026, { level: 'kegiatan', parent: 'P1' }),
      'pp.json': permenpan,
    });
    try {
      const files = [tmp.path('lama.json'), tmp.path('baru.json')];
      const line = (out: string) =>
        out.split('\n').find((l) => l.includes(DIFF_LABELS.kind['level-changed'].id) || l.includes('level changed'));
      expect(line((await cli(['diff', ...files, '--locale', 'id'])).stdout)).toContain('K2 [Kegiatan]  Sub Kegiatan \u2192 Kegiatan');
      expect(line((await cli(['diff', ...files, '--locale', 'en'])).stdout)).toContain('K2 [Activity]  Sub-activity \u2192 Activity');
      const html = (await cli(['diff', ...files, '--format', 'html', '--locale', 'en'])).stdout;
      expect(html).toMatch(/<td class="before">Sub-activity<\/td><td class="after">Activity<\/td>/);
      expect(html).not.toMatch(/>(sub-)?kegiatan</);
      const id = parse((await cli(['diff', ...files, '--format', 'csv', '--locale', 'id'])).stdout);
      const row = id.data.find((r) => r.Perubahan === DIFF_LABELS.kind['level-changed'].id);
      expect([row?.Level, row?.Sebelum, row?.Sesudah]).toEqual(['Kegiatan', 'Sub Kegiatan', 'Kegiatan']);
      // The stable CSV for scripts keeps the keys, as JSON does.
      const en = parse((await cli(['diff', ...files, '--format', 'csv', '--locale', 'en'])).stdout);
      expect(en.data.find((r) => r.kind === 'level-changed')).toMatchObject({ level: 'kegiatan', from: 'sub-kegiatan', to: 'kegiatan' });
      // Across schemes: the old level by the old scheme's label, a removed result's too.
      const across = await cli(['diff', tmp.path('pp.json'), tmp.path('baru.json'), '--locale', 'id']);
      expect(across.stdout).toContain('T1 [Tujuan]  Goal / Ultimate Outcome \u2192 Tujuan');
      const back = await cli(['diff', tmp.path('baru.json'), tmp.path('pp.json'), '--locale', 'en', '--format', 'html']);
      expect(back.stdout).toContain('<td class="before">Goal</td><td class="after">Goal / Ultimate Outcome</td>');
      expect(back.stdout).toMatch(/<td class="tier-urusan">Objective<\/td>/);
      expect(back.stdout).not.toMatch(/>(tujuan|sasaran|goal)</);
    } finally {
      tmp.cleanup();
    }
  });

  it('HTML page to a file with -o', async () => {
    const tmp = tempDir();
    const out = tmp.path('perubahan.html');
    const r = await cli(['diff', OLD, NEW, '--format', 'html', '-o', out, '--locale', 'id']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="id">');
    expect(html.match(/<tr class="kind-/g)).toHaveLength(5);
    tmp.cleanup();
  });

  it('no changes between a file and itself; a bad --similarity or input exits 2', async () => {
    const same = await cli(['diff', OLD, OLD, '--format', 'json']);
    expect(JSON.parse(same.stdout).changes).toEqual([]);
    expect((await cli(['diff', OLD, NEW, '--similarity', '1.5'])).code).toBe(2);
    const missing = await cli(['diff', OLD, join(ROOT, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml');
    // Both files are read at once, but the old one's problem is the one reported, as before.
    const both = await cli(['diff', join(ROOT, 'lama.json'), join(ROOT, 'baru.json')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('lama.json');
    expect(both.stderr).not.toContain('baru.json');
  });

  it('two workspace folders: results matched across documents by their qualified previous', async () => {
    const doc = (id: string, results: unknown[]) => JSON.stringify({ pokin: 1, id, title: `Pohon ${id}`, results });
    const G1 = { id: 'G1', level: 'goal', statement: 'Meningkatnya Kualitas Layanan Publik' };
    const IO1 = { id: 'IO1', level: 'immediate-outcome', statement: 'Meningkatnya Kualitas Layanan Kesehatan' };
    const OP1 = { id: 'OP1', level: 'output', statement: 'Tersedianya Layanan Imunisasi Dasar', parent: 'IO1' };
    const ws = tempDir({
      'lama/pemda.json': doc('pemda-2025', [G1]),
      'lama/dinas.json': doc('dinas-2025', [
        { ...IO1, parent: 'pemda-2025#G1' },
        OP1,
        { id: 'OP2', level: 'output', statement: 'Terlaksananya Penyuluhan Gizi', parent: 'IO1' },
      ]),
      'baru/pemda.json': doc('pemda-2026', [{ ...G1, previous: 'pemda-2025#G1' }]),
      'baru/dinas.json': doc('dinas-2026', [
        { ...IO1, statement: 'Meningkatnya Mutu Layanan Kesehatan Dasar', parent: 'pemda-2026#G1', previous: 'dinas-2025#IO1' },
        { ...OP1, previous: 'dinas-2025#OP1' },
        { id: 'OP3', level: 'output', statement: 'Tersedianya Data Gizi Balita', parent: 'IO1' },
      ]),
      'satu.json': doc('satu', [G1]),
    });
    try {
      const r = await cli(['diff', ws.path('lama'), ws.path('baru'), '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as {
        summary: { matched: Record<string, number> };
        changes: { kind: string; oldId: string; newId: string }[];
      };
      expect(json.summary.matched).toEqual({ previous: 3, id: 0, statement: 0 });
      // No move: each parent is matched to its next version, across documents too.
      expect(json.changes.map((c) => [c.kind, c.oldId, c.newId])).toEqual([
        ['reworded', 'dinas-2025#IO1', 'dinas-2026#IO1'],
        ['added', null, 'dinas-2026#OP3'],
        ['removed', 'dinas-2025#OP2', null],
      ]);
      // The same workspace twice: every result matched by its qualified id, no change.
      const same = JSON.parse((await cli(['diff', ws.path('baru'), ws.path('baru'), '--format', 'json'])).stdout) as typeof json;
      expect([same.changes, same.summary.matched.id]).toEqual([[], 4]);
      // Two sides of the same name (here the Pemda's title) are named by their paths in the text report.
      const text = await cli(['diff', ws.path('baru'), ws.path('baru'), '--locale', 'en']);
      expect(text.stdout.split('\n')[0]).toBe(diffReport.heading(ws.path('baru'), ws.path('baru')).en);
      expect((await cli(['diff', ws.path('baru'), ws.path('baru'), '--format', 'html'])).stdout).toContain(
        `${ws.path('baru')} \u2192 ${ws.path('baru')}`,
      );
      expect((await cli(['diff', ws.path('lama'), ws.path('baru'), '--locale', 'en'])).stdout).toContain(
        'Changes from Pohon pemda-2025 to Pohon pemda-2026',
      );
      // A folder and a file: one line in the user's language, exit 2.
      const mixed = await cli(['diff', ws.path('lama'), ws.path('satu.json'), '--locale', 'id']);
      expect(mixed.code).toBe(2);
      expect(mixed.stderr).toMatch(/adalah folder \(workspace\) dan .*satu\.json' sebuah berkas/);
      expect(mixed.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      ws.cleanup();
    }
  });

  it('takes JSON over the 50 MB of other commands without --max-bytes (a national tree), up to 100 MB', async () => {
    const small = JSON.stringify(smallTree());
    // Valid JSON padded with spaces past 50 MB; a file past 100 MB is refused by its size alone.
    const tmp = tempDir({ 'a.json': Buffer.concat([Buffer.from(small), Buffer.alloc(60 * 1024 * 1024, 0x20)]) });
    try {
      const big = join(tmp.dir, 'a.json');
      expect((await cli(['render', big, '-o', join(tmp.dir, 'a.svg')])).stderr).toContain('--max-bytes');
      const r = await cli(['diff', big, big, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).changes).toEqual([]);
      const huge = join(tmp.dir, 'b.json');
      truncateSync(big, 101 * 1024 * 1024);
      renameSync(big, huge);
      const refused = await cli(['diff', huge, huge, '--locale', 'en']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('over the limit of 100 MB');
    } finally {
      tmp.cleanup();
    }
  });

  it.each(['id', 'en'] as const)('help and the text report speak one language (--locale %s)', async (locale) => {
    for (const argv of [
      ['diff', '--help'],
      ['diff', OLD, NEW],
      ['diff', OLD, NEW, '--similarity', '2'],
      ['diff', linked.path('lama.json'), linked.path('baru.json')],
    ]) {
      const r = await cli([...argv, '--locale', locale]);
      // The tree's own words (statements, ids) are not the CLI's: only the frame is scanned.
      const frame = `${r.stdout}\n${r.stderr}`
        .split('\n')
        .filter((l) => !l.startsWith('  '))
        .join('\n')
        .replace(/Pohon Kinerja BKPSDM|bkpsdm-\d+|dinkes-\d+/g, '');
      expect(wordsOf(frame).length).toBeGreaterThan(3);
      expect(foreignWords(frame, locale)).toEqual([]);
    }
  });
});
