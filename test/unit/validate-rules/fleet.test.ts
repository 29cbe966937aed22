import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runRules } from '../../../src/core/validate/rules/index.js';
import { repoRoot } from '../../support/paths.js';
import { inputOf, type TestFile } from './rule-input.js';

const fleet = path.join(repoRoot, 'examples', 'fleet');

function yamlFilesUnder(relative: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(fleet, relative)).sort()) {
    const child = path.posix.join(relative, name);
    if (statSync(path.join(fleet, child)).isDirectory()) out.push(...yamlFilesUnder(child));
    else if (/\.ya?ml$/.test(name)) out.push(child);
  }
  return out;
}

/**
 * The files one cluster applies, found the way Flux finds them: start at clusters/<env>, follow
 * each Flux Kustomization's spec.path; in a directory with a kustomization.yaml follow its
 * resources (files and directories) and patches, otherwise take every YAML file beneath it.
 */
function clusterFiles(cluster: string): string[] {
  const files = new Set<string>();
  const directories = [`clusters/${cluster}`];
  const visitDirectory = (dir: string) => {
    const kustomization = path.posix.join(dir, 'kustomization.yaml');
    if (!existsSync(path.join(fleet, kustomization))) {
      for (const file of yamlFilesUnder(dir)) visitFile(file);
      return;
    }
    visitFile(kustomization);
    const config = parseAllDocuments(readFileSync(path.join(fleet, kustomization), 'utf8'))[0]?.toJS() ?? {};
    for (const entry of [
      ...(config.resources ?? []),
      ...(config.patches ?? []).map((p: { path?: string }) => p.path),
    ]) {
      if (typeof entry !== 'string') continue;
      const target = path.posix.normalize(path.posix.join(dir, entry));
      if (statSync(path.join(fleet, target)).isDirectory()) visitDirectory(target);
      else visitFile(target);
    }
  };
  const visitFile = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const doc of parseAllDocuments(readFileSync(path.join(fleet, file), 'utf8'))) {
      const object = doc.toJS();
      if (
        object?.apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/') &&
        typeof object.spec?.path === 'string'
      ) {
        directories.push(path.posix.normalize(object.spec.path));
      }
    }
  };
  for (let i = 0; i < directories.length; i++) visitDirectory(directories[i] as string);
  return [...files].sort();
}

function fleetFiles(): TestFile[] {
  return readdirSync(path.join(fleet, 'clusters'))
    .sort()
    .flatMap((cluster) =>
      clusterFiles(cluster).map((file) => ({
        file,
        text: readFileSync(path.join(fleet, file), 'utf8'),
        cluster,
      })),
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
