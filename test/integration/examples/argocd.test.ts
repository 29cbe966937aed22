import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { testTools } from '../../support/tools.js';
import {
  argocdRoot,
  handWrittenObjects,
  isDirectory,
  type KubeObject,
  kustomizationDirs,
  objectsOf,
} from './support.js';

const REPO_URL = 'https://github.com/acme/argocd-apps';
/** The Argo CD objects: everything in apps/ and bootstrap/ (platform/ holds what they deploy). */
const objects = handWrittenObjects(argocdRoot)
  .filter(({ file }) => file.startsWith('apps/') || file.startsWith('bootstrap/'))
  .map(({ object }) => object);
const applications = objects.filter((o) => o.kind === 'Application');

interface Source {
  repoURL: string;
  path?: string;
  chart?: string;
  ref?: string;
  targetRevision?: string;
  helm?: { valueFiles?: string[] };
}

test('every Argo CD object is an argoproj.io/v1alpha1 Application or ApplicationSet in the argocd namespace', () => {
  expect(objects.length).toBe(6);
  for (const object of objects) {
    expect(object.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(['Application', 'ApplicationSet']).toContain(object.kind);
    expect(object.metadata.namespace).toBe('argocd');
  }
});

test('every source path in this repository exists, and every Helm valueFile exists beside the chart', () => {
  for (const application of applications) {
    const sources = (application.spec.sources ?? [application.spec.source]) as Source[];
    for (const source of sources.filter((s) => s.repoURL === REPO_URL && s.path)) {
      const dir = path.join(argocdRoot, source.path ?? '');
      expect(isDirectory(dir), `${application.metadata.name}: ${source.path}`).toBe(true);
      for (const file of source.helm?.valueFiles ?? []) {
        expect(existsSync(path.join(dir, file)), `${application.metadata.name}: ${file}`).toBe(true);
      }
    }
  }
});

describe('the multi-source Application', () => {
  const multi = applications.filter((a) => a.spec.sources);

  test('takes a chart from a Helm repository and its values through a $values reference to this repository', () => {
    expect(multi).toHaveLength(1);
    const sources = multi[0]?.spec.sources as Source[];
    const ref = sources.find((s) => s.ref);
    const chart = sources.find((s) => s.chart);
    expect(ref?.repoURL).toBe(REPO_URL);
    expect(chart?.repoURL).toMatch(/^https:\/\//);
    const prefix = `$${ref?.ref}/`;
    const valueFiles = chart?.helm?.valueFiles ?? [];
    expect(valueFiles.length).toBeGreaterThan(0);
    for (const file of valueFiles) {
      expect(file.startsWith(prefix), file).toBe(true);
      expect(existsSync(path.join(argocdRoot, file.slice(prefix.length))), file).toBe(true);
    }
  });
});

describe('the list ApplicationSet', () => {
  const sets = objects.filter((o) => o.kind === 'ApplicationSet' && o.spec.generators[0].list);

  test('generates, from its list elements, one source path per environment that exists', () => {
    expect(sets).toHaveLength(1);
    const set = sets[0] as KubeObject;
    const elements = set.spec.generators[0].list.elements as Record<string, string>[];
    expect(elements.map((e) => e.env)).toEqual(['staging', 'production']);
    const template = set.spec.template.spec.source.path as string;
    for (const element of elements) {
      const generated = template.replace(
        /\{\{\s*\.(\w+)\s*\}\}/g,
        (_all, key: string) => element[key] ?? '<missing>',
      );
      expect(isDirectory(path.join(argocdRoot, generated)), generated).toBe(true);
    }
  });
});

describe.each(kustomizationDirs(argocdRoot))('kustomize build of examples/argocd/%s', (dir) => {
  test('succeeds and yields Kubernetes objects', async () => {
    const kubectl = await testTools().kubectl();
    expect(objectsOf(await kubectl.kustomize(path.join(argocdRoot, dir)), dir).length).toBeGreaterThan(0);
  });
});
