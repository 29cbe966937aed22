import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../finding.js';
import { INPUT_RULES } from './input-rules.js';
import { inputFinding } from './parse-documents.js';

/** Kubernetes' own request limit is 3 MiB; a manifest past 5 MiB is generated or not a manifest. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The deepest CRD schemas nest around 40 levels; ten times a Deployment's depth is still far below this. */
export const DEFAULT_MAX_DEPTH = 100;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an input file, or the finding that says why it is not read: larger than the limit
 * (checked on the open descriptor, so a huge file is never read), or binary (a NUL byte, or bytes
 * that are not UTF-8, which sigs.k8s.io/yaml would reject).
 *
 * Synchronous on purpose: a repository holds thousands of small files, and four asynchronous calls
 * per file (open, stat, read, close), each a round trip through libuv's thread pool, cost about
 * eight times what the same calls cost made directly. Nothing else runs while inputs are read.
 */
export function readInputFile(
  absolute: string,
  file: string,
  maxFileBytes: number,
): { text: string } | { finding: Finding } {
  const descriptor = openSync(absolute, 'r');
  let bytes: Buffer;
  try {
    const { size } = fstatSync(descriptor);
    if (size > maxFileBytes) {
      const message = `the file is ${formatBytes(size)}, over the ${formatBytes(maxFileBytes)} limit; it was not read`;
      return { finding: inputFinding(INPUT_RULES.tooLarge, message, { file }) };
    }
    bytes = readUpTo(descriptor, size, maxFileBytes);
  } finally {
    closeSync(descriptor);
  }
  // The size can change between stat and read; the limit holds for what was read.
  if (bytes.length > maxFileBytes) {
    const message = `the file is over the ${formatBytes(maxFileBytes)} limit; it was not read`;
    return { finding: inputFinding(INPUT_RULES.tooLarge, message, { file }) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      finding: inputFinding(INPUT_RULES.binary, `the file holds a NUL byte at offset ${nul}`, { file }),
    };
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { finding: inputFinding(INPUT_RULES.binary, 'the file is not valid UTF-8', { file }) };
  }
}

/**
 * Reads to the end of the file, expecting `size` bytes, but never more than one byte past the
 * limit: a file that grew after the stat is caught without reading all of it.
 */
function readUpTo(descriptor: number, size: number, maxFileBytes: number): Buffer {
  // One byte more than expected, so that the read finding the end has room and the usual file
  // needs neither a second buffer nor a copy.
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxFileBytes) break;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxFileBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
