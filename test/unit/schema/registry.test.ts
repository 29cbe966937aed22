import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { SchemaRegistry } from '../../../src/core/schema/registry.js';
import type { SchemaBundle } from '../../../src/core/schema/types.js';
import { SchemaValidator } from '../../../src/core/validate/schema-validator.js';
import { tempDir } from '../../support/temp.js';
import { kubernetesSchemas, messages, validatorFor } from './support.js';

const CONFIG_MAP = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } };

describe('SchemaRegistry', () => {
  it('finds DIR/v<major>.<minor>/swagger.json for 1.35 and 1.35.0 alike', async () => {
    for (const version of ['1.35', '1.35.0', 'v1.35.7']) {
      const { registry } = await validatorFor(version);
      expect(registry.builtInSource).toBe(path.join(kubernetesSchemas(), 'v1.35', 'swagger.json'));
    }
  });

  it('fails as a usage error when no directory holds the version, listing the ones that exist', async () => {
    const attempt = validatorFor('1.20');
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toMatchObject({
      message: expect.stringContaining('no swagger.json for Kubernetes v1.20'),
      hint: 'Available: v1.31, v1.35.',
    });
  });

  it('reuses a cached conversion keyed by the source digest, and keeps strict and loose apart', async () => {
    const cacheDirectory = await tempDir();
    await validatorFor('1.35', { cacheDirectory });
    const [entry, ...others] = await readdir(cacheDirectory);
    expect(others).toEqual([]);
    const file = path.join(cacheDirectory, entry ?? '');
    const cached = JSON.parse(await readFile(file, 'utf8')) as SchemaBundle;
    expect(cached.kinds.length).toBeGreaterThan(100);

    // Proof that a warm run reads the cache instead of converting: a planted definition is used.
    cached.definitions['io.k8s.api.core.v1.ConfigMap'] = { not: {} };
    await writeFile(file, JSON.stringify(cached));
    const warm = await validatorFor('1.35', { cacheDirectory });
    expect((await warm.validator.validate(CONFIG_MAP)).status).toBe('invalid');

    const loose = await validatorFor('1.35', { cacheDirectory, strict: false });
    expect((await loose.validator.validate(CONFIG_MAP)).status).toBe('valid');
    expect(await readdir(cacheDirectory)).toHaveLength(2);
  });

  it('tries kubeconform-style locations in order, after the built-in schemas and CRDs', async () => {
    const root = await tempDir();
    const first = path.join(root, 'first');
    const second = path.join(root, 'second');
    await mkdir(path.join(second, 'argoproj.io'), { recursive: true });
    await mkdir(first, { recursive: true });
    // Shaped like kubeconform's catalog schemas: nullable types, kind pinned by an enum.
    const rollout = {
      $schema: 'http://json-schema.org/schema#',
      type: 'object',
      properties: {
        kind: { type: ['string', 'null'], enum: ['Rollout'] },
        spec: { type: 'object', properties: { replicas: { type: ['integer', 'null'] } } },
      },
    };
    await writeFile(path.join(second, 'argoproj.io', 'rollout_v1alpha1.json'), JSON.stringify(rollout));
    const registry = await SchemaRegistry.create({
      kubernetesVersion: '1.35',
      openApiDirectories: [kubernetesSchemas()],
      locations: [
        `${first}/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`,
        `${second}/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`,
      ],
    });
    const validator = new SchemaValidator(registry);
    const object = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'r' },
      spec: { replicas: 2 },
    };
    expect(await validator.validate(object)).toEqual({
      status: 'valid',
      source: path.join(second, 'argoproj.io', 'rollout_v1alpha1.json'),
      notEvaluated: [],
    });
    expect(messages(await validator.validate({ ...object, spec: { replicas: 2, replica: 1 } }))).toEqual([
      'spec: unknown field "replica" (did you mean "replicas"?)',
    ]);
    // The file name is the lower-cased kind; the schema's enum still wants the kind exactly.
    expect(messages(await validator.validate({ ...object, kind: 'rollout' }))).toEqual([
      'kind: unsupported value "rollout": supported values: "Rollout"',
    ]);
    const missing = await validator.validate({ ...object, kind: 'AnalysisRun' });
    expect(missing).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining(`location ${first}/`),
    });
  });
});
