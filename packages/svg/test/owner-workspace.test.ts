// showOwner on a workspace's combined tree: an owner is another agency's against the agency of
// the document its result comes from (resultAgency), not the Pemda's; the agency note stays.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agencyNotes, loadWorkspace, resultAgencies, type Workspace } from '@pokin/core';
import { renderSvg } from '@pokin/svg';
import { EXAMPLE_WORKSPACE, exampleWorkspace } from '../../../test/support/workspace.js';

const DOCS = ['pemda-2026.yaml', 'bkpsdm-2026.yaml', 'dinkes-2026.yaml', 'diskominfo-2026.yaml'];

/** The example workspace with Dinkes's OP2 owned by Diskominfo. */
function withForeignOwner(): Workspace {
  const inputs = DOCS.map((name) => {
    const document = parse(readFileSync(new URL(name, EXAMPLE_WORKSPACE), 'utf8')) as { id: string; results: Record<string, unknown>[] };
    if (document.id === 'dinkes-2026')
      for (const r of document.results)
        if (r.id === 'OP2') r.owner = { ...(r.owner as object), agency: 'Dinas Komunikasi dan Informatika' };
    return { name, document };
  });
  return loadWorkspace(inputs);
}

/** The text of the note lines of one result's box. */
function note(svg: string, id: string): string {
  const group = new RegExp(`<g class="result[^"]*" id="pokin-box-${id}"[\\s\\S]*?</g>`).exec(svg)?.[0] ?? '';
  const text = /<text class="note"[\s\S]*?<\/text>/.exec(group)?.[0] ?? '';
  return [...text.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
}

const marked = (svg: string): string[] => [...svg.matchAll(/<rect data-id="([^"]+)"[^>]*stroke-dasharray/g)].map((m) => m[1]!);

/** The combined tree as `pokin render --workspace --to svg --show-owner` draws it. */
const render = (ws: Workspace, locale: 'id' | 'en' = 'id'): string =>
  renderSvg(ws.cascade, { locale, showOwner: true, resultAgency: resultAgencies(ws), boxNote: agencyNotes(ws, locale) });

describe('showOwner on a combined tree', () => {
  it("marks no agency's own results as another agency's", () => {
    const svg = render(exampleWorkspace());
    expect(marked(svg)).toEqual([]);
    expect(svg).not.toContain('Instansi lain');
    expect(svg).not.toContain('other-agency-legend');
  });

  it('prints the owner line and the agency note in the same box', () => {
    const ws = exampleWorkspace();
    expect(note(render(ws), 'dinkes-2026#OP2')).toBe(
      'Penanggung jawab: Pengelola Sistem Informasi Kesehatan, Seksi Pelayanan Kesehatan Primer; Perangkat daerah: Dinas Kesehatan',
    );
    expect(note(render(ws, 'en'), 'dinkes-2026#OP2')).toMatch(/^Owner: Pengelola Sistem .*; Agency: Dinas Kesehatan$/);
    // The Pemda's results carry no agency note.
    expect(note(render(ws), 'pemda-2026#T1')).toMatch(/^Penanggung jawab: [^;]*$/);
  });

  it("marks exactly a result whose owner names another agency than its document's", () => {
    const svg = render(withForeignOwner());
    expect(marked(svg)).toEqual(['dinkes-2026#OP2']);
    expect(note(svg, 'dinkes-2026#OP2')).toMatch(
      /^Instansi lain: Dinas Komunikasi dan Informatika \(.*\); Perangkat daerah: Dinas Kesehatan$/,
    );
    expect(svg).toContain('other-agency-legend');
  });
});
