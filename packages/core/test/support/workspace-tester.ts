/**
 * The rule tester of the workspace rules: a small workspace (a Pemda tree and two agencies, all
 * linked and agreed) that each case changes into a minimal bad one.
 */
import { describe, expect, it } from 'vitest';
import { loadWorkspace, reviewWorkspace, type WorkspaceInput } from '@pokin/core';

type Doc = Record<string, unknown> & { results: Record<string, unknown>[] };

/** The agencies' two levels, so that each tree can be two results deep. */
const AGENCY_LEVELS = [
  { key: 'goal', label: { id: 'Goal', en: 'Goal' }, tier: 'strategis' },
  { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },
];

const ik = (statement: string, targets: Record<string, number> = { '2026': 80 }) => ({ statement, unit: '%', polarity: 'up', targets });

/** The good workspace: every workspace rule stays silent on it. */
export function goodWorkspace(): Doc[] {
  return [
    {
      pokin: 1,
      id: 'pemda',
      title: 'Pohon Kinerja Pemda',
      levels: [
        { key: 'tujuan', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
        { key: 'sasaran', label: { id: 'Sasaran', en: 'Objective' }, tier: 'strategis' },
      ],
      results: [
        { id: 'T1', level: 'tujuan', statement: 'Meningkatnya Kesejahteraan Masyarakat', indicators: [ik('Indeks Pembangunan Manusia')] },
        { id: 'S1', level: 'sasaran', parent: 'T1', statement: 'Meningkatnya Derajat Kesehatan', indicators: [ik('Usia Harapan Hidup')] },
      ],
    },
    {
      pokin: 1,
      id: 'dinkes',
      title: 'Pohon Kinerja Dinas Kesehatan',
      agency: { name: 'Dinas Kesehatan' },
      levels: AGENCY_LEVELS,
      results: [
        {
          id: 'G1',
          level: 'goal',
          parent: 'pemda#S1',
          statement: 'Meningkatnya Mutu Pelayanan Kesehatan',
          indicators: [ik('Persentase puskesmas terakreditasi')],
        },
        {
          id: 'OP1',
          level: 'output',
          parent: 'G1',
          statement: 'Tersedianya Layanan Kesehatan',
          indicators: [ik('Persentase layanan tersedia')],
        },
      ],
    },
    {
      pokin: 1,
      id: 'kominfo',
      title: 'Pohon Kinerja Diskominfo',
      agency: { name: 'Dinas Komunikasi dan Informatika' },
      levels: AGENCY_LEVELS,
      results: [
        {
          id: 'G1',
          level: 'goal',
          parent: 'pemda#S1',
          statement: 'Meningkatnya Layanan Digital Kesehatan',
          indicators: [ik('Persentase layanan digital')],
        },
        {
          id: 'OP1',
          level: 'output',
          parent: 'G1',
          contributesTo: [{ to: 'dinkes#G1', status: 'disetujui' }],
          statement: 'Tersedianya Aplikasi Kesehatan',
          indicators: [ik('Persentase aplikasi beroperasi')],
        },
      ],
    },
  ];
}

/** One case: a change that makes the good workspace bad (or keeps it good). */
export interface WorkspaceCase {
  readonly name: string;
  readonly change: (docs: Doc[]) => void;
  /** Exact number of findings expected (reject cases). */
  readonly count?: number;
  /** Text the Indonesian message must contain. */
  readonly says?: string;
}

/** Runs the workspace review of the changed workspace and keeps the findings of `rule`. */
export function runWorkspaceRule(rule: string, change: (docs: Doc[]) => void, locale: 'id' | 'en' = 'id') {
  const docs = goodWorkspace();
  change(docs);
  const inputs: WorkspaceInput[] = docs.map((d) => ({ name: `${String(d.id)}.yaml`, document: d }));
  return reviewWorkspace(loadWorkspace(inputs, { pemda: 'pemda' }), { locale }).filter((d) => d.rule === rule);
}

/** Registers the cases of one workspace rule; the good workspace is always an accept case. */
export function testWorkspaceRule(
  rule: string,
  cases: { readonly reject: readonly WorkspaceCase[]; readonly accept?: readonly WorkspaceCase[] },
): void {
  describe(`workspace rule ${rule}`, () => {
    it.each(cases.reject.map((c) => [c.name, c] as const))('reports %s', (_n, c) => {
      const found = runWorkspaceRule(rule, c.change);
      expect(found.length).toBeGreaterThan(0);
      if (c.count !== undefined) expect(found).toHaveLength(c.count);
      if (c.says !== undefined) expect(found.map((d) => d.message).join('\n')).toContain(c.says);
      for (const d of found) expect(d.message).not.toMatch(/\{[A-Za-z0-9_]+\}/);
      const en = runWorkspaceRule(rule, c.change, 'en');
      expect(en).toHaveLength(found.length);
    });
    const accept = [{ name: 'the good workspace', change: () => {} }, ...(cases.accept ?? [])];
    it.each(accept.map((c) => [c.name, c] as const))('stays silent on %s', (_n, c) => {
      expect(runWorkspaceRule(rule, c.change).map((d) => d.message)).toEqual([]);
    });
  });
}
