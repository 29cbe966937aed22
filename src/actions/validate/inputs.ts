import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { FailOn } from '../../core/validate/finding.js';
import type { RuleSeverity } from '../../core/validate/rules/types.js';
import { parseSeverities } from '../../core/validate/run.js';
import { Inputs } from '../shared/inputs.js';

/** Everything actions/validate is told, read once. */
export interface ValidateSettings {
  workspace: string;
  paths: string[];
  rendered: string | undefined;
  kubernetesVersions: string[];
  schemaLocations: string[];
  crds: string[];
  strict: boolean;
  offline: boolean;
  failOn: FailOn;
  severities: Record<string, RuleSeverity>;
  reports: { sarif?: string; junit?: string; json?: string };
  /** Where downloaded OpenAPI files and converted schemas are kept on the runner. */
  cacheDir: string;
  /** Input `cache`: keep `cacheDir`'s schemas in the Actions cache between workflow runs. */
  cache: boolean;
}

export function getInputs(inputs = new Inputs(), env: NodeJS.ProcessEnv = process.env): ValidateSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const sarif = inputs.optional('sarif');
  const junit = inputs.optional('junit');
  const json = inputs.optional('json');
  let severities: Record<string, RuleSeverity>;
  try {
    severities = parseSeverities(inputs.list('rules'));
  } catch (error) {
    throw new UsageError(`Input "rules": ${(error as Error).message}`);
  }
  return {
    workspace,
    paths: inputs.list('paths'),
    rendered: inputs.optional('rendered'),
    kubernetesVersions: inputs.list('kubernetes-version', { commas: true }),
    schemaLocations: inputs.list('schema-location'),
    crds: inputs.list('crds'),
    strict: inputs.boolean('strict', true),
    offline: inputs.boolean('offline', false),
    failOn: inputs.choice('fail-on', ['error', 'warning', 'never'], 'error'),
    severities,
    reports: { ...(sarif ? { sarif } : {}), ...(junit ? { junit } : {}), ...(json ? { json } : {}) },
    cacheDir: path.join(
      env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || path.join(workspace, '.cache'),
      'gitops-actions',
    ),
    cache: inputs.boolean('cache', true),
  };
}
