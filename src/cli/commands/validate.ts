import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir } from '../../core/tools/tools.js';
import type { FailOn } from '../../core/validate/finding.js';
import { failsRun } from '../../core/validate/finding.js';
import { parseSeverities, runValidation } from '../../core/validate/run.js';
import { formatJson } from '../../report/json.js';
import { formatText } from '../../report/text.js';
import { writeReportFiles } from '../../report/write-reports.js';
import { type CliContext, EXIT } from '../context.js';
import { oneOf } from '../io.js';

export const validateUsage = `Usage: gitops-actions validate [PATH…] [--rendered DIR] [--kubernetes-version 1.35]…
                               [--schema-location DIR|TEMPLATE|URL]… [--crds PATH]… [--no-strict] [--offline]
                               [--rule ID=error|warning|notice|off]… [--fail-on error|warning|never]
                               [--output text|json] [--sarif FILE] [--junit FILE] [--json FILE]

Checks Kubernetes documents (files, directories, globs; default .) against the Kubernetes OpenAPI
and CRD schemas (strict: unknown fields are errors), removed and deprecated APIs, and GitOps rules.
Without --schema-location, each version's upstream swagger.json is downloaded once and cached.
--schema-location also takes kubeconform templates, local or http(s) (retried, cached on disk), and
"default" for kubeconform's catalog.
--crds adds CRD files or directories (Flux's, a vendor's) as schemas without validating them.
Exits 0 when clean, 1 with findings at or above --fail-on (default error), 2 for bad flags.
`;

export async function validateCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      rendered: { type: 'string' },
      'kubernetes-version': { type: 'string', multiple: true },
      'schema-location': { type: 'string', multiple: true },
      crds: { type: 'string', multiple: true },
      'no-strict': { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true },
      'fail-on': { type: 'string', default: 'error' },
      output: { type: 'string', default: 'text' },
      sarif: { type: 'string' },
      junit: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    context.stdout.write(validateUsage);
    return EXIT.clean;
  }
  const failOn = oneOf('--fail-on', values['fail-on'], ['error', 'warning', 'never'] as const);
  const output = oneOf('--output', values.output, ['text', 'json'] as const);
  const { report, notes } = await runValidation({
    repoRoot: context.cwd,
    paths: positionals,
    ...(values.rendered === undefined ? {} : { rendered: values.rendered }),
    kubernetesVersions: values['kubernetes-version'] ?? [],
    schemaLocations: values['schema-location'] ?? [],
    crdPaths: values.crds ?? [],
    strict: !values['no-strict'],
    cacheDir: defaultCacheDir(context.env),
    severities: parseSeverities(values.rule ?? []),
    download: values.offline ? false : {},
  });
  for (const note of notes) context.stderr.write(`gitops-actions: ${note}\n`);
  await writeReportFiles(
    report,
    {
      ...(values.sarif ? { sarif: values.sarif } : {}),
      ...(values.junit ? { junit: values.junit } : {}),
      ...(values.json ? { json: values.json } : {}),
    },
    { cwd: context.cwd, failOn, sourceRoot: path.resolve(context.cwd) },
  );
  context.stdout.write(
    output === 'json'
      ? formatJson(report)
      : formatText(report, { color: Boolean(context.stdout.isTTY) && !context.env.NO_COLOR }),
  );
  return failsRun(report.findings, failOn as FailOn) ? EXIT.findings : EXIT.clean;
}
