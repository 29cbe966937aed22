import { parentPort } from 'node:worker_threads';
import { type ParseOptions, parseDocuments } from './parse-documents.js';

/** One batch of files to parse; answered with one ParsedFile per file, in order, or the error. */
export interface ParseRequest {
  id: number;
  options: ParseOptions;
  files: { file: string; text: string }[];
}

parentPort?.on('message', (request: ParseRequest) => {
  try {
    const results = request.files.map(({ file, text }) => parseDocuments(file, text, request.options));
    parentPort?.postMessage({ id: request.id, results });
  } catch (error) {
    parentPort?.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
