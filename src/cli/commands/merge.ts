import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import { mergeRenderOutputs } from '../../core/render/index.js';
import { type CliContext, EXIT } from '../context.js';

export const mergeUsage = `Usage: gitops-actions merge OUT_DIR SHARD_DIR…

Combines the output directories of \`gitops-actions render --shard I/N\` jobs (one per shard) into
OUT_DIR, with one index.json listing every unit, as a single render would have written it.
Exits 0 when merged and no unit failed, 1 when a shard reported a failed unit, 2 for bad arguments.
`;

export async function mergeCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    context.stdout.write(mergeUsage);
    return EXIT.clean;
  }
  const [out, ...shards] = positionals.map((dir) => path.resolve(context.cwd, dir));
  if (out === undefined || shards.length === 0)
    throw new UsageError('merge needs OUT_DIR and at least one SHARD_DIR');
  const index = await mergeRenderOutputs(out, shards);
  const failed = index.units.filter((unit) => unit.status === 'failed').length;
  context.stdout.write(
    `merged ${shards.length} shards: ${index.units.length} units, ${failed} failed, into ${path.relative(context.cwd, out) || '.'}\n`,
  );
  const errors = index.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return failed > 0 || errors ? EXIT.findings : EXIT.clean;
}
