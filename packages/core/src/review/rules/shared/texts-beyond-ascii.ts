/**
 * The walk of the character rules (`mixed-script`, `suspicious-character`): every text of the
 * document, its results and its indicators that holds a character outside printable ASCII.
 *
 * @module
 */
import type { IndicatorNode, ResultNode, RuleVisitors } from '../../api.js';
import { hasNonAscii } from '../../text.utils.js';
import { documentTexts, indicatorTextsBeyondAscii, resultTextsBeyondAscii, type PlacedText } from './index.js';

/** The node a text belongs to, for the report: its result or its indicator (neither for the document's texts). */
export interface TextOwner {
  readonly result?: ResultNode;
  readonly indicator?: IndicatorNode;
}

/** Visitors that call `check` once for each text beyond ASCII, with the node it belongs to. */
export function textsBeyondAscii(check: (text: PlacedText, owner: TextOwner) => void): RuleVisitors {
  const each = (texts: readonly PlacedText[], owner: TextOwner): void => {
    for (const t of texts) if (hasNonAscii(t.text)) check(t, owner);
  };
  return {
    document: (doc) => each(documentTexts(doc.cascade), {}),
    result(r) {
      const texts = resultTextsBeyondAscii(r);
      if (texts.length > 0) each(texts, { result: r });
    },
    indicator(ind) {
      const texts = indicatorTextsBeyondAscii(ind);
      if (texts.length > 0) each(texts, { indicator: ind });
    },
  };
}
