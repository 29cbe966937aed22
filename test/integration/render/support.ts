import { cp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { MirrorMap } from '../../../src/core/helm/sources/index.js';
import { type RenderRepositoryOptions, renderRepository } from '../../../src/core/render/index.js';
import type { RenderIndex } from '../../../src/core/render/output.js';
import { repoRoot } from '../../support/paths.js';
import { tempDir } from '../../support/temp.js';
import { testGit, testTools } from '../../support/tools.js';

export const fleetRoot = path.join(repoRoot, 'examples', 'fleet');

/** The fleet's two remote charts, from the local mirror: the same flags as the README's quick start. */
export const fleetMirrors = MirrorMap.parse(
  [
    'https://charts.acme.example=examples/mirror/charts.acme.example',
    'oci://ghcr.io=examples/mirror/ghcr.io',
  ],
  repoRoot,
);

/**
 * A private copy of examples/fleet, to break or edit; provenance is relative to its parent. The
 * copy is committed to a fresh git repository: its HelmReleases use reconcileStrategy Revision,
 * which versions their charts with HEAD's commit.
 */
export async function fleetCopy(): Promise<{ root: string; fleet: string }> {
  const root = await tempDir('gitops-actions-render-fleet-');
  const fleet = path.join(root, 'fleet');
  await cp(fleetRoot, fleet, { recursive: true });
  const git = await testGit(root);
  await git.init();
  await git.add();
  await git.commit('fleet');
  return { root, fleet };
}

/** Renders the fleet as the CLI does, with git from PATH (for reconcileStrategy Revision). */
export async function renderFleet(overrides: Partial<RenderRepositoryOptions> & { cacheDir: string }) {
  return renderRepository({
    repoRoot,
    sourceRoot: fleetRoot,
    tools: testTools(),
    mirrors: fleetMirrors,
    concurrency: 4,
    git: await testGit(os.tmpdir()),
    ...overrides,
  });
}

export type Doc = {
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
};

/** The objects of one output file. */
export async function documentsOf(file: string): Promise<Doc[]> {
  return parseAllDocuments(await readFile(file, 'utf8')).map((document) => document.toJS() as Doc);
}

export async function readIndex(outDir: string): Promise<RenderIndex> {
  return JSON.parse(await readFile(path.join(outDir, 'index.json'), 'utf8')) as RenderIndex;
}

/** Every file under `dir` (relative path → text). */
export async function filesUnder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = await readFile(full, 'utf8');
  }
  return files;
}

/** The index without what legitimately differs between two renders of the same inputs. */
export function comparable(index: RenderIndex) {
  return {
    ...index,
    clusters: index.clusters.map(({ kustomizeMs: _ms, ...cluster }) => cluster),
    units: index.units.map(({ durationMs: _d, status, ...unit }) => ({
      ...unit,
      status: status === 'cached' ? 'rendered' : status,
    })),
  };
}
