/**
 * `helm/unpinned-chart-in-production`: a production HelmRelease whose chart version is a range (or
 * absent, which helm-controller treats as `*`). source-controller then installs whatever the newest
 * matching chart is when it next polls, so production changes without a commit.
 */
import { objectKey } from '../../manifest/identity.js';
import type { Finding, RuleMetadata } from '../finding.js';
import { ClusterIndex } from './cluster-index.js';
import { asMap, asString, FLUX_GROUPS, fieldAt, groupByCluster, isKind } from './kube-values.js';
import { appliedObjects, patchObjects } from './kustomize-inputs.js';
import {
  type GitopsRule,
  objectFinding,
  type RuleInput,
  type RuleObject,
  type RuleSettings,
} from './types.js';

const metadata: RuleMetadata = {
  id: 'helm/unpinned-chart-in-production',
  name: 'Unpinned chart in production',
  description:
    'A production HelmRelease takes the newest chart matching a range instead of one exact version.',
  help: [
    'In environments counted as production (by default, names containing `prod`), a HelmRelease must',
    'name one chart version: `chart.spec.version: 1.4.2`, not `1.4.x`, `^1.4`, `*` or nothing (which',
    'means `*`). With `chartRef` to an OCIRepository, its `spec.ref` must be a `digest`, an exact',
    '`semver` or a tag other than `latest`. Charts from a GitRepository or Bucket are pinned by the',
    "source's revision and are not checked: helm-controller ignores `version` for them.",
    '',
    'Promote exact versions through the environments instead of letting production float.',
  ].join('\n'),
  defaultSeverity: 'warning',
};

const DEFAULT_PRODUCTION = /prod/;
// Masterminds semver, which source-controller uses: a constraint naming one version exactly.
const EXACT_VERSION = /^=?v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const GIT_SOURCES = new Set(['GitRepository', 'Bucket']);

function check(input: RuleInput, settings: RuleSettings): Finding[] {
  const production = settings.productionEnvironments ?? DEFAULT_PRODUCTION;
  const findings: Finding[] = [];
  for (const [cluster, all] of groupByCluster(input.objects)) {
    const objects = appliedObjects(all);
    const index = ClusterIndex.of(objects, all);
    const patches = patchObjects(all);
    for (const release of objects) {
      const environment = release.environment ?? release.cluster ?? cluster;
      if (!isKind(release, FLUX_GROUPS.helm, 'HelmRelease') || !production.test(environment)) continue;
      const finding =
        chartSpecFinding(release, patches, environment) ?? chartRefFinding(release, index, environment);
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}

function chartSpecFinding(release: RuleObject, patches: readonly RuleObject[], environment: string) {
  const chartSpec = asMap(fieldAt(release.object, ['spec', 'chart', 'spec']));
  if (chartSpec === undefined) return undefined;
  if (GIT_SOURCES.has(asString(asMap(chartSpec.sourceRef)?.kind) ?? '')) return undefined;
  // A hand-written overlay often pins the version in a kustomize patch: the last patch that sets it wins.
  const path = ['spec', 'chart', 'spec', 'version'];
  let holder = release;
  let version = fieldAt(release.object, path);
  for (const patch of patches) {
    if (objectKey(patch.identity) !== objectKey(release.identity)) continue;
    const patched = fieldAt(patch.object, path);
    if (patched === undefined || patched === null) continue;
    holder = patch;
    version = patched;
  }
  const text = typeof version === 'number' ? String(version) : asString(version);
  if (text !== undefined && EXACT_VERSION.test(text.trim())) return undefined;
  const what =
    text === undefined
      ? 'has no chart.spec.version, which means the newest chart (*)'
      : `takes chart version "${text}", a range`;
  return objectFinding(metadata, holder, `HelmRelease ${release.identity.name} in ${environment} ${what}`, {
    path: text === undefined ? ['spec', 'chart', 'spec'] : path,
    hint: 'Pin one exact version, for example 1.4.2, and promote it through the environments.',
  });
}

/** A chart from an OCIRepository is pinned by that repository's `spec.ref`; from a HelmChart, by its version. */
function chartRefFinding(release: RuleObject, index: ClusterIndex, environment: string) {
  const chartRef = asMap(fieldAt(release.object, ['spec', 'chartRef']));
  const kind = asString(chartRef?.kind);
  const name = asString(chartRef?.name);
  if (chartRef === undefined || name === undefined || (kind !== 'OCIRepository' && kind !== 'HelmChart'))
    return;
  const namespace = asString(chartRef.namespace) ?? release.identity.namespace;
  const source = index
    .find({ group: FLUX_GROUPS.source, kind, name, ...(namespace === undefined ? {} : { namespace }) })
    .find((entry) => entry.origin.identity.kind === kind)?.origin;
  // A missing source is flux/reference's finding.
  if (source === undefined) return undefined;
  const subject = `HelmRelease ${release.identity.name} in ${environment} takes its chart from ${kind} ${name}`;
  const hint = 'Pin a digest, an exact semver or a version tag on the source.';
  if (kind === 'HelmChart') {
    if (GIT_SOURCES.has(asString(fieldAt(source.object, ['spec', 'sourceRef', 'kind'])) ?? ''))
      return undefined;
    const version = asString(fieldAt(source.object, ['spec', 'version']));
    if (version !== undefined && EXACT_VERSION.test(version.trim())) return undefined;
    const what =
      version === undefined ? 'which has no spec.version (*)' : `whose spec.version "${version}" is a range`;
    return objectFinding(metadata, source, `${subject}, ${what}`, { path: ['spec', 'version'], hint });
  }
  const ref = asMap(fieldAt(source.object, ['spec', 'ref']));
  if (asString(ref?.digest) !== undefined) return undefined;
  const semver = asString(ref?.semver);
  if (semver !== undefined) {
    if (EXACT_VERSION.test(semver.trim())) return undefined;
    return objectFinding(metadata, source, `${subject}, whose ref.semver "${semver}" is a range`, {
      path: ['spec', 'ref', 'semver'],
      hint,
    });
  }
  // source-controller pulls the `latest` tag when spec.ref names nothing.
  const tag = asString(ref?.tag) ?? 'latest';
  if (tag !== 'latest') return undefined;
  return objectFinding(metadata, source, `${subject}, which follows the latest tag`, {
    path: ref === undefined ? ['spec'] : ['spec', 'ref'],
    hint,
  });
}

export const helmUnpinnedChartRule: GitopsRule = { metadata, check };
