/**
 * Streaming XML over a zip part with saxes: the part is inflated, decoded and parsed chunk by
 * chunk, so a large sheet never exists as one string. Entities beyond XML's own are refused by
 * saxes (no entity expansion).
 *
 * @module
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { fail, t } from './errors.js';
import type { ZipReader } from './zip.js';

/** Handlers of the events of one part. */
export interface XmlHandlers {
  readonly open?: (tag: SaxesTagPlain) => void;
  readonly close?: (name: string) => void;
  readonly text?: (text: string) => void;
}

/** The local name of a tag (`x:c` -> `c`), as some writers prefix SpreadsheetML's elements. */
export const local = (name: string): string => {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
};

/** Parses a part of the zip with the handlers. */
export function parsePart(zip: ZipReader, name: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const { open, text } = handlers;
  if (open !== undefined) parser.on('opentag', (tag) => open(tag));
  const { close } = handlers;
  if (close !== undefined) parser.on('closetag', (tag) => close(tag.name));
  if (text !== undefined) parser.on('text', (s) => text(s));
  const decoder = new TextDecoder();
  try {
    zip.read(name, (chunk, final) => {
      const text = decoder.decode(chunk, { stream: !final });
      if (text !== '') parser.write(text);
      if (final) parser.close();
    });
  } catch (error) {
    if (error instanceof Error && error.name.startsWith('Xlsx')) throw error;
    fail(
      'corrupt',
      t(`berkas .xlsx rusak: bagian "${name}" bukan XML yang sah`, `the .xlsx file is damaged: the part "${name}" is not well-formed XML`),
    );
  }
}

/** An attribute of a tag as a string, or undefined. */
export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  const v = tag.attributes[name];
  return typeof v === 'string' ? v : undefined;
}
