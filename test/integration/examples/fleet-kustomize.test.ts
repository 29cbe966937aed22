import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { testTools } from '../../support/tools.js';
import {
  type FileObject,
  fleetRoot,
  handWrittenObjects,
  isDirectory,
  type KubeObject,
  kustomizationDirs,
  objectsOf,
} from './support.js';

const kubectl = () => testTools().kubectl();
const objects = handWrittenObjects(fleetRoot);
const clusters = readdirSync(path.join(fleetRoot, 'clusters')).sort();

function clusterObjects(cluster: string): FileObject[] {
  return objects.filter(({ file }) => file.startsWith(`clusters/${cluster}/`));
}

function fluxKustomizations(cluster: string): KubeObject[] {
  return clusterObjects(cluster)
    .map(({ object }) => object)
    .filter(
      (object) =>
        object.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && object.kind === 'Kustomization',
    );
}

/** The fleet directory a Flux Kustomization's spec.path names (the GitRepository root is examples/fleet). */
function pathOf(kustomization: KubeObject): string {
  return path.join(fleetRoot, kustomization.spec.path as string);
}

test('examples/fleet has the staging and production clusters', () => {
  expect(clusters).toEqual(['production', 'staging']);
});

describe.each(kustomizationDirs(fleetRoot))('kustomize build of examples/fleet/%s', (dir) => {
  test('succeeds with load restrictions off and yields Kubernetes objects', async () => {
    const output = await (await kubectl()).kustomize(path.join(fleetRoot, dir));
    const built = objectsOf(output, dir);
    expect(built.length).toBeGreaterThan(0);
  });
});

test('the shop HelmRelease valuesFrom names the hash-suffixed ConfigMap from the configMapGenerator', async () => {
  for (const env of ['staging', 'production']) {
    const built = objectsOf(await (await kubectl()).kustomize(path.join(fleetRoot, 'apps', env)), env);
    const configMap = built.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('shop-values'));
    const release = built.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'shop');
    expect(configMap?.metadata.name).toMatch(/^shop-values-[a-z0-9]{10}$/);
    expect(release?.spec.valuesFrom).toEqual([{ kind: 'ConfigMap', name: configMap?.metadata.name }]);
  }
});

