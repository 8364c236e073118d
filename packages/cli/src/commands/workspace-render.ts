/**
 * `pokin render FOLDER --workspace`: the outputs of a workspace: the Pemda tree with the agencies'
 * trees drawn under their parents (SVG), the combined cascading matrix (HTML, CSV; the CSV in
 * another shape with `--csv-shape`) and the *Lampiran Crosscutting* (`--view crosscutting`).
 *
 * @module
 */
import { agencyNotes, crosscuttingMatrix, resultAgencies, type Locale } from '@pokin/core';
import type { CsvProfile, CsvShape } from '@pokin/csv';
import { EXIT_INPUT, EXIT_OK, type CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { safety, workspace as words } from '../messages/index.js';
import { findUnwritable } from '../output/unwritable.js';
import { loadWorkspaceArgs } from './workspace-input.js';
import { writeOutput } from './workspace-output.js';

/** Flags of `render --workspace`. */
export interface WorkspaceRenderFlags {
  readonly to?: string;
  readonly view?: string;
  readonly output?: string;
  readonly locale: Locale;
  readonly paper?: string;
  /** `--no-indicators` (false), undefined when not given. */
  readonly indicators?: boolean;
  /** `--no-stack-leaves` (false), undefined when not given. */
  readonly stackLeaves?: boolean;
  readonly boxWidth?: number;
  readonly showOwner?: boolean;
  readonly fragment?: boolean;
  readonly htmlReview?: boolean;
  /** `--csv-shape`: the CSV's shape; the combined cascading matrix when not given. */
  readonly csvShape?: string;
  /** `--csv-profile`: `rfc4180` (when not given), `excel` or `excel-id`. */
  readonly csvProfile?: string;
}

/** The options of `render` a workspace output takes: the SVG tree's, the HTML matrix's, the CSV's; the rest is refused. */
function refuseOptions(flags: WorkspaceRenderFlags, to: string, view: string): void {
  const given: [string, boolean][] = [
    ['--no-indicators', flags.indicators === false],
    ['--no-stack-leaves', flags.stackLeaves === false],
    ['--box-width', flags.boxWidth !== undefined],
    ['--show-owner', flags.showOwner === true],
  ];
  if (to !== 'svg') for (const [name, on] of given) if (on) throw new CliUsageError(words.optionNotHere(name, 'svg'));
  const csv: [string, boolean][] = [
    ['--csv-shape', flags.csvShape !== undefined],
    ['--csv-profile', flags.csvProfile !== undefined],
  ];
  if (to !== 'csv') for (const [name, on] of csv) if (on) throw new CliUsageError(words.optionNotHere(name, 'csv'));
  if (flags.fragment === true && (to !== 'html' || view !== 'matrix'))
    throw new CliUsageError(words.optionNotHere('--fragment', 'html --view matrix'));
  if (flags.htmlReview === true) throw new CliUsageError(words.reviewNotHere());
}

/** Runs `render --workspace`. */
export async function workspaceRenderCommand(ctx: CommandContext, args: readonly string[], flags: WorkspaceRenderFlags): Promise<number> {
  const to = flags.to ?? (flags.output?.match(/\.(svg|html|csv)$/i)?.[1]?.toLowerCase() || 'svg');
  const view = flags.view ?? (to === 'svg' ? 'tree' : 'matrix');
  if (!['svg', 'html', 'csv'].includes(to) || (view === 'crosscutting' && to !== 'html') || (view === 'tree' && to !== 'svg'))
    throw new CliUsageError(words.renderTo(`${to}${flags.view === undefined ? '' : ` --view ${view}`}`));
  refuseOptions(flags, to, view);
  const loaded = await loadWorkspaceArgs(ctx, args);
  if (loaded === undefined) return EXIT_INPUT;
  const ws = loaded.workspace;
  const paper = flags.paper === 'A3' ? 'A3' : 'A4';
  let data: string;
  if (to === 'svg') {
    const { renderSvg } = await import('@pokin/svg');
    // Each agency's box names its agency; with --show-owner the owner line comes first, and an
    // owner is another agency's only against the agency of the result's own document.
    data = renderSvg(ws.cascade, {
      locale: flags.locale,
      ...(flags.indicators === false ? { showIndicators: false } : {}),
      ...(flags.stackLeaves === false ? { stackLeaves: false } : {}),
      ...(flags.boxWidth === undefined ? {} : { boxWidth: flags.boxWidth }),
      boxNote: agencyNotes(ws, flags.locale),
      ...(flags.showOwner === true ? { showOwner: true, resultAgency: resultAgencies(ws) } : {}),
    });
  } else if (to === 'csv') {
    // A CSV pokin writes is one pokin reads back, as `render --to csv` of one file: text it could
    // not hold is refused before anything is written, naming the document and the field.
    for (const input of loaded.inputs.values()) {
      const bad = findUnwritable(input.cascade);
      if (bad !== undefined) throw new InputError(input.file, safety.csvUnwritable(bad.codePoint), { field: bad.field }, 'write-error');
    }
    // The combined cascading matrix, as --view matrix says and the HTML shows, in the locale's
    // words; `--csv-shape results` gives the tidy table of the combined tree that scripts read.
    const { renderCsv } = await import('@pokin/csv');
    const shape = (flags.csvShape ?? 'matrix') as CsvShape;
    data = renderCsv(ws.cascade, { shape, profile: (flags.csvProfile ?? 'rfc4180') as CsvProfile, locale: flags.locale });
  } else if (view === 'crosscutting') {
    const { renderCrosscuttingHtml } = await import('@pokin/html');
    data = renderCrosscuttingHtml(crosscuttingMatrix(ws), { locale: flags.locale, paper });
  } else {
    const { renderHtml } = await import('@pokin/html');
    const signatory = ws.pemda?.cascade.signatory;
    data = renderHtml(ws.cascade, {
      locale: flags.locale,
      paper,
      ...(flags.fragment === true ? { fragment: true } : {}),
      sections: { context: false, csf: false, worksheet: false, matrix: true },
      ...(signatory === undefined ? {} : { signatory }),
    });
  }
  await writeOutput(ctx, flags.output, data, to, loaded.files);
  return EXIT_OK;
}
