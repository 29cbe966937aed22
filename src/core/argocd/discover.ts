import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadManifests, type Manifest } from '../manifest/load-manifests.js';
import type { YamlDiagnostic } from '../yaml/documents.js';
import { type Application, type ApplicationSet, ARGOCD_API_VERSION } from './model.js';

export interface DiscoveredArgoObjects {
  /** Every Application written in the repository, in file order. */
  applications: Application[];
  applicationSets: ApplicationSet[];
  /**
   * Problems in files that mention `argoproj.io`. Other unreadable YAML (chart templates, for a start)
   * is not Argo CD's business and is left to the validators.
   */
  diagnostics: YamlDiagnostic[];
}

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/**
 * Finds the Argo CD Applications and ApplicationSets in a repository: every `.yaml`, `.yml` and `.json`
 * file, hidden directories and `node_modules` left out. Files are visited in byte order of their paths,
 * so the result is the same on every machine.
 */
export async function discoverArgoObjects(repoRoot: string): Promise<DiscoveredArgoObjects> {
  const result: DiscoveredArgoObjects = { applications: [], applicationSets: [], diagnostics: [] };
  for (const file of await manifestFiles(repoRoot)) {
    const text = await readFile(path.join(repoRoot, file), 'utf8');
    if (!text.includes('argoproj.io')) continue;
    const loaded = loadManifests(file, text);
    result.diagnostics.push(...loaded.diagnostics);
    for (const manifest of loaded.manifests) {
      if (manifest.identity.apiVersion !== ARGOCD_API_VERSION) continue;
      if (manifest.identity.kind === 'Application') result.applications.push(applicationOf(manifest));
      if (manifest.identity.kind === 'ApplicationSet')
        result.applicationSets.push(applicationSetOf(manifest));
    }
  }
  return result;
}

function applicationOf(manifest: Manifest): Application {
  return {
    name: manifest.identity.name,
    namespace: manifest.identity.namespace ?? '',
    object: manifest.object,
    location: { file: manifest.provenance.file, line: manifest.provenance.kindLine },
  };
}

function applicationSetOf(manifest: Manifest): ApplicationSet {
  return applicationOf(manifest);
}

/** Repository-relative paths with `/`, sorted byte-wise. */
async function manifestFiles(repoRoot: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(repoRoot, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(child);
      } else if (entry.isFile() && MANIFEST_EXTENSIONS.has(path.extname(entry.name))) {
        found.push(child);
      }
    }
  };
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
