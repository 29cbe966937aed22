import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { requireTestdata } from '../../support/testdata.js';
import { testTools } from '../../support/tools.js';
import {
  type FileObject,
  fleetRoot,
  handWrittenObjects,
  type ImagePolicyMarker,
  imagePolicyMarkers,
  isFluxObject,
  type KubeObject,
  objectsOf,
  parseDocuments,
} from './support.js';

const objects = handWrittenObjects(fleetRoot);
const markers = imagePolicyMarkers(fleetRoot);
const clusters = readdirSync(path.join(fleetRoot, 'clusters')).sort();

/** The OpenAPI schema of every version the Flux CRDs serve, by `group/version kind`. */
function servedFluxVersions(): Map<string, object> {
  const dir = requireTestdata('flux-crds');
  const served = new Map<string, object>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    for (const doc of parseDocuments(readFileSync(path.join(dir, file), 'utf8'), file)) {
      const crd = doc as {
        kind?: string;
        spec?: {
          group: string;
          names: { kind: string };
          versions: { name: string; served: boolean; schema: { openAPIV3Schema: object } }[];
        };
      };
      if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
      for (const version of crd.spec.versions) {
        const key = `${crd.spec.group}/${version.name} ${crd.spec.names.kind}`;
        if (version.served) served.set(key, version.schema.openAPIV3Schema);
      }
    }
  }
  return served;
}

function inCluster(cluster: string): KubeObject[] {
  return objects.filter(({ file }) => file.startsWith(`clusters/${cluster}/`)).map(({ object }) => object);
}

/** The clusters whose Flux Kustomizations (other than the root) apply the directory holding `file`. */
function clustersApplying(file: string): string[] {
  return clusters.filter((cluster) =>
    inCluster(cluster).some(
      (o) =>
        o.kind === 'Kustomization' &&
        o.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') &&
        o.metadata.name !== 'flux-system' &&
        file.startsWith(`${path.posix.normalize(o.spec.path)}/`),
    ),
  );
}

const SETTER = /^([a-z0-9-]+):([a-z0-9.-]+)(?::(tag|name|digest))?$/;

