import path from 'node:path';
import {
  ChartResolver,
  type ChartResolverOptions,
  type ManifestObject,
} from '../../../src/core/helm/sources/index.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

const open: ChartResolver[] = [];

/** A resolver with the real helm, a fresh cache (unless given) and its own Helm home. */
export async function testResolver(options: Partial<ChartResolverOptions> = {}): Promise<ChartResolver> {
  const scratch = await tempDir('gitops-actions-resolver-');
  const resolver = await ChartResolver.create({
    tools: testTools(path.join(scratch, 'helm-home')),
    cacheDir: path.join(scratch, 'cache'),
    ...options,
  });
  open.push(resolver);
  return resolver;
}

export async function closeResolvers(): Promise<void> {
  await Promise.all(open.splice(0).map((resolver) => resolver.close()));
}

export function helmRelease(spec: Record<string, unknown>, name = 'web', namespace = 'apps'): ManifestObject {
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name, namespace },
    spec,
  };
}

export function fromHelmRepository(chart: string, version?: string, repository = 'charts'): ManifestObject {
  return helmRelease({
    chart: {
      spec: {
        chart,
        ...(version === undefined ? {} : { version }),
        sourceRef: { kind: 'HelmRepository', name: repository },
      },
    },
  });
}

export function helmRepository(
  url: string,
  name = 'charts',
  extra: Record<string, unknown> = {},
): ManifestObject {
  return { kind: 'HelmRepository', metadata: { name, namespace: 'apps' }, spec: { url, ...extra } };
}

/** The version in a chart's Chart.yaml as helm itself reads it. */
export async function helmChartVersion(chartPath: string): Promise<string> {
  const shown = await (await testTools().helm()).showChart(chartPath);
  return /^version: (.+)$/m.exec(shown)?.[1]?.trim() ?? '';
}
