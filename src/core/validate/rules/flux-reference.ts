/**
 * `flux/reference`: every object a Flux object depends on exists in the same cluster. A dangling
 * reference is not caught by any schema: the object applies cleanly and then never becomes Ready
 * (kustomize-controller "Source not found", helm-controller "could not find ConfigMap").
 */
import { parseMarkers, type Setter } from '../../images/markers/index.js';
import type { Finding, RuleMetadata } from '../finding.js';
import { ClusterIndex } from './cluster-index.js';
import { describeTarget, type FluxReference, fluxReferences } from './flux-references.js';
import { FLUX_GROUPS, groupByCluster } from './kube-values.js';
import { appliedObjects } from './kustomize-inputs.js';
import { type GitopsRule, objectFinding, type RuleFile, type RuleInput } from './types.js';

const metadata: RuleMetadata = {
  id: 'flux/reference',
  name: 'Unresolved Flux reference',
  description:
    'A Flux object refers to a source, dependency, ConfigMap, Secret or ImagePolicy that the cluster does not define.',
  help: [
    'Checks, within the objects of one cluster: Kustomization `spec.sourceRef`, `spec.dependsOn` and',
    '`spec.postBuild.substituteFrom`; HelmRelease `spec.chart.spec.sourceRef`, `spec.chartRef`, `spec.dependsOn`',
    'and `spec.valuesFrom`; ImagePolicy `spec.imageRepositoryRef`; ImageUpdateAutomation `spec.sourceRef`;',
    'and `# {"$imagepolicy": "<namespace>:<policy>"}` markers. A namespace left out defaults to the',
    "referrer's, as the controllers default it. References marked `optional: true` are skipped.",
    'ConfigMaps and Secrets from kustomize generators count under the name the generator declares.',
    '',
    'The object applies, but never becomes Ready. Fix the name or namespace, add the missing object to',
    'the cluster, or mark an optional value source `optional: true`.',
  ].join('\n'),
  defaultSeverity: 'error',
};

function check(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  const everything = groupByCluster(input.objects);
  const indexes = new Map<string, ClusterIndex>();
  const indexOf = (cluster: string) => {
    let index = indexes.get(cluster);
    if (index === undefined) {
      const all = everything.get(cluster) ?? [];
      index = ClusterIndex.of(appliedObjects(all), all);
      indexes.set(cluster, index);
    }
    return index;
  };
  for (const [cluster, objects] of groupByCluster(appliedObjects(input.objects))) {
    const index = indexOf(cluster);
    for (const object of objects) {
      for (const ref of fluxReferences(object)) {
        if (ref.optional || index.find(ref).length > 0) continue;
        findings.push(referenceFinding(ref, index, cluster));
      }
    }
  }
  for (const [cluster, files] of groupByCluster(input.files ?? [])) {
    const index = indexOf(cluster);
    for (const file of files) findings.push(...markerFindings(file, index, cluster));
  }
  return findings;
}

function referenceFinding(ref: FluxReference, index: ClusterIndex, cluster: string): Finding {
  const message = `${ref.field} refers to ${describeTarget(ref)}, which is not defined${inCluster(cluster)}`;
  const hashed = ref.group === '' ? index.findHashed(ref) : [];
  const first = hashed[0];
  if (first !== undefined) {
    return objectFinding(metadata, ref.from, message, {
      path: ref.path,
      hint: `${first.kind} ${first.name} exists: kustomize added its hash suffix but did not rewrite this reference. Add a nameReference configuration for this field, or set disableNameSuffixHash on the generator.`,
    });
  }
  const data = ref.kind === 'ConfigMap' || ref.kind === 'Secret';
  return objectFinding(metadata, ref.from, message, {
    path: ref.path,
    hint: data
      ? `Define the ${ref.kind} in this cluster, fix the name, or add optional: true if the values are optional.`
      : `Define the ${ref.kind} in this cluster, or fix the name and namespace.`,
  });
}

/**
 * Markers name an ImagePolicy that image-automation-controller looks up when it rewrites the file;
 * a marker naming none is silently left alone, and the image never updates.
 */
function markerFindings(file: RuleFile, index: ClusterIndex, cluster: string): Finding[] {
  if (!file.text.includes('$imagepolicy')) return [];
  const findings: Finding[] = [];
  for (const setter of parseMarkers(file.file, file.text).setters) {
    const { namespace, name } = setter.policy;
    if (index.find({ group: FLUX_GROUPS.image, kind: 'ImagePolicy', namespace, name }).length > 0) continue;
    findings.push(markerFinding(setter, cluster));
  }
  return findings;
}

function markerFinding(setter: Setter, cluster: string): Finding {
  const { namespace, name } = setter.policy;
  const finding: Finding = {
    ruleId: metadata.id,
    severity: metadata.defaultSeverity,
    message: `the $imagepolicy marker "${setter.setter}" refers to ImagePolicy ${namespace}/${name}, which is not defined${inCluster(cluster)}`,
    location: { file: setter.file, line: setter.line, column: setter.column },
    hint: 'Image automation ignores a marker whose policy does not exist, so this value is never updated. Fix the marker or define the ImagePolicy.',
  };
  if (setter.object !== undefined) finding.object = setter.object;
  return finding;
}

function inCluster(cluster: string): string {
  return cluster === '' ? '' : ` in cluster ${cluster}`;
}

export const fluxReferenceRule: GitopsRule = { metadata, check };
