/**
 * Binds each marker to its ImagePolicy and that policy's ImageRepository. Where Flux only sees the
 * policies of the automation's own namespace and ignores a marker it cannot resolve, we look at
 * every namespace, and report a marker that resolves to nothing or to more than one policy.
 */
import { formatPolicyRef, type ImageDiagnostic, type PolicyRef } from '../diagnostics.js';
import type { Setter } from '../markers/marker-parse.js';
import type { AutomationObjects, ImagePolicyObject, ImageRepositoryObject } from './automation-objects.js';
import { type ClusterScope, pickForFile } from './cluster-scope.js';

export interface SetterBinding {
  setter: Setter;
  policy: ImagePolicyObject;
  repository: ImageRepositoryObject;
}

const sameRef = (a: PolicyRef, b: PolicyRef) => a.namespace === b.namespace && a.name === b.name;

export function bindSetters(
  setters: readonly Setter[],
  objects: AutomationObjects,
  scopes: readonly ClusterScope[],
): { bindings: SetterBinding[]; diagnostics: ImageDiagnostic[] } {
  const bindings: SetterBinding[] = [];
  const diagnostics: ImageDiagnostic[] = [];
  for (const setter of setters) {
    const report = (code: ImageDiagnostic['code'], reason: string) =>
      diagnostics.push({
        severity: 'warning',
        code,
        location: { file: setter.file, line: setter.line, column: setter.column },
        reason,
        policy: setter.policy,
      });
    const name = formatPolicyRef(setter.policy);
    const candidates = objects.policies.filter((p) => sameRef(p.ref, setter.policy));
    const policy = pickForFile(candidates, setter.file, scopes);
    if (policy.kind === 'none') {
      report(
        'policy-not-found',
        `no ImagePolicy ${name} is defined in this repository${elsewhere(objects, setter.policy)}`,
      );
      continue;
    }
    if (policy.kind === 'ambiguous') {
      report('policy-ambiguous', `ImagePolicy ${name} is ambiguous: ${policy.reason}`);
      continue;
    }
    const { repositoryRef } = policy.value;
    if (repositoryRef === undefined) {
      report('policy-without-repository', `ImagePolicy ${name} has no spec.imageRepositoryRef.name`);
      continue;
    }
    const repos = objects.repositories.filter((r) => sameRef(r.ref, repositoryRef));
    // The repository serves the policy: choose it by the policy's file, not the marker's.
    const repository = pickForFile(repos, policy.value.file, scopes);
    const repoName = formatPolicyRef(repositoryRef);
    if (repository.kind !== 'found') {
      const why =
        repository.kind === 'none'
          ? 'which is not defined in this repository'
          : `which is ambiguous: ${repository.reason}`;
      report(
        'policy-without-repository',
        `ImagePolicy ${name} refers to ImageRepository ${repoName}, ${why}`,
      );
      continue;
    }
    if (repository.value.image === '') {
      report(
        'policy-without-repository',
        `ImageRepository ${repoName} (for ImagePolicy ${name}) has no spec.image`,
      );
      continue;
    }
    bindings.push({ setter, policy: policy.value, repository: repository.value });
  }
  return { bindings, diagnostics };
}

/** A hint for the common slip: the right policy name in another namespace. */
function elsewhere(objects: AutomationObjects, ref: PolicyRef): string {
  const others = [
    ...new Set(objects.policies.filter((p) => p.ref.name === ref.name).map((p) => p.ref.namespace)),
  ];
  return others.length === 0 ? '' : `; a policy named ${ref.name} exists in namespace ${others.join(', ')}`;
}