describe('Flux objects in examples/fleet', () => {
  test('every apiVersion and kind is served by the Flux CRDs', () => {
    const served = servedFluxVersions();
    const flux: FileObject[] = objects.filter(({ object }) => isFluxObject(object));
    expect(flux.length).toBeGreaterThan(20);
    for (const { file, object } of flux) {
      expect([...served.keys()], `${file}: ${object.apiVersion} ${object.kind}`).toContain(
        `${object.apiVersion} ${object.kind}`,
      );
    }
  });

  test('every whole Flux object, and every HelmRelease as the overlays build it, matches its CRD schema', async () => {
    // Structural checks only (types, enums, required fields, patterns); CEL rules are not evaluated.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const schemas = servedFluxVersions();
    const isPatch = (file: string) => /^apps\/(staging|production)\//.test(file);
    const whole = objects.filter(({ file, object }) => isFluxObject(object) && !isPatch(file));
    const kubectl = await testTools().kubectl();
    for (const env of ['staging', 'production']) {
      const built = objectsOf(await kubectl.kustomize(path.join(fleetRoot, 'apps', env)), env);
      for (const object of built.filter(isFluxObject))
        whole.push({ file: `kustomize build apps/${env}`, object });
    }
    expect(whole.length).toBeGreaterThan(20);
    for (const { file, object } of whole) {
      const validate = ajv.compile(schemas.get(`${object.apiVersion} ${object.kind}`) ?? {});
      const errors = validate(object)
        ? []
        : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
      expect(errors, `${file}: ${object.kind}/${object.metadata.name}`).toEqual([]);
    }
  });

  test('the fleet uses every source kind it demonstrates: GitRepository, HelmRepository, OCIRepository', () => {
    const kinds = new Set(objects.map(({ object }) => object.kind));
    for (const kind of [
      'GitRepository',
      'HelmRepository',
      'OCIRepository',
      'HelmRelease',
      'ImageUpdateAutomation',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  test('every HelmRelease chart source exists: a source object, a chart directory in the Git source, its valuesFiles', () => {
    // The HelmReleases in apps/<env> are strategic-merge patches of the bases, not whole objects.
    const isPatch = (file: string) => /^apps\/(staging|production)\//.test(file);
    const releases = objects
      .filter(({ file, object }) => object.kind === 'HelmRelease' && !isPatch(file))
      .map(({ object }) => object);
    expect(releases.map((r) => r.metadata.name).sort()).toEqual([
      'edge-ingress',
      'node-agent',
      'orders',
      'shop',
    ]);
    const all = objects.map(({ object }) => object);
    for (const release of releases) {
      const namespace = release.metadata.namespace;
      const ref = release.spec.chartRef ?? release.spec.chart?.spec?.sourceRef;
      const source = all.find(
        (o) =>
          o.kind === ref.kind &&
          o.metadata.name === ref.name &&
          o.metadata.namespace === (ref.namespace ?? namespace),
      );
      expect(source, `${release.metadata.name}: ${ref.kind}/${ref.name}`).toBeDefined();
      if (ref.kind === 'GitRepository') {
        const chart = path.join(fleetRoot, release.spec.chart.spec.chart);
        expect(existsSync(path.join(chart, 'Chart.yaml')), chart).toBe(true);
      }
    }
    const valuesFiles = objects.flatMap(({ object }) =>
      object.kind === 'HelmRelease' ? ((object.spec.chart?.spec?.valuesFiles ?? []) as string[]) : [],
    );
    expect(valuesFiles.length).toBeGreaterThan(0);
    for (const file of valuesFiles) expect(existsSync(path.join(fleetRoot, file)), file).toBe(true);
  });

  test('staging and production patch HelmRelease overlays that exist in the bases', () => {
    const bases = objects.filter(
      ({ file, object }) => file.startsWith('apps/base/') && object.kind === 'HelmRelease',
    );
    for (const env of ['staging', 'production']) {
      const patches = objects.filter(
        ({ file, object }) => file.startsWith(`apps/${env}/`) && object.kind === 'HelmRelease',
      );
      expect(patches.map(({ object }) => object.metadata.name).sort()).toEqual(
        bases.map(({ object }) => object.metadata.name).sort(),
      );
    }
  });
});

describe('image automation in examples/fleet', () => {
  test('markers use all three replacing setter forms in both environments', () => {
    for (const env of ['staging', 'production']) {
      const forms = new Set(
        markers
          .filter((m) => m.file.startsWith(`apps/${env}/`))
          .map((m) => SETTER.exec(m.setter)?.[3] ?? 'image'),
      );
      expect([...forms].sort(), env).toEqual(['image', 'name', 'tag']);
    }
  });

  test('every $imagepolicy marker is well formed and names an ImagePolicy of each cluster that applies its file', () => {
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) {
      const where = `${marker.file}:${marker.line} ${marker.setter}`;
      const match = SETTER.exec(marker.setter);
      expect(match, where).not.toBeNull();
      const applying = clustersApplying(marker.file);
      expect(applying.length, `${where}: no cluster applies this file`).toBeGreaterThan(0);
      for (const cluster of applying) {
        const policy = inCluster(cluster).find(
          (o) =>
            o.kind === 'ImagePolicy' && o.metadata.namespace === match?.[1] && o.metadata.name === match?.[2],
        );
        expect(policy, `${where}: no ImagePolicy in cluster ${cluster}`).toBeDefined();
      }
    }
  });

  test('every ImagePolicy references an ImageRepository of its cluster, whose image the markers carry', () => {
    for (const cluster of clusters) {
      const inThisCluster = inCluster(cluster);
      const policies = inThisCluster.filter((o) => o.kind === 'ImagePolicy');
      expect(policies.length, cluster).toBeGreaterThan(0);
      for (const policy of policies) {
        const ref = policy.spec.imageRepositoryRef;
        const repository = inThisCluster.find(
          (o) =>
            o.kind === 'ImageRepository' &&
            o.metadata.name === ref.name &&
            o.metadata.namespace === (ref.namespace ?? policy.metadata.namespace),
        );
        expect(repository, `${cluster}: ImagePolicy ${policy.metadata.name}`).toBeDefined();
        for (const marker of markersOf(policy, cluster)) {
          const image = repository?.spec.image as string;
          const form = SETTER.exec(marker.setter)?.[3];
          if (form === 'name') expect(marker.value).toBe(image);
          if (form === undefined) expect(marker.value.startsWith(`${image}:`), marker.value).toBe(true);
        }
      }
    }
  });

  test('staging allows prereleases and production does not', () => {
    const range = (cluster: string, name: string) =>
      inCluster(cluster).find((o) => o.kind === 'ImagePolicy' && o.metadata.name === name)?.spec.policy.semver
        .range;
    for (const name of ['shop', 'orders']) {
      expect(range('staging', name), name).toMatch(/-0$/);
      expect(range('production', name), name).not.toMatch(/-/);
    }
  });

  test('the only ImageUpdateAutomation writes to staging, and every marker there is in its namespace', () => {
    const automations = objects.filter(({ object }) => object.kind === 'ImageUpdateAutomation');
    expect(automations.map(({ file }) => file)).toEqual(['clusters/staging/image-automation.yaml']);
    const automation = automations[0]?.object as KubeObject;
    const updatePath = path.posix.normalize(automation.spec.update.path);
    expect(updatePath).toBe('apps/staging');
    const scanned = markers.filter((m) => m.file.startsWith(`${updatePath}/`));
    expect(scanned.length).toBeGreaterThan(0);
    for (const marker of scanned) expect(marker.setter.split(':')[0]).toBe(automation.metadata.namespace);
  });

  test('every marked field differs between staging and production, so promotion has something to carry', () => {
    const key = (m: ImagePolicyMarker) => `${m.file.replace(/^apps\/[^/]+\//, '')} ${m.setter}`;
    const staging = markers.filter((m) => m.file.startsWith('apps/staging/') && !m.setter.endsWith(':name'));
    const production = new Map(
      markers.filter((m) => m.file.startsWith('apps/production/')).map((m) => [key(m), m]),
    );
    expect(staging.length).toBeGreaterThan(0);
    for (const marker of staging) {
      const other = production.get(key(marker));
      expect(other, key(marker)).toBeDefined();
      expect(other?.value, key(marker)).not.toBe(marker.value);
    }
  });
});

function markersOf(policy: KubeObject, cluster: string): ImagePolicyMarker[] {
  return markers.filter(
    (m) =>
      m.setter.split(':').slice(0, 2).join(':') === `${policy.metadata.namespace}:${policy.metadata.name}` &&
      clustersApplying(m.file).includes(cluster),
  );
}
