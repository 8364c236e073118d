import { describe, expect, it } from 'vitest';
import { DIFF_LABELS, PERMENPAN_89, RENSTRA, UsageError, diffCascades, parseCascade, type CascadeDiff } from '@pokin/core';
import { renderDiffHtml } from '@pokin/html';

const tree = (statement: string, target: number) =>
  parseCascade({
    pokin: 1,
    title: 'Uji <b>',
    id: 'uji',
    results: [
      { id: 'G', level: 'goal', statement, indicators: [{ id: 'G.1', statement: 'Indeks', targets: { '2026': target } }] },
      { id: 'U', level: 'ultimate-outcome', statement: 'Meningkatnya mutu', parent: 'G' },
    ],
  });

describe('renderDiffHtml', () => {
  const d = diffCascades(tree('Meningkatnya <kinerja> & mutu', 1), tree('Meningkatnya kinerja', 2));
  it('lists every change as a row, with level labels from the scheme', () => {
    const html = renderDiffHtml(d, { levels: PERMENPAN_89 });
    expect(html.match(/<tr class="kind-/g)).toHaveLength(2);
    expect(html).toContain(DIFF_LABELS.kind.reworded.id);
    expect(html).toContain('Goal / Ultimate Outcome');
    expect(html).toContain('&lt;kinerja&gt; &amp; mutu');
    expect(html).toContain('Uji &lt;b&gt;');
    expect(html).not.toMatch(/<kinerja>|<b>/);
  });
  it('names a changed level by its labels, the old one in the old scheme; never by its key', () => {
    const doc = (levels: string, results: unknown[]) => parseCascade({ pokin: 1, title: 'Uji', levels, results });
    const old = doc('renstra', [
      { id: 'T', level: 'tujuan', statement: 'Meningkatnya kinerja' },
      { id: 'S', level: 'sasaran', statement: 'Meningkatnya mutu', parent: 'T' },
    ]);
    const next = doc('permenpan-89', [{ id: 'T', level: 'goal', statement: 'Meningkatnya kinerja' }]);
    const html = renderDiffHtml(diffCascades(old, next), { locale: 'en', levels: PERMENPAN_89, oldLevels: RENSTRA });
    expect(html).toContain('<td class="before">Goal</td><td class="after">Goal / Ultimate Outcome</td>');
    expect(html).toContain('<td class="tier-urusan">Objective</td>');
    expect(html).not.toMatch(/>(tujuan|sasaran|goal)</);
  });
  it('speaks English with locale en, and writes a fragment', () => {
    const html = renderDiffHtml(d, { locale: 'en', fragment: true });
    expect(html).toMatch(/^<div class="pokin" lang="en">/);
    expect(html).toContain(DIFF_LABELS.kind['target-changed'].en);
    expect(html).not.toContain('<html');
  });
  it('names the two versions as asked, escaped, and refuses names that are not two strings', () => {
    const html = renderDiffHtml(d, { names: ['lama/<a>.yaml', 'baru.yaml'] });
    expect(html).toContain('lama/&lt;a&gt;.yaml \u2192 baru.yaml');
    expect(renderDiffHtml(d)).toContain('Uji &lt;b&gt; (uji) \u2192 Uji &lt;b&gt; (uji)');
    expect(() => renderDiffHtml(d, { names: ['a'] as unknown as [string, string] })).toThrow(UsageError);
  });
  it('shows a crosscutting link’s target in the year / field column and its statuses in words', () => {
    const linked = (contributesTo: unknown[]) =>
      parseCascade({
        pokin: 1,
        title: 'Uji',
        results: [
          { id: 'G', level: 'goal', statement: 'Meningkatnya kinerja' },
          { id: 'U', level: 'ultimate-outcome', statement: 'Meningkatnya mutu', parent: 'G' },
          { id: 'V', level: 'ultimate-outcome', statement: 'Meningkatnya layanan', parent: 'G' },
          { id: 'I', level: 'intermediate-outcome', statement: 'Meningkatnya <akses>', parent: 'U', contributesTo },
        ],
      });
    const links = diffCascades(
      linked([{ to: 'V', status: 'diusulkan' }, 'pemda#S1']),
      linked(['V', { to: 'pemda#S2', status: 'disetujui' }]),
    );
    const html = renderDiffHtml(links, { locale: 'id' });
    expect(html.match(/<tr class="kind-link-/g)).toHaveLength(3);
    // A link added shows its status after, none before; one removed without a status, neither.
    expect(html).toContain('<td>pemda#S2</td><td class="before"></td><td class="after">disetujui</td>');
    expect(html).toContain('<td>pemda#S1</td><td class="before"></td><td class="after"></td>');
    expect(html).toContain('<td>V</td><td class="before">diusulkan</td><td class="after">tanpa status</td>');
    expect(html).toContain('Meningkatnya &lt;akses&gt;');
    for (const k of ['link-added', 'link-removed', 'link-changed'] as const) expect(html).toContain(DIFF_LABELS.kind[k].id);
    expect(renderDiffHtml(links, { locale: 'en' })).toContain('<td class="before">proposed</td><td class="after">no status</td>');
  });
  it('says when there is nothing to show, and rejects what is not a diff', () => {
    expect(renderDiffHtml(diffCascades(tree('a', 1), tree('a', 1)))).toContain('Tidak ada perubahan.');
    expect(() => renderDiffHtml({} as CascadeDiff)).toThrow(UsageError);
  });
});
