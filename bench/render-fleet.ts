/**
 * The generated fleet bench/render and bench/check share: HelmReleases over three local charts
 * (two from examples/fleet, one written here), all applied by one Flux Kustomization.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';

// npm scripts run in the checkout.
const checkout = process.cwd();

export const RELEASES = 120;
export const CHARTS = ['web-app', 'cache', 'config'] as const;

export interface Release {
  name: string;
  namespace: string;
  chart: (typeof CHARTS)[number];
  values: Record<string, unknown>;
}

export function releases(): Release[] {
  return Array.from({ length: RELEASES }, (_, i) => {
    const chart = CHARTS[i % CHARTS.length] as Release['chart'];
    const values =
      chart === 'web-app'
        ? {
            replicaCount: 1 + (i % 3),
            image: { tag: `1.${i}.0` },
            env: { INDEX: String(i) },
            ingress: { enabled: i % 2 === 0, host: `app-${i}.example.com` },
          }
        : chart === 'cache'
          ? { maxMemory: `${32 + i}mb` }
          : { settings: { index: i, team: `team-${i % 7}` } };
    return { name: `app-${i}`, namespace: `team-${i % 10}`, chart, values };
  });
}

export function helmRelease(release: Release): string {
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${release.name}
  namespace: ${release.namespace}
spec:
  interval: 30m
  chart:
    spec:
      chart: ./charts/${release.chart}
      sourceRef:
        kind: GitRepository
        name: flux-system
        namespace: flux-system
  values:
${stringify(release.values, { indent: 2 }).replace(/^/gm, '    ').trimEnd()}
`;
}

/** A third chart with a few templates and no dependencies. */
async function writeConfigChart(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'templates'), { recursive: true });
  await writeFile(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: config\nversion: 0.1.0\n');
  await writeFile(path.join(dir, 'values.yaml'), 'settings: {}\n');
  await writeFile(
    path.join(dir, 'templates', 'configmap.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-settings\ndata:\n{{- range $k, $v := .Values.settings }}\n  {{ $k }}: {{ $v | quote }}\n{{- end }}\n',
  );
}

export async function writeFleet(root: string, list: readonly Release[]): Promise<void> {
  for (const chart of ['web-app', 'cache']) {
    await cp(path.join(checkout, 'examples', 'fleet', 'charts', chart), path.join(root, 'charts', chart), {
      recursive: true,
    });
  }
  await writeConfigChart(path.join(root, 'charts', 'config'));
  await mkdir(path.join(root, 'clusters', 'bench'), { recursive: true });
  await writeFile(
    path.join(root, 'clusters', 'bench', 'sync.yaml'),
    `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m
  url: https://github.com/acme/bench
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps
  sourceRef:
    kind: GitRepository
    name: flux-system
`,
  );
  await mkdir(path.join(root, 'apps'), { recursive: true });
  for (const release of list)
    await writeFile(path.join(root, 'apps', `${release.name}.yaml`), helmRelease(release));
}
