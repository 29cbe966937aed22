import { expect, it } from 'vitest';
import { renderSummary } from '../../../src/actions/render/summary.js';
import { indexOf, type RenderRun, type RenderUnit } from '../../../src/core/render/index.js';

const unit = (
  cluster: string,
  kind: RenderUnit['kind'],
  name: string,
  status: RenderUnit['status'],
): RenderUnit => ({
  id: `${cluster}/${kind}/default/${name}`,
  cluster,
  kind,
  namespace: 'default',
  name,
  chain: [],
  dependsOn: [],
  status,
  durationMs: 0,
  objects: [],
});

it('the render summary counts units by kind, Argo CD Applications and configured Charts included', () => {
  const run: RenderRun = {
    clusters: [
      { name: 'bootstrap', entry: 'bootstrap', kustomizeMs: 0 },
      { name: 'dev', entry: '.gitops-actions.yaml', kustomizeMs: 0 },
    ],
    units: [
      unit('bootstrap', 'Kustomization', 'flux-system', 'rendered'),
      unit('bootstrap', 'Application', 'guestbook', 'cached'),
      unit('bootstrap', 'Application', 'root', 'rendered'),
      unit('dev', 'Chart', 'web', 'rendered'),
    ],
    diagnostics: [],
    kubeVersion: 'v1.35.0',
  };
  const summary = renderSummary(run, indexOf(run), 0);
  expect(summary).toContain('Units by kind: 1 Kustomization, 2 Application, 1 Chart.');
  expect(summary).toContain('| bootstrap | 3 | 1 | 0 | 0 |');
  expect(summary).toContain('| dev | 1 | 0 | 0 | 0 |');
});
