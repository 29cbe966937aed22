/**
 * `image/untagged-or-latest`: containers that run whatever an image's `latest` tag points at when
 * the Pod starts. Git then no longer says what runs, two replicas may run different code, and a
 * rollback to an older commit rolls back nothing.
 */
import { GitopsError } from '../../errors.js';
import { parseImageReference } from '../../images/reference.js';
import { podSpecPath } from '../../manifest/pod-spec.js';
import type { JsonPath } from '../../yaml/json-path.js';
import type { Finding, RuleMetadata } from '../finding.js';
import { asList, asMap, asString, fieldAt, type KubeMap } from './kube-values.js';
import { appliedObjects } from './kustomize-inputs.js';
import { type GitopsRule, objectFinding, type RuleInput, type RuleObject } from './types.js';

const metadata: RuleMetadata = {
  id: 'image/untagged-or-latest',
  name: 'Untagged or latest image',
  description: 'A container image has no tag or digest, or uses the mutable `latest` tag.',
  help: [
    'Checks `containers`, `initContainers` and `ephemeralContainers` of Pods, PodTemplates and the pod',
    'templates of Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers, Jobs and',
    'CronJobs. An image without a tag is pulled as `:latest`.',
    '',
    'Pin a version tag (`ghcr.io/acme/shop:1.4.2`) or a digest (`…@sha256:…`); Flux image automation',
    'can keep the tag current through a `$imagepolicy` marker.',
  ].join('\n'),
  defaultSeverity: 'warning',
};

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

function check(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const object of appliedObjects(input.objects)) {
    const { apiVersion, kind } = object.identity;
    const specPath = podSpecPath({ apiVersion, kind });
    const podSpec = specPath === undefined ? undefined : asMap(fieldAt(object.object, specPath));
    if (specPath === undefined || podSpec === undefined) continue;
    for (const list of CONTAINER_LISTS) {
      asList(podSpec[list]).forEach((container, index) => {
        const problem = imageProblem(asMap(container));
        if (problem === undefined) return;
        const path: JsonPath = [...specPath, list, index, 'image'];
        findings.push(containerFinding(object, asMap(container) as KubeMap, path, problem));
      });
    }
  }
  return findings;
}

function imageProblem(container: KubeMap | undefined): 'untagged' | 'latest' | undefined {
  const image = asString(container?.image);
  // A placeholder that postBuild substitution or a Helm template fills in is judged after rendering.
  if (image === undefined || image.includes('${')) return undefined;
  try {
    const reference = parseImageReference(image);
    if (reference.digest !== undefined) return undefined;
    if (reference.tag === undefined) return 'untagged';
    return reference.tag === 'latest' ? 'latest' : undefined;
  } catch (error) {
    // Not a reference Docker accepts: the schema and the kubelet say so better than this rule could.
    if (error instanceof GitopsError) return undefined;
    throw error;
  }
}

function containerFinding(
  object: RuleObject,
  container: KubeMap,
  path: JsonPath,
  problem: 'untagged' | 'latest',
): Finding {
  const name = asString(container.name) ?? `#${(path[path.length - 2] as number) + 1}`;
  const image = asString(container.image) as string;
  const what = problem === 'latest' ? 'uses the latest tag' : 'has no tag or digest, so it pulls latest';
  return objectFinding(metadata, object, `container ${name} image ${image} ${what}`, {
    path,
    hint: 'Pin a version tag or a digest so that Git says what runs.',
  });
}

export const imageTagRule: GitopsRule = { metadata, check };
