/**
 * A small, strict reader for the uncompressed tar stream inside a packaged chart: ustar headers,
 * PAX extended headers (`path`, `size`) and GNU long names, as `helm package` (Go archive/tar) and
 * other packagers write them. It yields regular files and directories only; any other entry
 * (links, devices, FIFOs, sparse files) is refused by name, because a chart is files, and a link
 * is how an archive writes outside the directory it is unpacked into. Limits are checked from the
 * headers before any data is taken, so a hostile header cannot make the reader allocate.
 */

const BLOCK = 512;

export type TarEntry =
  | { readonly type: 'file'; readonly name: string; readonly data: Buffer }
  | { readonly type: 'directory'; readonly name: string };

export interface TarLimits {
  /** Headers of any kind, PAX and long-name headers included. */
  readonly maxEntries: number;
  readonly maxFileBytes: number;
  /** The sum of all regular files' sizes. */
  readonly maxTotalBytes: number;
}

/** A malformed, hostile or oversized archive; the caller names the archive and its owner. */
export class TarError extends Error {
  override readonly name = 'TarError';
}

/** Go archive/tar's type flags, for messages about entries that are refused. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  '1': 'a hard link',
  '2': 'a symbolic link',
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a FIFO',
  '7': 'a contiguous file',
  S: 'a GNU sparse file',
  V: 'a GNU volume header',
  M: 'a GNU multi-volume continuation',
};

export function readTar(tar: Buffer, limits: TarLimits): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let headers = 0;
  let total = 0;
  let pax: { path?: string; size?: number } = {};
  let longName: string | undefined;
  while (offset < tar.length) {
    if (offset + BLOCK > tar.length) throw new TarError(`the archive is truncated at byte ${offset}`);
    const header = tar.subarray(offset, offset + BLOCK);
    // Two zero blocks end the archive; one is enough to stop (Go's reader does the same).
    if (header.every((byte) => byte === 0)) break;
    if (++headers > limits.maxEntries) {
      throw new TarError(`the archive has more than ${limits.maxEntries} entries`);
    }
    verifyChecksum(header, offset);
    const flag = String.fromCharCode(header[156] ?? 0);
    const headerName = ustarName(header);
    const metadata = flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K';
    // A PAX `size` overrides the header's for the entry it precedes, data included.
    const size = !metadata && pax.size !== undefined ? pax.size : numeric(header.subarray(124, 136));
    const name = metadata ? headerName : (pax.path ?? longName ?? headerName);
    const shown = JSON.stringify(name);
    if (flag === '0' || flag === '\0') {
      if (size > limits.maxFileBytes) {
        throw new TarError(
          `entry ${shown} is ${size} bytes, over the ${limits.maxFileBytes}-byte file limit`,
        );
      }
      total += size;
      if (total > limits.maxTotalBytes) {
        throw new TarError(`the files add up to more than ${limits.maxTotalBytes} bytes`);
      }
    } else if (metadata && size > limits.maxFileBytes) {
      throw new TarError(`a ${flag} header of ${size} bytes is over the ${limits.maxFileBytes}-byte limit`);
    }
    // Links, devices, FIFOs and directories carry no data whatever their size field says.
    const dataSize = '123456'.includes(flag) ? 0 : size;
    const start = offset + BLOCK;
    offset = start + Math.ceil(dataSize / BLOCK) * BLOCK;
    if (offset > tar.length) throw new TarError(`entry ${shown} is truncated`);
    const data = tar.subarray(start, start + dataSize);

    if (flag === 'x') pax = parsePax(data);
    else if (flag === 'L') longName = cString(data);
    else if (flag === 'g' || flag === 'K') {
      // A global PAX header describes the archive, not the next entry (Helm skips it too); a
      // GNU long link name only matters to a link, which is refused below.
    } else {
      pax = {};
      longName = undefined;
      if (name.includes('\0')) throw new TarError(`entry ${shown} has a NUL byte in its name`);
      // Legacy archives mark a directory by a trailing slash on an old-style regular entry.
      if (flag === '5' || (flag === '\0' && name.endsWith('/'))) entries.push({ type: 'directory', name });
      else if (flag === '0' || flag === '\0') entries.push({ type: 'file', name, data });
      else {
        const kind = TYPE_NAMES[flag] ?? `of type ${JSON.stringify(flag)}`;
        throw new TarError(`entry ${shown} is ${kind}; a chart may hold only regular files and directories`);
      }
    }
  }
  return entries;
}

/** ustar splits long names into `prefix/name`; GNU's magic (`ustar  `) has no prefix field. */
function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const ustar = header.toString('latin1', 257, 263) === 'ustar\0';
  const prefix = ustar ? cString(header.subarray(345, 500)) : '';
  return prefix === '' ? name : `${prefix}/${name}`;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.toString('utf8', 0, end === -1 ? bytes.length : end);
}

/** Octal, NUL- or space-terminated; or GNU base-256 when the high bit of the first byte is set. */
function numeric(field: Buffer): number {
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = BigInt((field[0] ?? 0) & 0x7f);
    for (const byte of field.subarray(1)) value = (value << 8n) | BigInt(byte);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text))
    throw new TarError(`a header holds ${JSON.stringify(text)} where a number belongs`);
  return Number.parseInt(text, 8);
}

/** The sum of the header's bytes with the checksum field read as spaces; signed or unsigned. */
function verifyChecksum(header: Buffer, offset: number): void {
  let stored: number;
  try {
    stored = numeric(header.subarray(148, 156));
  } catch {
    stored = Number.NaN;
  }
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (stored !== unsigned && stored !== signed) {
    throw new TarError(`the header at byte ${offset} has a bad checksum (not a tar archive?)`);
  }
}

/** PAX records: `<length> <key>=<value>\n`, where length counts the whole record. */
function parsePax(data: Buffer): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = space === -1 ? Number.NaN : Number(data.toString('latin1', at, space));
    if (!Number.isSafeInteger(length) || length <= 0 || at + length > data.length) {
      throw new TarError('a PAX header is malformed');
    }
    const record = data.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (equals === -1 || data[at + length - 1] !== 0x0a) throw new TarError('a PAX header is malformed');
    const key = record.slice(0, equals);
    const value = record.slice(equals + 1);
    if (key === 'path') out.path = value;
    else if (key === 'size') {
      if (!/^[0-9]+$/.test(value)) throw new TarError(`a PAX header has size ${JSON.stringify(value)}`);
      out.size = Number(value);
    }
    at += length;
  }
  return out;
}
