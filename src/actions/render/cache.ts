import path from 'node:path';
import type { DirectoryCacheSettings } from '../shared/cache.js';
import type { RenderSettings } from './inputs.js';

/**
 * The render cache kept between workflow runs: packaged charts (`<cacheDir>/charts`, see
 * core/helm/chart-cache.ts) and rendered units (`<cacheDir>/render`, core/render/unit-cache.ts).
 * The helm and kubectl binaries beside them (`tools/`) are left to the tool cache. Entries made
 * for the same repository path, clusters and Kubernetes version are restored first.
 */
export function renderCache(settings: RenderSettings, cacheDir: string): DirectoryCacheSettings {
  return {
    name: 'render',
    paths: [path.join(cacheDir, 'charts'), path.join(cacheDir, 'render')],
    keyParts: [
      path.relative(settings.workspace, settings.sourceRoot) || '.',
      ...settings.clusters,
      settings.kubeVersion,
    ],
  };
}
