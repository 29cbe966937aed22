import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FailOn, ValidationReport } from '../core/validate/finding.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';

/** The report files a run was asked for; each path is relative to `cwd` or absolute. */
export interface ReportFiles {
  sarif?: string;
  junit?: string;
  json?: string;
}

/**
 * Writes each requested report format to its file (creating directories) and returns the
 * absolute paths written, by format. Reports are files, never outputs: they can be megabytes.
 */
export async function writeReportFiles(
  report: ValidationReport,
  files: ReportFiles,
  options: { cwd: string; failOn: FailOn; sourceRoot?: string },
): Promise<ReportFiles> {
  const written: ReportFiles = {};
  const write = async (kind: keyof ReportFiles, text: string) => {
    const target = path.resolve(options.cwd, files[kind] as string);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    written[kind] = target;
  };
  if (files.sarif) {
    await write('sarif', formatSarif(report, options.sourceRoot ? { sourceRoot: options.sourceRoot } : {}));
  }
  if (files.junit) {
    await write('junit', formatJunit(report, { checked: report.checked, failOn: options.failOn }));
  }
  if (files.json) await write('json', formatJson(report));
  return written;
}
