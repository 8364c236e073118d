/** The `contributes_to` column keeps each crosscutting link's status, and reads it back. */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { parseCsv, renderCsv } from '@pokin/csv';
import { records } from './helpers.js';
import { linkedTree } from '../../../test/support/crosscutting.js';

const tree = () =>
  parseCascade(
    linkedTree(
      [{ to: 'C', status: 'ditolak', reason: 'Bukan tugasnya' }, 'A'],
      [
        {
          id: 'E',
          level: 'intermediate-outcome',
          parent: 'B',
          statement: 'Meningkatnya E',
          contributesTo: [{ to: 'C', status: 'diusulkan' }],
        },
      ],
    ),
  );

describe('contributes_to', () => {
  it('writes the status after the id, and a bare reference bare', () => {
    const rows = records(renderCsv(tree()));
    expect(rows.find((r) => r.result_id === 'D')!.contributes_to).toBe('C (ditolak);A');
    expect(rows.find((r) => r.result_id === 'E')!.contributes_to).toBe('C (diusulkan)');
  });

  it('reads the status back', () => {
    const back = parseCsv(renderCsv(tree()));
    expect(back.result('D')!.contributions.map((c) => [c.to, c.status])).toEqual([
      ['C', 'ditolak'],
      ['A', undefined],
    ]);
    expect(back.result('E')!.contributions[0]!.status).toBe('diusulkan');
  });
});
