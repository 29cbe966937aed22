import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Helm } from '../../../src/core/tools/helm.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import {
  argocdRoot,
  chartDirs,
  examplesRoot,
  fleetRoot,
  handWrittenObjects,
  type KubeObject,
  objectsOf,
} from './support.js';

/** Every chart whose sources the examples hold: the fleet's, the Argo CD repo's and the mirrored ones. */
const charts = chartDirs(examplesRoot);

/**
 * A copy of the chart (with its sibling charts, so `file://../x` dependencies resolve) in a temporary
 * directory, with dependencies built there: the examples stay untouched, as source-controller
 * leaves the Git checkout.
 */
async function preparedChart(helm: Helm, chartDir: string): Promise<string> {
  const copy = path.join(await tempDir(), 'charts');
  await cp(path.dirname(chartDir), copy, { recursive: true });
  const chart = path.join(copy, path.basename(chartDir));
  const metadata = parse(await readFile(path.join(chart, 'Chart.yaml'), 'utf8')) as {
    dependencies?: unknown[];
  };
  if ((metadata.dependencies ?? []).length > 0) await helm.dependencyBuild(chart);
  return chart;
}

async function template(helm: Helm, chart: string, release: string, args: readonly string[] = []) {
  const output = await helm.template([release, chart, '--namespace', 'examples', ...args]);
  return objectsOf(output, `${release} from ${chart}`);
}

test('the examples hold the six charts this suite expects', () => {
  expect(charts).toEqual([
    'argocd/charts/guestbook',
    'fleet/charts/cache',
    'fleet/charts/web-app',
    'fleet/charts/worker',
    'mirror-src/edge-ingress',
    'mirror-src/node-agent',
  ]);
});

describe.each(charts)('chart examples/%s', (relative) => {
  test('passes helm lint --strict and renders with its defaults', async () => {
    const helm = await testTools().helm();
    const chart = await preparedChart(helm, path.join(examplesRoot, relative));
    await helm.lint(chart, { strict: true });
    const objects = await template(helm, chart, 'example');
    expect(objects.some((o) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind))).toBe(true);
  });
});

describe('the worker chart and its file://../cache dependency', () => {
  test('renders the cache subchart when cache.enabled, and not otherwise', async () => {
    const helm = await testTools().helm();
    const chart = await preparedChart(helm, path.join(fleetRoot, 'charts', 'worker'));
    const output = await helm.template(['orders', chart, '--namespace', 'orders']);
    expect(output).toContain('# Source: worker/charts/cache/templates/statefulset.yaml');
    const objects = objectsOf(output, 'worker');
    expect(objects.find((o) => o.kind === 'StatefulSet')?.metadata.name).toBe('orders-cache');
    const worker = objects.find((o) => o.kind === 'Deployment');
    const env = worker?.spec.template.spec.containers[0].env as { name: string; value: string }[];
    expect(env).toContainEqual({ name: 'REDIS_URL', value: 'redis://orders-cache:6379' });

    const without = await template(helm, chart, 'orders', ['--set', 'cache.enabled=false']);
    expect(without.map((o) => o.kind)).toEqual(['Deployment']);
  });

  test('does not render in place: the dependency is built at packaging time, never vendored', async () => {
    const helm = await testTools().helm();
    await expect(helm.template(['orders', path.join(fleetRoot, 'charts', 'worker')])).rejects.toThrow(
      /missing in charts\/ directory: cache/,
    );
  });
});

/**
 * The fleet's HelmReleases of its own charts, rendered with the values helm-controller would merge:
 * chart defaults or chart.spec.valuesFiles, then valuesFrom ConfigMaps, then inline values. Values
 * still hold ${var} references (postBuild is not applied here): the charts only pass them through.
 */
