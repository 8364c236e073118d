/**
 * Text from an input file is printed to a terminal only after its control characters are made
 * visible. A statement holding ESC, CR or BEL could otherwise move the cursor, rewrite earlier
 * lines, change the terminal title or hide text; bidirectional overrides could reorder what a
 * reviewer reads. Each such character is shown as an escape, `\x1B` or `\u202E`.
 *
 * @module
 */

// DEL and C1 controls, and the invisible direction marks, embeddings, overrides and isolates.
const C1_AND_BIDI = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
// Those and the C0 controls (tab kept).
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000a-\\u001f${C1_AND_BIDI}]`, 'g');
// What JSON.stringify leaves raw: it escapes the C0 controls itself.
const JSON_UNSAFE = new RegExp(`[${C1_AND_BIDI}]`, 'g');

function escapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every terminal control character and direction override shown as an escape such as `\x1B`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOf);
}

/** JSON text with DEL, C1 controls and direction overrides written as `\u` escapes: the same JSON, safe to print. */
export function terminalSafeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
