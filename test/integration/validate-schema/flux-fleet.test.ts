import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadManifests } from '../../../src/core/manifest/load-manifests.js';
import { SchemaRegistry } from '../../../src/core/schema/registry.js';
import { type SchemaResult, SchemaValidator } from '../../../src/core/validate/schema-validator.js';
import { repoRoot } from '../../support/paths.js';
import { requireTestdata } from '../../support/testdata.js';

const fleet = path.join(repoRoot, 'examples', 'fleet');

/**
 * Hand-written manifests: everything but chart templates (Helm renders those first) and the
 * partial objects a kustomization.yaml lists as patches (`- path: shop-values.yaml`).
 */
function fleetFiles(dir = fleet): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const kustomization = entries.some((entry) => entry.name === 'kustomization.yaml')
    ? readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')
    : '';
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'charts' ? [] : fleetFiles(full);
    if (kustomization.includes(`- path: ${entry.name}`)) return [];
    return entry.name.endsWith('.yaml') ? [full] : [];
  });
}

function fluxCrds(): Record<string, unknown>[] {
  const dir = requireTestdata('flux-crds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => loadManifests(name, readFileSync(path.join(dir, name), 'utf8')).manifests)
    .map((manifest) => manifest.object);
}

let validator: SchemaValidator;
let crds: Record<string, unknown>[];

beforeAll(async () => {
  const registry = await SchemaRegistry.create({
    kubernetesVersion: '1.35',
    openApiDirectories: [path.dirname(path.dirname(requireTestdata('kubernetes/v1.35/swagger.json')))],
  });
  crds = fluxCrds();
  const conversions = registry.addCrds(crds);
  expect(conversions.flatMap((conversion) => conversion.problems)).toEqual([]);
  validator = new SchemaValidator(registry);
});

async function validateFile(file: string, text = readFileSync(file, 'utf8')) {
  const loaded = loadManifests(path.relative(fleet, file), text);
  return Promise.all(
    loaded.manifests.map(async (manifest) => ({
      manifest,
      result: await validator.validate(manifest.object, { yaml: loaded.yaml, document: manifest.document }),
    })),
  );
}

describe('Flux CRDs and examples/fleet', () => {
  it('validates the Flux CRD objects themselves against apiextensions.k8s.io/v1', async () => {
    expect(crds.length).toBe(15);
    for (const crd of crds) {
      const result = await validator.validate(crd);
      expect(result, JSON.stringify((crd.metadata as { name: string }).name)).toMatchObject({
        status: 'valid',
      });
    }
  });

  it('accepts every hand-written object of the fleet and skips, with a reason, only kinds without a schema', async () => {
    const statuses = new Map<string, SchemaResult['status']>();
    const skipped = new Map<string, string>();
    for (const file of fleetFiles()) {
      for (const { manifest, result } of await validateFile(file)) {
        const kind = `${manifest.identity.apiVersion} ${manifest.identity.kind}`;
        expect(result.status === 'invalid' ? result.findings : [], `${file} ${kind}`).toEqual([]);
        statuses.set(kind, result.status);
        if (result.status === 'skipped') skipped.set(kind, result.reason);
      }
    }
    for (const kind of [
      'helm.toolkit.fluxcd.io/v2 HelmRelease',
      'kustomize.toolkit.fluxcd.io/v1 Kustomization',
      'source.toolkit.fluxcd.io/v1 GitRepository',
      'source.toolkit.fluxcd.io/v1 OCIRepository',
      'image.toolkit.fluxcd.io/v1 ImagePolicy',
      'v1 Namespace',
      'v1 ConfigMap',
    ]) {
      expect(statuses.get(kind), kind).toBe('valid');
    }
    // kustomize's own kustomization.yaml and a CRD that ships inside a chart have no schema here.
    expect([...skipped.keys()].sort()).toEqual([
      'edge.acme.example/v1 RateLimitPolicy',
      'kustomize.config.k8s.io/v1beta1 Kustomization',
    ]);
    expect(skipped.get('edge.acme.example/v1 RateLimitPolicy')).toMatch(
      /^no schema for RateLimitPolicy edge\.acme\.example\/v1 in Kubernetes v1\.35 .*, 15 CRDs$/,
    );
  });

  it('lists the CEL rules of a HelmRelease as not evaluated', async () => {
    const [first] = await validateFile(path.join(fleet, 'apps/base/shop/release.yaml'));
    expect(first?.result.status).toBe('valid');
    const notEvaluated = first?.result.status === 'valid' ? first.result.notEvaluated : [];
    expect(notEvaluated.map((rule) => `${rule.kind} ${rule.path}`)).toEqual([
      'cel spec.install.strategy',
      'cel spec.kubeConfig',
      'cel spec.kubeConfig',
      'cel spec.upgrade.strategy',
      'cel spec',
    ]);
  });

  /** [file, text, replacement, the one finding, the text of the line it must point at]. */
  const broken: [string, string, string, string, string][] = [
    [
      'infrastructure/controllers/edge-ingress.yaml',
      '  install:\n    crds: CreateReplace',
      '  install:\n    crds: Sometimes',
      'spec.install.crds: unsupported value "Sometimes": supported values: "Skip", "Create", "CreateReplace"',
      'crds: Sometimes',
    ],
    [
      'clusters/production/apps.yaml',
      '  prune: true',
      '  prune: "true"',
      'spec.prune: expected boolean, got string "true"',
      'prune: "true"',
    ],
    [
      'clusters/staging/flux-system/gotk-sync.yaml',
      '    branch: main',
      '    brnach: main',
      'spec.ref: unknown field "brnach" (did you mean "branch"?)',
      'brnach: main',
    ],
    [
      'infrastructure/controllers/node-agent.yaml',
      '    operation: copy',
      '    operation: move',
      'spec.layerSelector.operation: unsupported value "move": supported values: "extract", "copy"',
      'operation: move',
    ],
    [
      'clusters/production/image-automation.yaml',
      '  imageRepositoryRef:\n    name: shop',
      '  imageRepositoryRef:\n    namespace: flux-system',
      'spec.imageRepositoryRef: required field "name" is missing',
      'imageRepositoryRef:',
    ],
  ];

  it.each(broken)(
    '%s: a broken variant fails at the changed line',
    async (relative, from, to, message, at) => {
      const file = path.join(fleet, relative);
      const original = readFileSync(file, 'utf8');
      expect(original).toContain(from);
      const text = original.replace(from, to);
      const line = text.slice(0, text.indexOf(to) + to.indexOf(at)).split('\n').length;
      const findings = (await validateFile(file, text)).flatMap(({ result }) =>
        result.status === 'invalid' ? result.findings : [],
      );
      expect(findings.map((finding) => finding.message)).toEqual([message]);
      expect(findings[0]?.location).toMatchObject({ file: relative, line });
    },
  );
});
