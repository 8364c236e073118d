/**
 * The zip container, read with limits: the central directory is read first (entry count,
 * encryption, declared sizes), then each part is inflated in slices with the bytes counted as they
 * come out, so a zip bomb stops at the limit whatever its headers claim.
 *
 * @module
 */
import { Inflate } from 'fflate';
import { fail, t } from './errors.js';

/** Limits of reading a workbook. */
export interface ZipLimits {
  /** Most bytes all parts may take once unzipped. */
  readonly maxUnzippedBytes: number;
  /** Most entries in the zip. */
  readonly maxEntries: number;
}

/** One entry of the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly offset: number;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MB = 1024 * 1024;

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000;

/** An opened zip: its entries, and a counted inflater shared by all of them. */
export class ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  readonly #bytes: Uint8Array;
  readonly #limits: ZipLimits;
  #unzipped = 0;

  constructor(bytes: Uint8Array, limits: ZipLimits) {
    this.#bytes = bytes;
    this.#limits = limits;
    if (CFB.every((v, i) => bytes[i] === v)) {
      fail(
        'encrypted',
        t(
          'berkas ini terenkripsi (dilindungi kata sandi) atau berformat .xls lama: buka di Excel, hapus kata sandinya (File > Info > Protect Workbook) dan simpan sebagai .xlsx',
          'the file is encrypted (password-protected) or a legacy .xls: open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx',
        ),
      );
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      fail(
        'not-zip',
        t(
          'bukan berkas .xlsx (isinya bukan arsip zip): simpan dari Excel atau LibreOffice sebagai "Buku Kerja Excel (*.xlsx)" (File > Simpan Sebagai)',
          'not an .xlsx file (it is not a zip archive): save it from Excel or LibreOffice as "Excel Workbook (.xlsx)"',
        ),
      );
    }
    this.entries = this.#directory();
  }

  #corrupt(what: string, whatEn: string): never {
    fail('corrupt', t(`berkas .xlsx rusak: ${what}`, `the .xlsx file is damaged: ${whatEn}`));
  }

  #directory(): Map<string, ZipEntry> {
    const b = this.#bytes;
    // The end of central directory record: within the last 64 KiB + 22 bytes.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 65_558); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
        eocd = i;
        break;
      }
    }
    if (eocd === -1)
      this.#corrupt('akhir arsip zip tidak ditemukan (berkas terpotong?)', 'the end of the zip archive is missing (a truncated file?)');
    const count = u16(b, eocd + 10);
    if (count > this.#limits.maxEntries) {
      fail(
        'limit',
        t(
          `ditolak: arsip berisi ${count} bagian, melebihi batas ${this.#limits.maxEntries}`,
          `refused: the archive holds ${count} entries, over the limit of ${this.#limits.maxEntries}`,
        ),
      );
    }
    let p = u32(b, eocd + 16);
    const out = new Map<string, ZipEntry>();
    const names = new TextDecoder();
    for (let k = 0; k < count; k++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50)
        this.#corrupt('daftar isi arsip zip tidak terbaca', 'the zip central directory cannot be read');
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const compressedSize = u32(b, p + 20);
      const nameLength = u16(b, p + 28);
      const extra = u16(b, p + 30);
      const comment = u16(b, p + 32);
      const offset = u32(b, p + 42);
      const name = names.decode(b.subarray(p + 46, p + 46 + nameLength));
      if ((flags & 1) !== 0) {
        fail(
          'encrypted',
          t(
            'berkas ini terenkripsi: hapus kata sandinya di Excel lalu simpan ulang sebagai .xlsx',
            'the file is encrypted: remove its password in Excel and save it again as .xlsx',
          ),
        );
      }
      out.set(name, { name, method, compressedSize, offset });
      p += 46 + nameLength + extra + comment;
    }
    return out;
  }

  /** True when the zip holds a part of this name. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Inflates a part, handing its bytes to `onChunk` as they come out (at most about 16 MB at a
   * time), and stops with a `limit` error once all parts together pass the limit.
   */
  read(name: string, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
    const e = this.entries.get(name);
    if (e === undefined) this.#corrupt(`bagian "${name}" tidak ada`, `the part "${name}" is missing`);
    const b = this.#bytes;
    const h = e.offset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50) this.#corrupt(`bagian "${name}" tidak terbaca`, `the part "${name}" cannot be read`);
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    const data = b.subarray(start, Math.min(b.length, start + e.compressedSize));
    const count = (n: number) => {
      this.#unzipped += n;
      if (this.#unzipped > this.#limits.maxUnzippedBytes) {
        fail(
          'limit',
          t(
            `ditolak: isi berkas setelah dibuka melebihi batas ${Math.round(this.#limits.maxUnzippedBytes / MB)} MB (bom zip, atau lembar yang sangat besar)`,
            `refused: the file unzips to more than the limit of ${Math.round(this.#limits.maxUnzippedBytes / MB)} MB (a zip bomb, or a very large sheet)`,
          ),
        );
      }
    };
    if (e.method === 0) {
      count(data.length);
      onChunk(data, true);
      return;
    }
    if (e.method !== 8)
      this.#corrupt(
        `bagian "${name}" memakai kompresi yang tidak dikenal (${e.method})`,
        `the part "${name}" uses an unknown compression (${e.method})`,
      );
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      count(chunk.length);
      if (final) ended = true;
      onChunk(chunk, final);
    });
    const SLICE = 16 * 1024;
    try {
      for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    } catch (error) {
      if (error instanceof Error && error.name.startsWith('Xlsx')) throw error;
      this.#corrupt(`bagian "${name}" tidak bisa dibuka`, `the part "${name}" cannot be inflated`);
    }
    if (!ended) onChunk(new Uint8Array(0), true);
  }

  /** A whole part as text (for the small parts: workbook, relationships, styles). */
  text(name: string): string {
    const decoder = new TextDecoder();
    let out = '';
    this.read(name, (chunk, final) => {
      out += decoder.decode(chunk, { stream: !final });
    });
    return out;
  }
}
