import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { waitForHttpStatus } from './http.js';
import { type BackgroundProcess, findProgram, startBackgroundProcess } from './process.js';

/**
 * A real OCI registry: Debian's `docker-registry` (distribution 2.8 on bookworm), on loopback,
 * storing in its own temporary directory. Start one per test file (beforeAll/afterAll).
 */
export interface TestRegistry {
  /** `127.0.0.1:<port>`, as helm and image references want it. */
  readonly host: string;
  readonly port: number;
  /** `http://127.0.0.1:<port>`, for the distribution API. */
  readonly url: string;
  readonly pid: number;
  /** The registry's recent log lines, for assertion messages. */
  output(): string;
  /** Kills the registry, waits for it to exit and removes its storage. */
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

export async function startRegistry(): Promise<TestRegistry> {
  const binary = findProgram('docker-registry', 'install it with `apt-get install docker-registry`');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gitops-actions-registry-'));
  const configPath = path.join(dir, 'config.yml');
  await writeFile(configPath, registryConfig(path.join(dir, 'storage')));
  let registry: BackgroundProcess | undefined;
  try {
    registry = await startBackgroundProcess(binary, ['serve', configPath], { cwd: dir, env: {} });
    // Port 0 lets the kernel pick a free port, with no window in which a parallel test file could
    // take it; the registry's one way of telling us which is this log line.
    const listening = await registry.waitForOutput(/listening on 127\.0\.0\.1:(\d+)/, STARTUP_TIMEOUT_MS);
    const port = Number(listening[1]);
    const url = `http://127.0.0.1:${port}`;
    const started = registry;
    await waitForHttpStatus(`${url}/v2/`, 200, {
      timeoutMs: STARTUP_TIMEOUT_MS,
      context: () => `docker-registry output:\n${started.output()}`,
    });
    return {
      host: `127.0.0.1:${port}`,
      port,
      url,
      pid: started.pid,
      output: () => started.output(),
      async stop() {
        await started.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await registry?.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Filesystem storage in the temp dir, deletes allowed (tests remove tags), no auth. The health
 * check is off: it polls storage for nothing here. Log level `info` is the lowest that still
 * prints the bound address; it also logs a line per request, which only fills the bounded output
 * tail that error messages quote. The separate access log is off.
 */
function registryConfig(storage: string): string {
  return `version: 0.1
log:
  level: info
  formatter: text
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${JSON.stringify(storage)}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:0
health:
  storagedriver:
    enabled: false
`;
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** An empty tar archive: two 512-byte zero blocks. The smallest valid layer. */
const EMPTY_TAR = Buffer.alloc(1024);
const EMPTY_LAYER = gzipSync(EMPTY_TAR);

/**
 * Puts `repository:tag` into the registry through the OCI distribution API, as `docker push`
 * would: blobs first, then the manifest under the tag. Each tag gets its own image config (it
 * names the tag), so every tag has a distinct manifest digest, which image-bump tests can pin.
 * Returns the manifest digest (`sha256:…`).
 */
export async function putImageTag(registryUrl: string, repository: string, tag: string): Promise<string> {
  return (await putImageTags(registryUrl, repository, [tag])).get(tag) as string;
}

/** putImageTag for many tags: the shared layer is uploaded once, manifests a few at a time. */
export async function putImageTags(
  registryUrl: string,
  repository: string,
  tags: readonly string[],
): Promise<Map<string, string>> {
  const layer = await uploadBlob(registryUrl, repository, EMPTY_LAYER);
  const digests = new Map<string, string>();
  const queue = [...tags];
  const worker = async () => {
    for (let tag = queue.shift(); tag !== undefined; tag = queue.shift()) {
      digests.set(tag, await putImage(registryUrl, repository, tag, layer));
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, tags.length) }, worker));
  return digests;
}

async function putImage(
  registryUrl: string,
  repository: string,
  tag: string,
  layer: { digest: string; size: number },
): Promise<string> {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { 'org.opencontainers.image.version': tag } },
      rootfs: { type: 'layers', diff_ids: [sha256(EMPTY_TAR)] },
    }),
  );
  const configBlob = await uploadBlob(registryUrl, repository, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, ...configBlob },
      layers: [{ mediaType: OCI_LAYER, ...layer }],
    }),
  );
  const response = await fetch(`${registryUrl}/v2/${repository}/manifests/${encodeURIComponent(tag)}`, {
    method: 'PUT',
    headers: { 'content-type': OCI_MANIFEST },
    body: manifest,
  });
  await expectStatus(response, 201, `PUT manifest ${repository}:${tag}`);
  await response.body?.cancel();
  const digest = sha256(manifest);
  const reported = response.headers.get('docker-content-digest');
  if (reported !== null && reported !== digest) {
    throw new Error(`the registry stored ${repository}:${tag} as ${reported}, expected ${digest}`);
  }
  return digest;
}

/** A monolithic upload: POST opens a session, one PUT with the digest sends the bytes and commits. */
async function uploadBlob(
  registryUrl: string,
  repository: string,
  content: Buffer,
): Promise<{ digest: string; size: number }> {
  const digest = sha256(content);
  const start = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  await expectStatus(start, 202, `start blob upload to ${repository}`);
  await start.body?.cancel();
  const location = start.headers.get('location');
  if (location === null) throw new Error(`the registry gave no upload location for ${repository}`);
  const upload = new URL(location, registryUrl);
  upload.searchParams.set('digest', digest);
  const put = await fetch(upload, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: content,
  });
  await expectStatus(put, 201, `upload blob ${digest} to ${repository}`);
  await put.body?.cancel();
  return { digest, size: content.length };
}

/**
 * The repository's tags from `GET /v2/<name>/tags/list`, in the registry's order. One request is
 * the whole list: distribution 2.8 ignores `?n=` on this endpoint and sends no `Link` header.
 */
export async function listTags(registryUrl: string, repository: string): Promise<string[]> {
  const url = `${registryUrl}/v2/${repository}/tags/list`;
  const response = await fetch(url);
  await expectStatus(response, 200, `GET ${url}`);
  const body = (await response.json()) as { tags?: string[] | null };
  return body.tags ?? [];
}

/** Throws unless `response` has `status`. It leaves a successful response's body to the caller. */
async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status === status) return;
  const body = await response.text().catch(() => '');
  throw new Error(`${what}: expected HTTP ${status}, got ${response.status} ${body.trim()}`);
}

function sha256(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}
