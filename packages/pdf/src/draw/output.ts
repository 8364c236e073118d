/**
 * The file's bytes out of PDFKit, faster. PDFKit (0.20, pinned) makes the objects; this module
 * takes over three costly steps of writing them, through PDFKit's internal writer (`_write`) and
 * reference (`ref()`) methods, without changing the file's structure:
 * - text into bytes: PDFKit converts every object and every content string one character at a
 *   time in JavaScript; here `Buffer.from(text, 'latin1')` gives the same bytes natively;
 * - the file: PDFKit pushes each object through a Node stream; here it goes into a list;
 * - compression: PDFKit deflates every stream at zlib's default level (6); here at level
 *   {@link DEFLATE_LEVEL}, which on the pages' operators takes a third of the time for files about
 *   a fifth larger (a 1,000-result document is mostly page operators).
 *
 * @module
 */
import { deflateSync } from 'node:zlib';

/** zlib level of the streams (PDFKit uses 6): see the module comment. */
const DEFLATE_LEVEL = 1;

/** A string of byte-valued characters (PDF syntax, hex glyph codes) as its bytes. */
export function latin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

/** What this module uses of a PDFKit reference (`PDFReference`). */
interface Reference {
  compress: boolean;
  buffer: Uint8Array[];
  readonly data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** What this module uses of a PDFKit document. */
interface Writer {
  _write(data: string | Uint8Array): void;
  _offset: number;
  read(): Uint8Array | null;
  ref(data?: object): Reference;
}

/**
 * Takes over `doc`'s output (call it right after creating the document, before anything but the
 * header is written) and returns the function that, once `doc.end()` has run, gives the file.
 */
export function takeOutput(document: PDFKit.PDFDocument): () => Uint8Array {
  const doc = document as unknown as Writer;
  const chunks: Uint8Array[] = [];
  let head: Uint8Array | null;
  while ((head = doc.read()) !== null) chunks.push(head);
  doc._write = (data) => {
    const bytes = typeof data === 'string' ? latin1(`${data}\n`) : data;
    chunks.push(bytes);
    doc._offset += bytes.length;
  };
  const makeRef = doc.ref.bind(doc);
  doc.ref = (data) => deflatedRef(makeRef(data));
  return () => {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
}

/** `ref` writing its strings natively and deflating its stream (if PDFKit would) at our level. */
function deflatedRef(ref: Reference): Reference {
  const write = ref.write.bind(ref);
  ref.write = (chunk) => write(typeof chunk === 'string' ? latin1(`${chunk}\n`) : chunk);
  if (ref.compress) {
    ref.compress = false;
    const finalize = ref.finalize.bind(ref);
    ref.finalize = () => {
      if (ref.buffer.length > 0) {
        ref.buffer = [deflateSync(Buffer.concat(ref.buffer), { level: DEFLATE_LEVEL })];
        ref.data.Filter = 'FlateDecode';
      }
      finalize();
    };
  }
  return ref;
}
