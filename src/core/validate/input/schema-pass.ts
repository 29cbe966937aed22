import { describeObject } from '../../manifest/identity.js';
import { SchemaRegistry, type SchemaRegistryOptions } from '../../schema/registry.js';
import type { Finding, Skipped, ValidationReport } from '../finding.js';
import { objectFinding } from '../rule.js';
import { SchemaValidator } from '../schema-validator.js';
import type { InputObject } from './input-objects.js';
import { INPUT_RULES } from './input-rules.js';

/** Schema options shared by every version of a run (the version itself is per pass). */
export type SchemaOptions = Omit<SchemaRegistryOptions, 'kubernetesVersion'>;

export interface SchemaPass {
  findings: Finding[];
  skipped: Skipped[];
  notEvaluated: ValidationReport['notEvaluated'];
}

const CRD_KIND = 'CustomResourceDefinition';

export function isCrd(object: InputObject): boolean {
  return object.identity.kind === CRD_KIND && object.identity.apiVersion.startsWith('apiextensions.k8s.io/');
}

/**
 * One Kubernetes version: its built-in schemas plus every CRD of the input (collected before any
 * object is checked, so that order in the repository does not matter), then each object once.
 * CEL rules are listed once per kind and rule, at the first object that carries them.
 */
export async function schemaPass(
  objects: readonly InputObject[],
  kubernetesVersion: string,
  options: SchemaOptions,
): Promise<SchemaPass> {
  const registry = await SchemaRegistry.create({ ...options, kubernetesVersion });
  const pass: SchemaPass = { findings: [], skipped: [], notEvaluated: [] };
  const crds = objects.filter(isCrd);
  registry.addCrds(crds.map((crd) => crd.object)).forEach((conversion, index) => {
    const crd = crds[index] as InputObject;
    for (const problem of conversion.problems) {
      pass.findings.push(
        objectFinding(crd, { ruleId: INPUT_RULES.crd.id, severity: 'warning', message: problem }),
      );
    }
  });
  const validator = new SchemaValidator(registry);
  const listed = new Set<string>();
  for (const object of objects) {
    if (object.schemaOnly || object.configuration !== undefined) continue;
    const result = await validator.validate(object.object as Record<string, unknown>, object.origin);
    if (result.status === 'skipped') {
      pass.skipped.push({ location: object.location, object: object.identity, reason: result.reason });
      continue;
    }
    for (const rule of result.notEvaluated) {
      const key = `${object.identity.apiVersion}/${object.identity.kind}\n${rule.path}\n${rule.rule}`;
      if (listed.has(key)) continue;
      listed.add(key);
      pass.notEvaluated.push({
        location: object.location,
        object: object.identity,
        rule: `${object.identity.kind} ${rule.path || '(root)'}: ${rule.rule}`,
        reason:
          rule.kind === 'cel'
            ? `CEL validation rules are not evaluated (first ${describeObject(object.identity)})`
            : 'the pattern cannot be compiled as a JavaScript regular expression',
      });
    }
    if (result.status !== 'invalid') continue;
    for (const violation of result.findings) {
      const finding = objectFinding(object, {
        ruleId: violation.ruleId,
        severity: violation.severity,
        message: violation.message,
      });
      finding.jsonPath = violation.jsonPath;
      // The validator locates a whole document itself, pointing an unknown field at its key; a
      // List item is located here, and a rendered object points at its owner.
      if (object.owner?.location === undefined) {
        finding.location = violation.location ?? object.locate(violation.jsonPath);
      }
      pass.findings.push(finding);
    }
  }
  return pass;
}
