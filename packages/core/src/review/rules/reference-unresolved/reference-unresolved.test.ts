import { expect, it } from 'vitest';
import { loadWorkspace, reviewWorkspace } from '@pokin/core';
import { goodWorkspace, runWorkspaceRule, testWorkspaceRule } from '../../../../test/support/workspace-tester';

testWorkspaceRule('reference-unresolved', {
  reject: [
    {
      name: 'a parent in a document that is not there',
      change: (d) => void (d[1]!.results[0]!.parent = 'bappeda#S1'),
      says: 'bappeda',
      count: 1,
    },
    { name: 'a parent id the document does not have', change: (d) => void (d[1]!.results[0]!.parent = 'pemda#S9'), says: 'S9', count: 1 },
    {
      name: 'a crosscutting target that is not there',
      change: (d) => void (d[2]!.results[1]!.contributesTo = [{ to: 'dinkes#IM9', status: 'disetujui' }]),
      count: 1,
    },
    {
      name: 'a parent cycle across documents',
      change: (d) => {
        d[0]!.results[0]!.parent = 'dinkes#OP1';
      },
      says: 'lingkaran',
    },
  ],
  accept: [
    {
      name: 'a reference to the document itself, written qualified',
      change: (d) => void (d[1]!.results[1]!.parent = 'dinkes#G1'),
    },
  ],
});

it('points at the field of the document that holds the reference', () => {
  const [f] = runWorkspaceRule('reference-unresolved', (d) => void (d[2]!.results[1]!.contributesTo = ['dinkes#OP9']));
  expect(f).toMatchObject({ document: 'kominfo', resultId: 'OP1', path: 'results[1].contributesTo[0]' });
});

it('says that the document is present but not listed, when it is', () => {
  const docs = goodWorkspace();
  docs[1]!.results[1]!.contributesTo = ['kominfo#OP1'];
  const inputs = docs.slice(0, 2).map((d) => ({ name: `${String(d.id)}.yaml`, document: d }));
  const ws = loadWorkspace(inputs, { pemda: 'pemda', unlisted: new Map([['kominfo', 'trees/kominfo.yaml']]) });
  expect(ws.unlisted('kominfo')).toBe('trees/kominfo.yaml');
  const [id] = reviewWorkspace(ws, { locale: 'id' }).filter((d) => d.rule === 'reference-unresolved');
  expect(id!.message).toContain('berkasnya (trees/kominfo.yaml) ada di folder tetapi tidak tercantum');
  const [en] = reviewWorkspace(ws, { locale: 'en' }).filter((d) => d.rule === 'reference-unresolved');
  expect(en!.message).toContain('not listed');
});
