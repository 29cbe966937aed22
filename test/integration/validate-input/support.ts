import path from 'node:path';
import type { ValidateInputsOptions } from '../../../src/core/validate/input/validate-inputs.js';
import { requireTestdata } from '../../support/testdata.js';

/** The upstream swagger.json files live in DIR/v<major>.<minor>/swagger.json. */
export function openApiDirectory(): string {
  return path.dirname(path.dirname(requireTestdata('kubernetes/v1.35/swagger.json')));
}

/** Options for a run with Kubernetes 1.35 and the Flux CRDs, over `paths` under `repoRoot`. */
export function fluxOptions(repoRoot: string, paths: string[]): ValidateInputsOptions {
  return {
    repoRoot,
    paths,
    kubernetesVersions: ['1.35'],
    schema: { openApiDirectories: [openApiDirectory()] },
    crdPaths: [requireTestdata('flux-crds')],
  };
}

/** `ruleId at line:column`, the form the corpus headers use. */
export function describeFinding(finding: { ruleId: string; location: { line?: number; column?: number } }) {
  const { line, column } = finding.location;
  return `${finding.ruleId} at ${line ?? '?'}${column === undefined ? '' : `:${column}`}`;
}
