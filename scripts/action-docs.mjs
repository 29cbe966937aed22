// Regenerates the input and output tables in each action's README from its action.yml, so the
// documentation cannot drift from the contract. `--check` fails instead of writing.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const actionDirs = [
  '.',
  'actions/render',
  'actions/validate',
  'actions/image-bump',
  'actions/promote',
];

const root = fileURLToPath(new URL('..', import.meta.url));

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();

export function renderTables(metadata) {
  const inputs = Object.entries(metadata.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${cell(input.description)} | ${input.default === undefined ? '' : `\`${cell(input.default)}\``} |`,
  );
  const outputs = Object.entries(metadata.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return {
    inputs: ['| Input | Description | Default |', '| --- | --- | --- |', ...inputs].join('\n'),
    outputs: ['| Output | Description |', '| --- | --- |', ...outputs].join('\n'),
  };
}

/** Replaces the text between `<!-- name -->` and `<!-- /name -->`. */
export function replaceSection(text, name, body, file) {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: missing ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

export async function updatedReadme(dir) {
  const metadata = parse(await readFile(`${root}/${dir}/action.yml`, 'utf8'));
  const file = `${dir === '.' ? '' : `${dir}/`}README.md`;
  const current = await readFile(`${root}/${file}`, 'utf8');
  const tables = renderTables(metadata);
  const next = replaceSection(
    replaceSection(current, 'inputs', tables.inputs, file),
    'outputs',
    tables.outputs,
    file,
  );
  return { file, current, next };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const dir of actionDirs) {
    const { file, current, next } = await updatedReadme(dir);
    if (current === next) continue;
    if (check) {
      process.stderr.write(`${file}: the input/output tables differ from action.yml; run npm run docs\n`);
      stale++;
    } else {
      await writeFile(`${root}/${file}`, next);
      process.stdout.write(`updated ${file}\n`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
