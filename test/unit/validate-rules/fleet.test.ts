import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterFiles } from '../../../src/core/repo/cluster-files.js';
import { runRules } from '../../../src/core/validate/rules/index.js';
import { repoRoot } from '../../support/paths.js';
import { inputOf, type TestFile } from './rule-input.js';

const fleet = path.join(repoRoot, 'examples', 'fleet');

function fleetFiles(): TestFile[] {
  return [...clusterFiles(fleet)].flatMap(([cluster, files]) =>
    files.map((file) => ({ file, text: readFileSync(path.join(fleet, file), 'utf8'), cluster })),
  );
}

describe('examples/fleet', () => {
  const files = fleetFiles();

  it('is read as two clusters sharing the apps and infrastructure bases', () => {
    const production = files.filter((f) => f.cluster === 'production').map((f) => f.file);
    expect(production).toContain('apps/base/shop/release.yaml');
    expect(production).toContain('apps/production/shop-values.yaml');
    expect(production).toContain('infrastructure/controllers/node-agent.yaml');
    expect(production).not.toContain('apps/staging/shop-values.yaml');
    expect(files.filter((f) => f.cluster === 'staging').map((f) => f.file)).toContain(
      'apps/staging/orders-values.yaml',
    );
  });

  for (const kubernetesVersion of ['1.31', '1.35']) {
    it(`yields no error finding for Kubernetes ${kubernetesVersion}`, () => {
      const findings = runRules(inputOf(...files), { kubernetesVersion });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }

  it('warns only that production takes its infrastructure charts from version ranges', () => {
    const findings = runRules(inputOf(...files), { kubernetesVersion: '1.35' });
    expect(
      findings.map((f) => [f.ruleId, f.severity, `${f.location.file}:${f.location.line}`, f.message]),
    ).toEqual([
      [
        'helm/unpinned-chart-in-production',
        'warning',
        'infrastructure/controllers/edge-ingress.yaml:30',
        'HelmRelease edge-ingress in production takes chart version "1.3.x", a range',
      ],
      [
        'helm/unpinned-chart-in-production',
        'warning',
        'infrastructure/controllers/node-agent.yaml:13',
        'HelmRelease node-agent in production takes its chart from OCIRepository node-agent, whose ref.semver "0.4.x" is a range',
      ],
    ]);
  });

  it('reports the production markers once the production image policies are left out', () => {
    // Guards the zero-error result against a vacuous pass: the markers are read and resolved.
    const production = files.filter(
      (f) => f.cluster === 'production' && f.file !== 'clusters/production/image-automation.yaml',
    );
    const findings = runRules(inputOf(...production), { kubernetesVersion: '1.35' }).filter(
      (f) => f.ruleId === 'flux/reference',
    );
    expect(findings.map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'apps/production/orders-values.yaml:15',
      'apps/production/shop-values.yaml:14',
      'apps/production/shop-values.yaml:15',
    ]);
  });
});
