import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeTestChart } from '../../support/charts.js';
import { isAlive } from '../../support/process.js';
import {
  listTags,
  putImageTag,
  putImageTags,
  startRegistry,
  type TestRegistry,
} from '../../support/registry.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

describe('test registry (docker-registry)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('stores a chart pushed with helm push --plain-http and hands the same chart to helm pull', async () => {
    const helm = await testTools().helm();
    const work = await tempDir();
    const chartDir = await writeTestChart(path.join(work, 'src', 'hello'), {
      name: 'hello',
      version: '1.2.3',
      appVersion: '4.5.6',
    });
    const packaged = await helm.package(chartDir, path.join(work, 'packaged'));
    await helm.push(packaged, `oci://${registry.host}/charts`, { plainHttp: true });

    // helm pull writes into an existing directory only.
    const pulled = path.join(work, 'pulled');
    await mkdir(pulled);
    await helm.pull(`oci://${registry.host}/charts/hello`, {
      version: '1.2.3',
      destination: pulled,
      plainHttp: true,
    });
    const chart = parse(await helm.showChart(path.join(pulled, 'hello-1.2.3.tgz')));
    expect(chart).toEqual({
      apiVersion: 'v2',
      name: 'hello',
      version: '1.2.3',
      appVersion: '4.5.6',
      type: 'application',
    });
    expect(await listTags(registry.url, 'charts/hello')).toEqual(['1.2.3']);
  });

  it('lists every tag put through the distribution API, each under its own manifest digest', async () => {
    const tags = Array.from({ length: 150 }, (_, i) => `1.0.${i}`);
    const digests = await putImageTags(registry.url, 'team/app', tags);

    expect([...digests.keys()].sort()).toEqual([...tags].sort());
    expect(new Set(digests.values()).size).toBe(150);
    expect((await listTags(registry.url, 'team/app')).sort()).toEqual([...tags].sort());
    const manifest = await fetch(`${registry.url}/v2/team/app/manifests/1.0.42`, {
      method: 'HEAD',
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(manifest.headers.get('docker-content-digest')).toBe(digests.get('1.0.42'));
  });

  it('returns the digest the registry serves for a single tag put through the API', async () => {
    const digest = await putImageTag(registry.url, 'team/single', 'v2.0.0');
    const manifest = await fetch(`${registry.url}/v2/team/single/manifests/v2.0.0`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    });
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('docker-content-digest')).toBe(digest);
    expect(JSON.parse(await manifest.text())).toMatchObject({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
    });
  });

  // Distribution 2.8 (Debian bookworm) does not paginate tags/list: image-bump's pagination must
  // be tested against something else. This test fails, on purpose, once the registry starts to.
  it('ignores ?n= on tags/list: every tag in one page and no Link header', async () => {
    const tags = Array.from({ length: 12 }, (_, i) => `0.${i}.0`);
    await putImageTags(registry.url, 'team/paged', tags);
    const response = await fetch(`${registry.url}/v2/team/paged/tags/list?n=5`);
    const body = (await response.json()) as { tags: string[] };
    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toBeNull();
    expect(body.tags.sort()).toEqual([...tags].sort());
  });
});

describe('stopping the test registry', () => {
  it('kills the process and frees the port', async () => {
    const registry = await startRegistry();
    expect(isAlive(registry.pid)).toBe(true);
    expect((await fetch(`${registry.url}/v2/`)).status).toBe(200);

    await registry.stop();

    expect(isAlive(registry.pid)).toBe(false);
    await expect(fetch(`${registry.url}/v2/`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
  });
});
