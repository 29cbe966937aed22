import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_FILE,
  configuredEnvironments,
  loadConfig,
  parseRoutes,
  readConfig,
} from '../../../src/core/config/config.js';
import { GitopsError } from '../../../src/core/errors.js';
import { tempDir } from '../../support/temp.js';

async function withConfig(text: string): Promise<string> {
  const root = await tempDir();
  await writeFile(path.join(root, CONFIG_FILE), text);
  return root;
}

async function errorOf(root: string): Promise<GitopsError> {
  const error = await loadConfig(root).catch((caught: unknown) => caught);
  if (!(error instanceof GitopsError)) throw new Error(`expected a GitopsError, got ${String(error)}`);
  return error;
}

describe('.gitops-actions.yaml', () => {
  it('is optional', async () => {
    expect(await loadConfig(await tempDir())).toEqual({});
  });

  it('reads environments, routes, promotion fields and rule settings', async () => {
    const root = await withConfig(`environments:
  staging: { paths: [./apps/staging/] }
  production: { paths: [apps/production, clusters/production] }
routes:
  - dev -> staging -> production
promotion:
  fields:
    - { files: "apps/*/values.yaml", path: spec.values.app.version }
validate:
  rules:
    helm/unpinned-chart-in-production: "off"
`);
    const config = await loadConfig(root);
    expect(configuredEnvironments(config.environments ?? {})).toEqual([
      { name: 'staging', paths: ['apps/staging'] },
      { name: 'production', paths: ['apps/production', 'clusters/production'] },
    ]);
    expect(parseRoutes(config.routes ?? [], CONFIG_FILE)).toEqual([
      { from: 'dev', to: 'staging' },
      { from: 'staging', to: 'production' },
    ]);
    expect(config.validate?.rules).toEqual({ 'helm/unpinned-chart-in-production': 'off' });
  });

  it('names an unknown key at its line', async () => {
    const error = await errorOf(await withConfig('routes: []\npromotion:\n  feilds: []\n'));
    expect(error.message).toBe('.gitops-actions.yaml: promotion: unknown key "feilds"');
    expect(error.location).toMatchObject({ file: CONFIG_FILE, line: 3 });
  });

  it('lists the allowed severities for a bad one', async () => {
    const error = await errorOf(await withConfig('validate:\n  rules:\n    secret/plaintext: loud\n'));
    expect(error.message).toBe(
      '.gitops-actions.yaml: validate.rules.secret~1plaintext: must be one of error, warning, notice, off',
    );
    expect(error.location?.line).toBe(3);
  });

  it('reports a YAML syntax error at its line', async () => {
    const error = await errorOf(await withConfig('routes: [staging -> production\n'));
    expect(error.location?.file).toBe(CONFIG_FILE);
  });

  it('reads the render section: cluster entry points and charts with per-environment values files', async () => {
    const root = await withConfig(`render:
  clusters: [clusters/eu, clusters/us]
  charts:
    - name: web
      chart: charts/web
      environments:
        dev: [values.yaml, values-dev.yaml]
`);
    const { config, locate } = await readConfig(root);
    expect(config.render).toEqual({
      clusters: ['clusters/eu', 'clusters/us'],
      charts: [
        { name: 'web', chart: 'charts/web', environments: { dev: ['values.yaml', 'values-dev.yaml'] } },
      ],
    });
    expect(locate(['render', 'charts', 0, 'environments', 'dev', 1])).toMatchObject({
      file: CONFIG_FILE,
      line: 7,
    });
  });

  it('names a chart without environments at its line', async () => {
    const error = await errorOf(
      await withConfig('render:\n  charts:\n    - name: web\n      chart: charts/web\n'),
    );
    expect(error.message).toBe(
      ".gitops-actions.yaml: render.charts.0 must have required property 'environments'",
    );
    expect(error.location?.line).toBe(3);
  });

  it('refuses a malformed route', () => {
    expect(() => parseRoutes(['staging production'], CONFIG_FILE)).toThrow(
      '.gitops-actions.yaml has an invalid route "staging production": expected "staging -> production".',
    );
  });
});
