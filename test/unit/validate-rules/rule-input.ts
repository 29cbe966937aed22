import { loadManifests } from '../../../src/core/manifest/load-manifests.js';
import { ruleObjectsOf } from '../../../src/core/validate/rules/index.js';
import type { RuleFile, RuleInput, RuleObject } from '../../../src/core/validate/rules/types.js';

/** One file of a test cluster: its repository path, its text, and the cluster that applies it. */
export interface TestFile {
  file: string;
  text: string;
  cluster?: string;
  environment?: string;
}

/** The rules' input for files given as text, loaded as validate loads them. */
export function inputOf(...files: TestFile[]): RuleInput {
  const objects: RuleObject[] = [];
  const ruleFiles: RuleFile[] = [];
  for (const { file, text, cluster, environment } of files) {
    const loaded = loadManifests(file, text);
    if (loaded.diagnostics.some((d) => d.severity === 'error')) {
      throw new Error(`${file} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
    }
    const where = {
      ...(cluster === undefined ? {} : { cluster }),
      ...(environment === undefined ? {} : { environment }),
    };
    objects.push(...ruleObjectsOf(loaded.yaml, loaded.manifests, where));
    ruleFiles.push({ file, text, ...where });
  }
  return { objects, files: ruleFiles };
}

/** YAML from lines, so that tests can state the line a finding must point at. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
