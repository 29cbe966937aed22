import { open } from 'node:fs/promises';
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
 * (checked on the open handle, so a huge file is never read), or binary (a NUL byte, or bytes that
 * are not UTF-8, which sigs.k8s.io/yaml would reject).
 */
export async function readInputFile(
  absolute: string,
  file: string,
  maxFileBytes: number,
): Promise<{ text: string } | { finding: Finding }> {
  const handle = await open(absolute, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    if (size > maxFileBytes) {
      const message = `the file is ${formatBytes(size)}, over the ${formatBytes(maxFileBytes)} limit; it was not read`;
      return { finding: inputFinding(INPUT_RULES.tooLarge, message, { file }) };
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
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

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
