import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  differences,
  MIRROR_ROOT,
  MIRRORED_CHARTS,
  packageExampleCharts,
} from '../../../scripts/package-example-charts.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';
import { argocdRoot, filesUnder, fleetRoot, handWrittenObjects, readTgz } from './support.js';

const mirrorRoot = path.join(repoRoot, MIRROR_ROOT);

interface ChartMetadata {
  name: string;
  version: string;
}

interface IndexEntry extends ChartMetadata {
  digest: string;
  urls: string[];
}

function sourceMetadata(source: string): ChartMetadata {
  return parse(readFileSync(path.join(repoRoot, source, 'Chart.yaml'), 'utf8')) as ChartMetadata;
}

function packagePath(chart: (typeof MIRRORED_CHARTS)[number]): string {
  const { name, version } = sourceMetadata(chart.source);
  return path.join(mirrorRoot, chart.mirrorDir, `${name}-${version}.tgz`);
}

function readIndex(mirrorDir: string): { entries: Record<string, IndexEntry[]> } {
  return parse(readFileSync(path.join(mirrorRoot, mirrorDir, 'index.yaml'), 'utf8'));
}

test('the mirror holds exactly the packages of the mirrored sources and one index.yaml per HTTP repository', () => {
  const expected = MIRRORED_CHARTS.flatMap((chart) => [
    path.relative(mirrorRoot, packagePath(chart)).split(path.sep).join('/'),
    ...(chart.httpRepositoryUrl ? [`${chart.mirrorDir}/index.yaml`] : []),
  ]).sort();
  expect(filesUnder(mirrorRoot)).toEqual(expected);
});

describe.each(MIRRORED_CHARTS.map((chart) => [chart.source, chart] as const))(
  'the package of %s',
  (source, chart) => {
    test('contains every source file under the chart name, byte for byte, and nothing else', () => {
      const { name } = sourceMetadata(source);
      const contents = readTgz(readFileSync(packagePath(chart)));
      const sourceFiles = filesUnder(path.join(repoRoot, source));
      expect([...contents.keys()].sort()).toEqual(sourceFiles.map((file) => `${name}/${file}`).sort());
      for (const file of sourceFiles) {
        const original = readFileSync(path.join(repoRoot, source, file));
        const packaged = contents.get(`${name}/${file}`);
        if (file === 'Chart.yaml') {
          // helm package re-serialises Chart.yaml (sorted keys, its own quoting): compare the data.
          expect(parse(String(packaged))).toEqual(parse(String(original)));
        } else {
          expect(packaged?.equals(original), file).toBe(true);
        }
      }
    });
  },
);

describe.each(
  MIRRORED_CHARTS.filter((chart) => chart.httpRepositoryUrl).map(
    (chart) => [chart.mirrorDir, chart] as const,
  ),
)('the HTTP repository index %s/index.yaml', (mirrorDir, chart) => {
  test('lists the package with its sha256 digest and its download URL on the upstream host', () => {
    const { name, version } = sourceMetadata(chart.source);
    const file = packagePath(chart);
    const entries = readIndex(mirrorDir).entries[name] ?? [];
    expect(entries.map((entry) => entry.version)).toEqual([version]);
    const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(entries[0]?.digest).toBe(digest);
    expect(entries[0]?.urls).toEqual([`${chart.httpRepositoryUrl}/${path.basename(file)}`]);
  });
});

test('the script rebuilds the mirror byte for byte (run `node scripts/package-example-charts.mjs` if not)', async () => {
  const helm = await testTools().helm();
  const out = await tempDir();
  const written = await packageExampleCharts(helm, repoRoot, out);
  expect(written.length).toBeGreaterThan(0);
  expect(await differences(out, mirrorRoot)).toEqual([]);
});

describe('the sources that name mirrored charts', () => {
  const fleet = handWrittenObjects(fleetRoot).map(({ object }) => object);

  test('every HelmRepository URL of the fleet has a mirrored index listing the charts its HelmReleases use', () => {
    const repositories = fleet.filter((o) => o.kind === 'HelmRepository');
    expect(repositories.length).toBeGreaterThan(0);
    for (const repository of repositories) {
      const mirrored = MIRRORED_CHARTS.find((chart) => chart.httpRepositoryUrl === repository.spec.url);
      expect(mirrored, repository.spec.url).toBeDefined();
      const index = readIndex(mirrored?.mirrorDir ?? '');
      const releases = fleet.filter(
        (o) =>
          o.kind === 'HelmRelease' &&
          o.spec.chart?.spec?.sourceRef?.kind === 'HelmRepository' &&
          o.spec.chart.spec.sourceRef.name === repository.metadata.name,
      );
      expect(releases.length).toBeGreaterThan(0);
      for (const release of releases) expect(index.entries[release.spec.chart.spec.chart]).toBeDefined();
    }
  });

  test('every OCIRepository URL of the fleet is <mirrored OCI prefix>/<chart> with a package in the mirror', () => {
    const repositories = fleet.filter((o) => o.kind === 'OCIRepository');
    expect(repositories.length).toBeGreaterThan(0);
    for (const repository of repositories) {
      const url = repository.spec.url as string;
      const mirrored = MIRRORED_CHARTS.find(
        (chart) => chart.ociRepositoryUrl && url.startsWith(`${chart.ociRepositoryUrl}/`),
      );
      expect(mirrored, url).toBeDefined();
      const name = url.slice((mirrored?.ociRepositoryUrl?.length ?? 0) + 1);
      const packages = filesUnder(path.join(mirrorRoot, mirrored?.mirrorDir ?? ''));
      expect(
        packages.some((file) => file.startsWith(`${name}-`) && file.endsWith('.tgz')),
        url,
      ).toBe(true);
    }
  });

  test('the Argo CD multi-source Application asks for a chart version the mirrored index lists', () => {
    const application = handWrittenObjects(argocdRoot).find(({ object }) => object.spec?.sources)?.object;
    const sources = (application?.spec.sources ?? []) as {
      repoURL: string;
      chart?: string;
      targetRevision: string;
    }[];
    const helmSource = sources.find((source) => source.chart);
    const mirrored = MIRRORED_CHARTS.find((chart) => chart.httpRepositoryUrl === helmSource?.repoURL);
    expect(mirrored).toBeDefined();
    const versions = readIndex(mirrored?.mirrorDir ?? '').entries[helmSource?.chart ?? '']?.map(
      (e) => e.version,
    );
    expect(versions).toContain(helmSource?.targetRevision);
  });
});