describe.each(clusters)('Flux Kustomizations of cluster %s', (cluster) => {
  test('the root flux-system Kustomization applies clusters/<cluster>, which has no kustomization.yaml', () => {
    const root = fluxKustomizations(cluster).find((ks) => ks.metadata.name === 'flux-system');
    expect(root?.spec.path).toBe(`./clusters/${cluster}`);
    expect(existsSync(path.join(fleetRoot, 'clusters', cluster, 'kustomization.yaml'))).toBe(false);
  });

  test('every path exists, every sourceRef and dependsOn names an object of the same cluster', () => {
    const all = clusterObjects(cluster).map(({ object }) => object);
    const kustomizations = fluxKustomizations(cluster);
    expect(kustomizations.map((ks) => ks.metadata.name).sort()).toEqual([
      'apps',
      'flux-system',
      'infra-configs',
      'infra-controllers',
    ]);
    for (const ks of kustomizations) {
      const namespace = ks.metadata.namespace;
      expect(isDirectory(pathOf(ks)), `${ks.metadata.name}: ${ks.spec.path}`).toBe(true);
      const source = all.find(
        (o) =>
          o.kind === ks.spec.sourceRef.kind &&
          o.metadata.name === ks.spec.sourceRef.name &&
          o.metadata.namespace === (ks.spec.sourceRef.namespace ?? namespace),
      );
      expect(source, `${ks.metadata.name} sourceRef`).toBeDefined();
      for (const dependency of (ks.spec.dependsOn ?? []) as { name: string; namespace?: string }[]) {
        const found = kustomizations.find(
          (other) =>
            other.metadata.name === dependency.name &&
            other.metadata.namespace === (dependency.namespace ?? namespace),
        );
        expect(found, `${ks.metadata.name} dependsOn ${dependency.name}`).toBeDefined();
      }
    }
  });

  test('apps depends on infra-configs, which depends on infra-controllers', () => {
    const byName = new Map(fluxKustomizations(cluster).map((ks) => [ks.metadata.name, ks]));
    expect(byName.get('apps')?.spec.dependsOn).toEqual([{ name: 'infra-configs' }]);
    expect(byName.get('infra-configs')?.spec.dependsOn).toEqual([{ name: 'infra-controllers' }]);
  });

  test('every Flux Kustomization patch targets an object of its build', async () => {
    for (const ks of fluxKustomizations(cluster).filter((k) => k.spec.patches)) {
      const built = objectsOf(await (await kubectl()).kustomize(pathOf(ks)), ks.metadata.name);
      for (const patch of ks.spec.patches as { target: { kind: string; name: string } }[]) {
        const target = built.find(
          (o) => o.kind === patch.target.kind && o.metadata.name === patch.target.name,
        );
        expect(target, `${ks.metadata.name}: ${patch.target.kind}/${patch.target.name}`).toBeDefined();
      }
    }
  });

  test('every ${var} in a postBuild build resolves in strict mode: defined, defaulted, escaped or opted out', async () => {
    const all = clusterObjects(cluster).map(({ object }) => object);
    let checked = 0;
    for (const ks of fluxKustomizations(cluster).filter((k) => k.spec.postBuild)) {
      const variables = new Set<string>();
      for (const ref of (ks.spec.postBuild.substituteFrom ?? []) as {
        kind: string;
        name: string;
        optional?: boolean;
      }[]) {
        const found = all.find(
          (o) =>
            o.kind === ref.kind &&
            o.metadata.name === ref.name &&
            o.metadata.namespace === ks.metadata.namespace,
        );
        if (found === undefined) {
          expect(
            ref.optional,
            `${ks.metadata.name}: ${ref.kind}/${ref.name} is missing and not optional`,
          ).toBe(true);
          continue;
        }
        for (const key of Object.keys(found.data ?? {})) variables.add(key);
      }
      for (const key of Object.keys(ks.spec.postBuild.substitute ?? {})) variables.add(key);

      const output = await (await kubectl()).kustomize(pathOf(ks));
      for (const doc of parseAllDocuments(output)) {
        const object = doc.toJS() as KubeObject | null;
        if (object === null) continue;
        const optOut = 'kustomize.toolkit.fluxcd.io/substitute';
        const labels = (object.metadata as { labels?: Record<string, string> }).labels ?? {};
        if (object.metadata.annotations?.[optOut] === 'disabled' || labels[optOut] === 'disabled') continue;
        for (const reference of variableReferences(String(doc))) {
          checked++;
          if (reference.hasDefault) continue;
          expect(
            variables,
            `${ks.metadata.name}: ${object.kind}/${object.metadata.name} uses \${${reference.name}}`,
          ).toContain(reference.name);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** `${name}` and `${name<op>default}` references outside `$${…}` escapes (fluxcd/pkg envsubst syntax). */
function variableReferences(text: string): { name: string; hasDefault: boolean }[] {
  const references: { name: string; hasDefault: boolean }[] = [];
  for (const match of text.matchAll(/(\$+)\{([^}]*)\}/g)) {
    if ((match[1]?.length ?? 0) % 2 === 0) continue; // $${…} is an escaped literal
    const inner = match[2] ?? '';
    const name = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(inner)?.[0] ?? inner;
    references.push({ name, hasDefault: /^(:?[-=])/.test(inner.slice(name.length)) });
  }
  return references;
}

test('variableReferences skips $${escapes} and recognises the default forms', () => {
  expect(variableReferences('a: ${x} b: $${y} c: ${z:=1} d: ${w-2} e: $$${v}')).toEqual([
    { name: 'x', hasDefault: false },
    { name: 'z', hasDefault: true },
    { name: 'w', hasDefault: true },
    { name: 'v', hasDefault: false },
  ]);
});
