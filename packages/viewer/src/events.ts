/**
 * The events a viewer sends from its host element: `select` and `toggle`, bubbling and composed
 * (they leave the shadow root), so React, Vue and Svelte code can listen on the element.
 *
 * @module
 */
import type { ResultRecord } from '@pokin/core';

/** Detail of the `select` event. */
export interface SelectDetail {
  /** The selected result's id, or `null` when the selection was cleared. */
  readonly id: string | null;
  /** The selected result. */
  readonly result: ResultRecord | null;
}

/** Detail of the `toggle` event. */
export interface ToggleDetail {
  /** The result whose subtree was expanded or collapsed. */
  readonly id: string;
  /** True when its children now show. */
  readonly expanded: boolean;
}

/** Sends `select` or `toggle` from `host`. */
export function emit(host: HTMLElement, type: 'select' | 'toggle', detail: SelectDetail | ToggleDetail): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
