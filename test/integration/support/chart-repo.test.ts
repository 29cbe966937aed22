import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startChartRepo, type TestChartRepo } from '../../support/chart-repo.js';
import { writeTestChart } from '../../support/charts.js';
import { basicAuthorization } from '../../support/http.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

interface RepoIndex {
  entries: Record<string, Array<{ version: string; urls: string[] }>>;
}

/** A GET with the path sent exactly as written: fetch would resolve `..` before sending it. */
function rawGet(port: number, rawPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: rawPath }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('test chart repository (helm repo index over HTTP)', () => {
  let repo: TestChartRepo;
  let charts: string;
  beforeAll(async () => {
    charts = await tempDir();
    repo = await startChartRepo({
      charts: [
        await writeTestChart(path.join(charts, 'web-1'), { name: 'web', version: '1.0.0' }),
        await writeTestChart(path.join(charts, 'web-2'), { name: 'web', version: '1.1.0' }),
        await writeTestChart(path.join(charts, 'worker'), { name: 'worker', version: '0.3.0' }),
      ],
    });
  });
  afterAll(async () => {
    await repo?.close();
  });

  it('lists every packaged version in index.yaml, with download URLs on its own port', async () => {
    const index = parse(await (await fetch(`${repo.url}/index.yaml`)).text()) as RepoIndex;
    const versions = (name: string) => index.entries[name]?.map((entry) => entry.version).sort();
    expect(versions('web')).toEqual(['1.0.0', '1.1.0']);
    expect(versions('worker')).toEqual(['0.3.0']);
    expect(index.entries.web?.flatMap((entry) => entry.urls).sort()).toEqual([
      `${repo.url}/web-1.0.0.tgz`,
      `${repo.url}/web-1.1.0.tgz`,
    ]);
  });

  it('serves a chart that helm pull --repo fetches by name and version', async () => {
    const helm = await testTools().helm();
    const destination = await tempDir();
    await helm.pull('web', { repo: repo.url, version: '1.0.0', destination });
    const chart = parse(await helm.showChart(path.join(destination, 'web-1.0.0.tgz')));
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'web', version: '1.0.0' });
  });

  it('answers 404 for a file that is not in the repository', async () => {
    const response = await fetch(`${repo.url}/web-9.9.9.tgz`);
    expect(response.status).toBe(404);
  });

  it('serves nothing outside its directory, however the path is spelled', async () => {
    // A file right beside the served directory: what a traversal would reach first.
    await writeFile(path.join(path.dirname(repo.dir), 'outside.txt'), 'secret');
    expect(await rawGet(repo.port, '/index.yaml')).toBe(200);
    for (const attempt of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/..%2foutside.txt',
      '/x/..%2f..%2foutside.txt',
    ]) {
      expect(await rawGet(repo.port, attempt), attempt).toBe(404);
    }
  });
});

describe('test chart repository with basic auth', () => {
  it('serves helm with the right credentials and answers 401 to a wrong password', async () => {
    const charts = await tempDir();
    const repo = await startChartRepo({
      charts: [await writeTestChart(path.join(charts, 'private'), { name: 'private', version: '2.0.0' })],
      auth: { username: 'flux', password: 'correct-horse' },
    });
    try {
      const wrong = await fetch(`${repo.url}/index.yaml`, {
        headers: { authorization: basicAuthorization('flux', 'wrong-password') },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBe('Basic realm="charts"');
      expect((await fetch(`${repo.url}/index.yaml`)).status).toBe(401);

      const helm = await testTools().helm();
      const destination = await tempDir();
      await expect(
        helm.pull('private', { repo: repo.url, destination, username: 'flux', password: 'wrong-password' }),
      ).rejects.toThrow(/401/);
      await helm.pull('private', {
        repo: repo.url,
        destination,
        username: 'flux',
        password: 'correct-horse',
      });
      expect((await readFile(path.join(destination, 'private-2.0.0.tgz'))).length).toBeGreaterThan(0);
    } finally {
      await repo.close();
    }
  });
});

describe('closing the test chart repository', () => {
  it('frees the port and removes its files', async () => {
    const charts = await tempDir();
    const repo = await startChartRepo({
      charts: [await writeTestChart(path.join(charts, 'c'), { name: 'c', version: '0.1.0' })],
    });
    // A keep-alive connection stays open after this request; close() must not wait for it.
    expect((await fetch(`${repo.url}/index.yaml`)).status).toBe(200);
    await repo.close();
    await expect(fetch(`${repo.url}/index.yaml`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    await expect(readFile(path.join(repo.dir, 'index.yaml'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