describe.each(['staging', 'production'])('the fleet HelmReleases of local charts in %s', (env) => {
  test('render with their merged values, running the overlay image tags', async () => {
    const helm = await testTools().helm();
    const kubectl = await testTools().kubectl();
    const built = objectsOf(await kubectl.kustomize(path.join(fleetRoot, 'apps', env)), env);
    const releases = built.filter(
      (o) => o.kind === 'HelmRelease' && o.spec.chart?.spec?.chart?.startsWith('./'),
    );
    expect(releases.map((r) => r.metadata.name).sort()).toEqual(['orders', 'shop']);
    const expectedImages = imagesFromOverlay(env);
    for (const release of releases) {
      const chart = await preparedChart(helm, path.join(fleetRoot, release.spec.chart.spec.chart));
      const dir = await tempDir();
      const files: string[] = [];
      for (const valuesFile of (release.spec.chart.spec.valuesFiles ?? []) as string[]) {
        files.push(path.join(fleetRoot, valuesFile));
      }
      for (const [index, ref] of (
        (release.spec.valuesFrom ?? []) as { kind: string; name: string }[]
      ).entries()) {
        const configMap = built.find((o) => o.kind === ref.kind && o.metadata.name === ref.name);
        const file = path.join(dir, `values-from-${index}.yaml`);
        await writeFile(file, configMap?.data?.['values.yaml'] ?? '');
        files.push(file);
      }
      const inline = path.join(dir, 'inline.yaml');
      await writeFile(inline, stringify(release.spec.values ?? {}));
      files.push(inline);
      const args = files.flatMap((file) => ['--values', file]);
      await helm.lint(chart, { strict: true, valuesFiles: files });
      const rendered = await template(helm, chart, release.metadata.name, [
        '--namespace',
        release.metadata.namespace ?? 'default',
        ...args,
      ]);
      const deployment = rendered.find((o) => o.kind === 'Deployment') as KubeObject;
      expect(deployment.spec.template.spec.containers[0].image).toBe(
        expectedImages.get(release.metadata.name),
      );
    }
  });
});

/** The image each app runs in an environment, read from the overlay files (not from the render). */
function imagesFromOverlay(env: string): Map<string, string> {
  const releases = handWrittenObjects(fleetRoot).filter(
    ({ file, object }) => file.startsWith(`apps/${env}/`) && object.kind === 'HelmRelease',
  );
  const images = new Map<string, string>();
  for (const { object } of releases) {
    const image = object.spec.values?.image;
    images.set(object.metadata.name, typeof image === 'string' ? image : `${image.repository}:${image.tag}`);
  }
  return images;
}

test('the overlays run different image tags in staging and production', () => {
  const staging = imagesFromOverlay('staging');
  const production = imagesFromOverlay('production');
  expect([...staging.keys()].sort()).toEqual(['orders', 'shop']);
  for (const [app, image] of staging) expect(production.get(app), app).not.toBe(image);
});

/** Argo CD Applications with a Helm source in this repository, rendered with their valueFiles. */
describe('the Argo CD guestbook Applications', () => {
  const applications = handWrittenObjects(argocdRoot).filter(
    ({ object }) => object.kind === 'Application' && object.spec.source?.helm?.valueFiles,
  );

  test('are one per environment', () => {
    expect(applications.map(({ object }) => object.metadata.name).sort()).toEqual([
      'guestbook-production',
      'guestbook-staging',
    ]);
  });

  test.each(applications.map(({ object }) => [object.metadata.name, object] as const))(
    '%s renders its chart with its valueFiles, labelled with its environment',
    async (name, application) => {
      const helm = await testTools().helm();
      const source = application.spec.source;
      const chart = path.join(argocdRoot, source.path);
      const files = (source.helm.valueFiles as string[]).map((file) => path.join(chart, file));
      await helm.lint(chart, { strict: true, valuesFiles: files });
      const rendered = await template(
        helm,
        chart,
        source.helm.releaseName,
        files.flatMap((f) => ['--values', f]),
      );
      const deployment = rendered.find((o) => o.kind === 'Deployment') as KubeObject & {
        metadata: { labels: Record<string, string> };
      };
      const env = name.replace(/^guestbook-/, '');
      expect(deployment.metadata.labels['acme.example/environment']).toBe(env);
      expect(rendered.some((o) => o.kind === 'Ingress')).toBe(true);
    },
  );
});
