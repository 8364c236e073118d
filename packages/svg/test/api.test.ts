// The public API as a visible diff: a change to the exports shows up here.
import { expect, it } from 'vitest';
import * as svg from '@pokin/svg';

it('exports', () => {
  expect(Object.keys(svg).sort()).toMatchInlineSnapshot(`
    [
      "ARIMO_METRICS",
      "DEFAULT_COLORS",
      "DEFAULT_FONT_FAMILY",
      "DEFAULT_GAPS",
      "MAX_LAYOUT_DEPTH",
      "REPLACEMENT_CHARACTER",
      "arimoMeasurer",
      "createCanvasMeasurer",
      "createFontMetricsMeasurer",
      "layoutCascade",
      "normalizeText",
      "renderSvg",
      "resolveSvgOptions",
      "sanitizeXmlText",
      "serializeSvg",
      "svgRenderer",
      "wrapText",
    ]
  `);
});
