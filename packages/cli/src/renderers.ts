/**
 * The output formats of `pokin render --to`: renderers are plug-ins through the core `Renderer`
 * contract, so this file knows their names and which CLI flags map to their options, not their
 * internals. The SVG, HTML and CSV renderers are imported only when a command needs them, which
 * keeps `pokin review` fast to start.
 *
 * @module
 */
import type { Cascade, Locale, Renderer } from '@pokin/core';
import { stringify } from 'yaml';

/** A format `render --to` can produce from a renderer (text or bytes). */
export interface OutputTarget {
  /** Name as in `--to NAME`. */
  readonly name: string;
  /** File extension without the dot. */
  readonly extension: string;
  /** Loads the renderer (text or bytes). */
  load(): Promise<Renderer<object, string | Uint8Array>>;
  /** Picks this renderer's options from the CLI's render flags. */
  readonly options: (flags: RenderFlags) => Record<string, unknown>;
}

/** The renderer options the `render` command takes as flags. Undefined means "the renderer's default". */
export interface RenderFlags {
  /** `--locale`: language of rendered labels. */
  readonly locale?: Locale;
  /** `--no-indicators`: leave the indicators (IK) out of the SVG boxes and the HTML worksheet. */
  readonly indicators?: boolean;
  /** `--no-stack-leaves`: lay the outputs of one parent side by side instead of in a column. */
  readonly stackLeaves?: boolean;
  /** `--box-width`: SVG box width in pixels. */
  readonly boxWidth?: number;
  /** `--show-owner`: the owner in each SVG box, results of another agency marked. */
  readonly showOwner?: boolean;
  /** `--csv-shape`: `results` or `worksheet`. */
  readonly csvShape?: string;
  /** `--csv-profile`: `rfc4180`, `excel` or `excel-id`. */
  readonly csvProfile?: string;
  /** `--fragment`: HTML without the document around it. */
  readonly fragment?: boolean;
  /** `--paper`: paper size of the HTML print CSS and of the PDF. */
  readonly paper?: string;
  /** `--orientation`: PDF page orientation. */
  readonly orientation?: string;
  /** `--html-review`: add the review table (the findings of `pokin review`) after the HTML worksheets. */
  readonly htmlReview?: boolean;
  /** `--html-matrix`: add the cascading matrix (matriks cascading) after the HTML worksheets. */
  readonly htmlMatrix?: boolean;
}

const defined = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The options the document renderers (HTML and PDF) share. */
const documentOptions = (f: RenderFlags): Record<string, unknown> => ({
  locale: f.locale,
  paper: f.paper,
  showIndicators: f.indicators,
  sections: f.htmlReview === true ? { review: true } : undefined,
});

/** The canonical document as JSON, its keys in the order of the format (`toDocument`). */
export const jsonRenderer: Renderer = {
  name: 'json',
  mediaType: 'application/json',
  extension: 'json',
  render: (cascade: Cascade) => `${JSON.stringify(cascade.toDocument(), null, 2)}\n`,
};

/** The canonical document as YAML, its keys in the order of the format (`toDocument`). */
export const yamlRenderer: Renderer = {
  name: 'yaml',
  mediaType: 'application/yaml',
  extension: 'yaml',
  render: (cascade: Cascade) => stringify(cascade.toDocument(), { lineWidth: 0, aliasDuplicateObjects: false }),
};

/** The built-in targets, by name. `png` and `all` are handled by the render command on top of these. */
export const BUILTIN_TARGETS: readonly OutputTarget[] = [
  {
    name: 'svg',
    extension: 'svg',
    load: async () => (await import('@pokin/svg')).svgRenderer,
    options: (f) =>
      defined({ locale: f.locale, showIndicators: f.indicators, stackLeaves: f.stackLeaves, boxWidth: f.boxWidth, showOwner: f.showOwner }),
  },
  {
    name: 'html',
    extension: 'html',
    load: async () => (await import('@pokin/html')).htmlRenderer,
    options: (f) =>
      defined({
        ...documentOptions(f),
        fragment: f.fragment,
        sections:
          f.htmlReview === true || f.htmlMatrix === true
            ? { ...(f.htmlReview === true ? { review: true } : {}), ...(f.htmlMatrix === true ? { matrix: true } : {}) }
            : undefined,
      }),
  },
  {
    name: 'csv',
    extension: 'csv',
    load: async () => (await import('@pokin/csv')).csvRenderer,
    options: (f) => defined({ shape: f.csvShape, profile: f.csvProfile, locale: f.locale }),
  },
  {
    name: 'pdf',
    extension: 'pdf',
    load: async () => (await import('@pokin/pdf')).pdfRenderer,
    options: (f) => defined({ ...documentOptions(f), orientation: f.orientation }),
  },
  {
    name: 'xlsx',
    extension: 'xlsx',
    load: async () => (await import('@pokin/xlsx')).xlsxRenderer,
    options: (f) => defined({ locale: f.locale }),
  },
  { name: 'json', extension: 'json', load: () => Promise.resolve(jsonRenderer), options: () => ({}) },
  { name: 'yaml', extension: 'yaml', load: () => Promise.resolve(yamlRenderer), options: () => ({}) },
];

/** The targets with the plug-in renderers added (a plug-in with a built-in's name replaces it). */
export function targets(plugins: readonly Renderer<object, string | Uint8Array>[]): Map<string, OutputTarget> {
  const map = new Map<string, OutputTarget>(BUILTIN_TARGETS.map((t) => [t.name, t]));
  for (const r of plugins) {
    const builtin = map.get(r.name);
    map.set(r.name, {
      name: r.name,
      extension: r.extension,
      load: () => Promise.resolve(r),
      options: builtin?.options ?? ((f) => defined({ locale: f.locale })),
    });
  }
  return map;
}
