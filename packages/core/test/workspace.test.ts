import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { WorkspaceError, agencyNotes, loadWorkspace, parseCascade, resultAgencies, reviewWorkspace, review } from '@pokin/core';
import { exampleWorkspace } from '../../../test/support/workspace.js';
import { goodWorkspace } from './support/workspace-tester';

const dir = new URL('../../../examples/workspace/', import.meta.url);
const NAMES = ['pemda-2026.yaml', 'bkpsdm-2026.yaml', 'dinkes-2026.yaml', 'diskominfo-2026.yaml'];
const example = () => loadWorkspace(NAMES.map((name) => ({ name, document: parse(readFileSync(new URL(name, dir), 'utf8')) as unknown })));

describe('loadWorkspace', () => {
  it('finds the Pemda document and puts it first', () => {
    const ws = example();
    expect(ws.pemda?.id).toBe('pemda-2026');
    expect(ws.documents.map((d) => d.id)).toEqual(['pemda-2026', 'bkpsdm-2026', 'dinkes-2026', 'diskominfo-2026']);
    expect(ws.title).toBe('Pohon Kinerja Pemerintah Kabupaten Contoh');
  });

  it('walks from an agency output up to the Pemda tujuan', () => {
    const ws = example();
    expect(ws.cascade.pathToRoot('bkpsdm-2026#OP01').map((r) => r.id)).toEqual([
      'bkpsdm-2026#OP01',
      'bkpsdm-2026#IM1',
      'bkpsdm-2026#IO1',
      'bkpsdm-2026#UO1',
      'bkpsdm-2026#G1',
      'pemda-2026#S1',
      'pemda-2026#T1',
    ]);
    expect(ws.cascade.ancestors('dinkes-2026#IM1').map((r) => r.id)).toContain('pemda-2026#T2');
    // Crosscutting from Diskominfo reaches the Pemda's health tujuan through Dinkes.
    expect(ws.cascade.ancestors('diskominfo-2026#OP1').map((r) => r.id)).toContain('pemda-2026#T2');
    // The 31 BKPSDM results, and the two results of other agencies that support its IM2.
    expect(ws.cascade.descendants('pemda-2026#S1').length).toBe(33);
  });

  it('keeps every crosscutting status as data', () => {
    const statuses = example()
      .links.filter((l) => l.kind === 'contributesTo')
      .map((l) => l.status ?? 'none')
      .sort();
    expect(statuses).toEqual(['disetujui', 'disetujui', 'ditolak', 'diusulkan', 'none']);
  });

  it('resolves a qualified reference to the record of its document', () => {
    const ws = example();
    expect(ws.resolve('pemda-2026#S2')?.record.statement).toMatch(/Berbasis Elektronik/);
    expect(ws.resolve('IM1', 'dinkes-2026')?.document.id).toBe('dinkes-2026');
    expect(ws.resolve('nowhere#X')).toBeUndefined();
  });

  it('reads one file alone as a workspace of one', () => {
    const doc = parse(readFileSync(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url), 'utf8')) as unknown;
    const ws = loadWorkspace([{ name: 'trees/pokin.yaml', document: doc }]);
    expect(ws.documents[0]!.id).toBe('pokin');
    expect(ws.pemda).toBeUndefined();
    expect(ws.cascade.size).toBe(31);
    const alone = review(parseCascade(doc)).map((d) => `${d.rule} ${d.resultId ?? ''} ${d.path ?? ''}`);
    expect(reviewWorkspace(ws).map((d) => `${d.rule} ${d.resultId ?? ''} ${d.path ?? ''}`)).toEqual(alone);
  });

  it('names the file of every problem, in every document at once', () => {
    const docs = goodWorkspace();
    docs[1]!.results[0]!.level = 'nope';
    docs.push(goodWorkspace()[0]!);
    let err: unknown;
    try {
      loadWorkspace(
        docs.map((d, i) => ({ name: `d${i}.yaml`, document: d })),
        { locale: 'id' },
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WorkspaceError);
    const problems = (err as WorkspaceError).problems.map((p) => `${p.name} ${p.issue.code}`);
    expect(problems).toEqual(['d1.yaml unknown-level', 'd3.yaml duplicate-id']);
    expect((err as Error).message).toContain('d3.yaml: id: id dokumen "pemda" sudah dipakai oleh d0.yaml');
  });

  it('refuses a pemda option that names no document', () => {
    expect(() => loadWorkspace([{ name: 'a.yaml', document: goodWorkspace()[0] }], { pemda: 'bappeda' })).toThrow(WorkspaceError);
  });

  it('cuts a parent cycle across documents instead of looping', () => {
    const docs = goodWorkspace();
    docs[0]!.results[0]!.parent = 'dinkes#OP1';
    const ws = loadWorkspace(
      docs.map((d) => ({ name: `${String(d.id)}.yaml`, document: d })),
      { pemda: 'pemda' },
    );
    expect(ws.links.filter((l) => l.cycle === true)).toHaveLength(1);
    for (const r of ws.cascade.results()) expect(ws.cascade.pathToRoot(r.id).length).toBeLessThan(10);
  });
});

