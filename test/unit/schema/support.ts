import path from 'node:path';
import { loadManifests } from '../../../src/core/manifest/load-manifests.js';
import { SchemaRegistry, type SchemaRegistryOptions } from '../../../src/core/schema/registry.js';
import { type SchemaResult, SchemaValidator } from '../../../src/core/validate/schema-validator.js';
import { requireTestdata } from '../../support/testdata.js';

/** `…/testdata/kubernetes`, laid out as `v1.35/swagger.json`. */
export function kubernetesSchemas(): string {
  return path.dirname(path.dirname(requireTestdata('kubernetes/v1.35/swagger.json')));
}

export async function validatorFor(
  version: string,
  options: Partial<SchemaRegistryOptions> = {},
): Promise<{ registry: SchemaRegistry; validator: SchemaValidator }> {
  const registry = await SchemaRegistry.create({
    kubernetesVersion: version,
    openApiDirectories: [kubernetesSchemas()],
    ...options,
  });
  return { registry, validator: new SchemaValidator(registry) };
}

/** Validates the single object in `text`, with its YAML origin so that findings carry lines. */
export async function validateYaml(validator: SchemaValidator, text: string): Promise<SchemaResult> {
  const loaded = loadManifests('test.yaml', text);
  const [manifest] = loaded.manifests;
  if (manifest === undefined || loaded.manifests.length !== 1) {
    throw new Error(
      `expected one object, got ${loaded.manifests.length}: ${JSON.stringify(loaded.diagnostics)}`,
    );
  }
  return validator.validate(manifest.object, { yaml: loaded.yaml, document: manifest.document });
}

/** The messages of an invalid result, or the status when it is not invalid. */
export function messages(result: SchemaResult): string[] {
  return result.status === 'invalid' ? result.findings.map((finding) => finding.message) : [result.status];
}
