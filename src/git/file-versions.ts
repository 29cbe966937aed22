import type { Git } from './git.js';

/**
 * The texts of each file at its last `depth` commits, oldest first: what the promote history needs
 * ("has this value ever been in the source?"). Files git does not track are left out; a shallow
 * clone simply yields fewer versions.
 */
export async function fileVersions(
  git: Git,
  files: readonly string[],
  depth = 50,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  for (const file of files) {
    const log = await git.run(['log', `--max-count=${depth}`, '--format=%H', '--', file], {
      allowFailure: true,
    });
    const shas = log
      .split('\n')
      .filter((line) => /^[0-9a-f]{40}$/.test(line))
      .reverse();
    const texts: string[] = [];
    for (const sha of shas) {
      const text = await git.run(['show', `${sha}:${file}`], { allowFailure: true });
      if (text !== '') texts.push(text);
    }
    if (texts.length > 0) result.set(file, texts);
  }
  return result;
}

/** The newest commit that changed `file` and whose version contains `value`: where a value came from. */
export async function commitIntroducing(git: Git, file: string, value: string): Promise<string | undefined> {
  const out = await git.run(['log', '-1', '--format=%H', `-S${value}`, '--', file], { allowFailure: true });
  const sha = out.trim();
  return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}
