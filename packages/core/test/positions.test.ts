import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  crosscuttingMatrix,
  documentDate,
  loadWorkspace,
  ownerCoverage,
  parseCascade,
  perjanjianKinerja,
  positionLines,
  positionPlans,
} from '@pokin/core';

const dir = new URL('../../../examples/workspace/', import.meta.url);
const read = (name: string): unknown => parse(readFileSync(new URL(name, dir), 'utf8'));
const NAMES = ['pemda-2026.yaml', 'bkpsdm-2026.yaml', 'dinkes-2026.yaml', 'diskominfo-2026.yaml'];

describe('positionPlans (peta cascading)', () => {
  const bkpsdm = parseCascade(read('bkpsdm-2026.yaml'));
  it('lists each position once, top first, with the results it carries', () => {
    const plans = positionPlans(bkpsdm);
    expect(plans[0]!.position).toMatchObject({ title: 'Kepala Badan', positionType: 'jpt-pratama', nip: '197204151998031006' });
    expect(plans[0]!.items.map((i) => i.result.id)).toEqual(['G1', 'UO1', 'UO2']);
    expect(plans[0]!.superior).toBeUndefined();
    const kabid = plans.find((p) => p.position.title === 'Kepala Bidang Pengembangan Kompetensi')!;
    expect(kabid.items.map((i) => i.result.id)).toEqual(['IO2']);
    expect(kabid.superior?.title).toBe('Kepala Badan');
    expect(new Set(plans.map((p) => p.position.key)).size).toBe(plans.length);
  });

  it('gives a position a table row per indicator, and one per result without any (positionLines)', () => {
    for (const plan of positionPlans(bkpsdm)) {
      const lines = positionLines(plan);
      expect(lines.length).toBe(plan.items.reduce((n, item) => n + Math.max(1, item.indicators.length), 0));
      for (const item of plan.items) {
        const own = lines.filter((l) => l.item === item).map((l) => l.ind);
        expect(own).toEqual(item.indicators.length === 0 ? [undefined] : item.indicators);
      }
    }
  });

  it('gives an indicator with its own owner to that position', () => {
    const c = parseCascade({
      pokin: 1,
      title: 'T',
      results: [
        {
          id: 'G1',
          level: 'goal',
          statement: 'Meningkatnya A',
          owner: { position: 'Kepala Dinas' },
          indicators: [{ statement: 'Indeks A' }, { statement: 'Persentase B', owner: { position: 'Sekretaris' } }],
        },
      ],
    });
    const plans = positionPlans(c);
    expect(plans.map((p) => [p.position.title, p.items[0]!.indicators.map((i) => i.statement)])).toEqual([
      ['Sekretaris', ['Persentase B']],
      ['Kepala Dinas', ['Indeks A']],
    ]);
  });

  it('keeps two agencies’ positions of the same name apart in a workspace, and finds the Bupati above a Kepala Dinas', () => {
    const ws = loadWorkspace(NAMES.map((name) => ({ name, document: read(name) })));
    const plans = positionPlans(ws.cascade);
    const kadis = plans.find((p) => p.position.title === 'Kepala Dinas Kesehatan')!;
    expect(kadis.superior?.title).toBe('Bupati Contoh');
    expect(kadis.position.agency).toBe('Dinas Kesehatan');
  });
});

describe('perjanjianKinerja', () => {
  it('lists the sasaran, IK and the year’s target of each position', () => {
    const [pk] = perjanjianKinerja(parseCascade(read('bkpsdm-2026.yaml')), 2026);
    expect(pk!.year).toBe(2026);
    expect(pk!.rows.filter((r) => r.first).map((r) => r.result.id)).toEqual(['G1', 'UO1', 'UO2']);
    expect(pk!.rows[0]).toMatchObject({ span: 4, target: 260 });
  });
});

describe('ownerCoverage', () => {
  it('counts results with and without an owner per tier', () => {
    const cov = ownerCoverage(parseCascade(read('bkpsdm-2026.yaml')));
    expect(cov.strategis).toEqual({ owned: 1, unowned: 0 });
    expect(cov.operasional.owned + cov.operasional.unowned).toBe(20);
    expect(cov.operasional.unowned).toBe(7);
  });
});

describe('crosscuttingMatrix', () => {
  it('lists the crosscutting between agencies with their statuses', () => {
    const m = crosscuttingMatrix(loadWorkspace(NAMES.map((name) => ({ name, document: read(name) }))));
    expect(m.agencies.map((a) => a.id)).toEqual(['pemda-2026', 'bkpsdm-2026', 'dinkes-2026', 'diskominfo-2026']);
    expect(m.entries.map((e) => `${e.from}>${e.to}:${e.status ?? '-'}`)).toEqual([
      'bkpsdm-2026>diskominfo-2026:-',
      'dinkes-2026>pemda-2026:disetujui',
      'dinkes-2026>bkpsdm-2026:ditolak',
      'diskominfo-2026>dinkes-2026:disetujui',
      'diskominfo-2026>bkpsdm-2026:diusulkan',
    ]);
  });
});

describe('documentDate', () => {
  it('writes an ISO date in words and leaves any other text as written', () => {
    expect(documentDate('2025-01-02')).toBe('2 Januari 2025');
    expect(documentDate('2025-01-02', 'en')).toBe('2 January 2025');
    expect(documentDate('2025-02-30')).toBe('2025-02-30');
    expect(documentDate('2 Januari 2026')).toBe('2 Januari 2026');
  });
});

describe('perjanjianKinerja of a Kepala Daerah', () => {
  it('marks a Bupati, Wali Kota or Gubernur without a superior as signing alone, and no one else', () => {
    const tree = (position: string) =>
      parseCascade({
        pokin: 1,
        title: 'T',
        results: [
          { id: 'A', level: 'goal', statement: 'Meningkatnya A', owner: { position } },
          { id: 'B', level: 'ultimate-outcome', parent: 'A', statement: 'Meningkatnya B', owner: { position: 'Kepala Dinas' } },
        ],
      });
    for (const title of ['Bupati Contoh', 'Wali Kota Contoh', 'Walikota Contoh', 'Gubernur Contoh']) {
      const [head, agency] = perjanjianKinerja(tree(title), 2026);
      expect(head!.headOfRegion).toBe(true);
      expect(agency!.headOfRegion).toBeUndefined();
    }
    expect(perjanjianKinerja(tree('Sekretaris Daerah'), 2026)[0]!.headOfRegion).toBeUndefined();
  });
});