describe('reviewWorkspace on the example', () => {
  it('finds the crosscutting in every status and no broken reference', () => {
    const found = reviewWorkspace(example());
    const ws = found.filter((d) =>
      ['reference-unresolved', 'reference-level-order', 'agency-unlinked', 'pemda-sasaran-unsupported'].includes(d.rule),
    );
    expect(ws).toEqual([]);
    expect(found.filter((d) => d.rule.startsWith('crosscutting-')).map((d) => `${d.document} ${d.resultId} ${d.rule}`)).toEqual([
      'bkpsdm-2026 OP05 crosscutting-one-sided',
      'dinkes-2026 OP2 crosscutting-rejected',
      'diskominfo-2026 OP2 crosscutting-one-sided',
    ]);
    expect(found.some((d) => d.document === 'pemda-2026' && d.rule === 'leaf-not-output')).toBe(false);
    // A workspace rule links to its section of the rule docs, as a built-in rule does.
    expect(found.find((d) => d.rule === 'crosscutting-rejected')?.url).toBe(
      'https://github.com/pokin-dev/pokin/blob/main/docs/aturan.md#crosscutting-rejected',
    );
  });
});

describe('a parent across documents that resolves to nothing', () => {
  it('stays written on the combined record, the result a root not attached', () => {
    const docs = goodWorkspace();
    docs[1]!.results[0]!.parent = 'pemda#S6';
    const ws = loadWorkspace(
      docs.map((d) => ({ name: `${String(d.id)}.yaml`, document: d })),
      { pemda: 'pemda' },
    );
    const r = ws.cascade.result('dinkes#G1')!;
    expect(r.parent).toBeNull();
    expect(r.externalParent).toBe('pemda#S6');
    // A resolved one is a parent, not a written reference.
    expect(ws.cascade.result('kominfo#G1')!.externalParent).toBeUndefined();
  });
});

describe('documents of different periods', () => {
  it('give the combined tree the span of every period, so that no target year is left out', () => {
    const docs = goodWorkspace();
    docs[0]!.period = { start: 2025, end: 2029 };
    docs[1]!.period = { start: 2024, end: 2028 };
    const ws = loadWorkspace(
      docs.map((d) => ({ name: `${String(d.id)}.yaml`, document: d })),
      { pemda: 'pemda' },
    );
    expect(ws.cascade.period).toEqual({ start: 2024, end: 2029 });
    expect(ws.pemda!.cascade.period).toEqual({ start: 2025, end: 2029 });
  });
});

describe('agencyNotes', () => {
  it("names the agency under each of its results, and nothing under the Pemda's", () => {
    const ws = exampleWorkspace();
    const note = agencyNotes(ws, 'id');
    expect(note(ws.cascade.result('dinkes-2026#OP2')!)).toEqual({ text: 'Perangkat daerah: Dinas Kesehatan' });
    expect(note(ws.cascade.result('pemda-2026#S1')!)).toBeUndefined();
    expect(agencyNotes(ws, 'en')(ws.cascade.result('dinkes-2026#OP2')!)).toEqual({ text: 'Agency: Dinas Kesehatan' });
  });
});

describe('resultAgencies', () => {
  it("gives each result of the combined tree its own document's agency, the Pemda's to the Pemda's", () => {
    const ws = exampleWorkspace();
    const agency = resultAgencies(ws);
    expect(agency(ws.cascade.result('dinkes-2026#OP2')!)).toEqual({ name: 'Dinas Kesehatan' });
    expect(agency(ws.cascade.result('pemda-2026#S1')!)).toEqual({ name: 'Pemerintah Kabupaten Contoh' });
    expect(agency({ ...ws.cascade.result('pemda-2026#S1')!, id: 'S1' })).toBeUndefined();
  });
});
