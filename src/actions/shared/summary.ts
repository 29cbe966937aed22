import { appendFile } from 'node:fs/promises';
import { truncateMarkdown } from '../../report/markdown.js';

/** GitHub refuses step summaries over 1 MiB. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/**
 * Appends Markdown to the job summary, cut to GitHub's size limit with a note rather than
 * rejected whole. Without GITHUB_STEP_SUMMARY (a local run), it does nothing and says so.
 */
export async function writeJobSummary(
  markdown: string,
  summaryPath = process.env.GITHUB_STEP_SUMMARY,
): Promise<boolean> {
  if (!summaryPath) return false;
  const text = fitSummary(markdown);
  await appendFile(summaryPath, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
  return true;
}

/** Cuts by characters until the UTF-8 size fits, since the limit is in bytes. */
export function fitSummary(markdown: string, limit = STEP_SUMMARY_LIMIT): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limit) return markdown;
  let chars = Math.min(markdown.length, limit);
  for (;;) {
    const text = truncateMarkdown(markdown, chars, 'summary truncated at GitHub’s 1 MiB limit');
    if (Buffer.byteLength(text, 'utf8') <= limit) return text;
    chars = Math.floor(chars * 0.9);
  }
}
