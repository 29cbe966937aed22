import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFile } from './collect-inputs.js';
import type { PositionCache } from './input-objects.js';
import { type ParsedFile, type ParseOptions, parseDocuments } from './parse-documents.js';
import type { ParseRequest } from './parse-worker.js';
import { readInputFile } from './read-input.js';

export interface ParseLimits extends ParseOptions {
  maxFileBytes: number;
}

/** Below this much text, starting workers (tens of milliseconds each) costs more than it saves. */
const WORKER_THRESHOLD_CHARS = 2 * 1024 * 1024;
/** Files per message: large enough to amortise the message, small enough to balance the workers. */
const BATCH_CHARS = 256 * 1024;

/**
 * Reads and parses every file, in input order. Reading stays in this thread (the texts are kept
 * for positions, and reading is cheap next to parsing); parsing, the CPU-bound part, is spread over worker threads when
 * there is enough of it and a worker script is available.
 */
export async function parseFiles(
  files: readonly InputFile[],
  limits: ParseLimits,
  concurrency: number | undefined,
  positions: PositionCache,
): Promise<ParsedFile[]> {
  const results: ParsedFile[] = new Array(files.length);
  const pending: { index: number; file: string; text: string }[] = [];
  let chars = 0;
  files.forEach((input, index) => {
    const read = readInputFile(input.absolute, input.file, limits.maxFileBytes);
    if ('finding' in read) {
      results[index] = {
        file: input.file,
        objects: [],
        findings: [read.finding],
        skipped: [],
        configuration: [],
      };
      return;
    }
    positions.remember(input.file, read.text);
    pending.push({ index, file: input.file, text: read.text });
    chars += read.text.length;
  });
  const options: ParseOptions = { maxDepth: limits.maxDepth };
  const workers = Math.min(concurrency ?? availableParallelism(), 8);
  const script = workers > 1 && chars >= WORKER_THRESHOLD_CHARS ? workerScript() : undefined;
  if (script === undefined) {
    for (const { index, file, text } of pending) results[index] = parseDocuments(file, text, options);
  } else {
    await parseInWorkers(script, workers, pending, options, results);
  }
  for (const parsed of results) {
    if (parsed.documentRanges !== undefined) positions.rememberRanges(parsed.file, parsed.documentRanges);
  }
  return results;
}

async function parseInWorkers(
  script: WorkerScript,
  count: number,
  pending: { index: number; file: string; text: string }[],
  options: ParseOptions,
  results: ParsedFile[],
): Promise<void> {
  const batches: (typeof pending)[] = [];
  let current: typeof pending = [];
  let size = 0;
  for (const entry of pending) {
    current.push(entry);
    size += entry.text.length;
    if (size >= BATCH_CHARS) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  let next = 0;
  const run = async (): Promise<void> => {
    const worker = script.start();
    try {
      while (next < batches.length) {
        const id = next++;
        const batch = batches[id] as typeof pending;
        const answer = await ask(worker, {
          id,
          options,
          files: batch.map(({ file, text }) => ({ file, text })),
        });
        answer.forEach((parsed, i) => {
          results[(batch[i] as (typeof pending)[number]).index] = parsed;
        });
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(count, batches.length) }, run));
}

function ask(worker: Worker, request: ParseRequest): Promise<ParsedFile[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id: number; results?: ParsedFile[]; error?: string }) => {
      if (message.id !== request.id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      if (message.results) resolve(message.results);
      else reject(new Error(`parsing in a worker thread failed: ${message.error}`));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage(request);
  });
}

interface WorkerScript {
  start(): Worker;
}

/**
 * The worker's entry point beside this module: `parse-worker.js` when built, or, when running from
 * the TypeScript sources (tests, the bench), `parse-worker.ts` loaded with Node's type stripping and
 * a resolve hook that maps the sources' `.js` imports to their `.ts` files. A bundle that ships no
 * worker script parses in this thread: slower, never different.
 */
function workerScript(): WorkerScript | undefined {
  const built = new URL('./parse-worker.js', import.meta.url);
  if (built.protocol === 'file:' && existsSync(fileURLToPath(built)))
    return { start: () => new Worker(built) };
  const source = new URL('./parse-worker.ts', import.meta.url);
  if (source.protocol !== 'file:' || !existsSync(fileURLToPath(source))) return undefined;
  const bootstrap = [
    "import { registerHooks } from 'node:module';",
    'registerHooks({ resolve(specifier, context, next) {',
    '  try { return next(specifier, context); } catch (error) {',
    "    if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;",
    "    return next(specifier.slice(0, -3) + '.ts', context);",
    '  }',
    '} });',
    `await import(${JSON.stringify(source.href)});`,
  ].join('\n');
  const url = new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
  return { start: () => new Worker(url) };
}
