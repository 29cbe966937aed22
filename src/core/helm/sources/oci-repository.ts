/**
 * Charts from OCI registries: an OCIRepository (chartRef) or an OCI HelmRepository (chart.spec).
 * Tags are listed with the OCI distribution API and chosen as source-controller chooses them; the
 * chosen tag's manifest digest pins the cache entry; `helm pull` does the download, so the
 * artifact is exactly what Helm would fetch.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { GitopsError } from '../../errors.js';
import { parseTagVersion } from '../../images/policy/index.js';
import {
  CredentialStore,
  isLoopbackHost,
  RegistryClient,
  RegistryError,
} from '../../images/registry/index.js';
import type { Tools } from '../../tools/tools.js';
import { type ChartCache, sha256File } from '../chart-cache.js';
import type { ChartCredentials } from './chart-credentials.js';
import type { OciSelector } from './chart-request.js';
import { isMap } from './flux-objects.js';
import type { FetchedChart } from './http-repository.js';
import type { MirrorMap } from './mirrors.js';
import { selectOciTagByConstraint, selectOciTagBySemver } from './version-select.js';

export interface OciRepositoryOptions {
  readonly tools: Tools;
  readonly mirrors: MirrorMap;
  readonly credentials: ChartCredentials;
  readonly cache: ChartCache;
  /** A scratch directory for `helm pull` destinations. */
  readonly workDir: string;
}

export interface OciChart {
  /** `oci://host/path/chart`, as the release's source names it. */
  readonly url: string;
  readonly chart: string;
  readonly selector: OciSelector;
  readonly insecure: boolean;
}

export class OciRepositorySource {
  /** Hosts `helm registry login` has run for, once per run. */
  private readonly logins = new Map<string, Promise<void>>();
  private pulls = 0;

  constructor(private readonly options: OciRepositoryOptions) {}

  async fetch(request: OciChart): Promise<FetchedChart> {
    const location = this.options.mirrors.map(request.url);
    if (location.kind === 'directory') return fromDirectory(request, location.path);
    const url = location.url;
    const image = url.replace(/^oci:\/\//, '');
    const host = image.split('/')[0] ?? '';
    const plainHttp = request.insecure || isLoopbackHost(host);
    const registry = this.registryFor(url, host, plainHttp);
    const { tag, version } = await chooseTag(request, () => listChartTags(registry, image), url);
    const { selector } = request;
    const digest =
      selector.type === 'digest' ? selector.digest : await manifestDigest(registry, image, tag ?? '', url);
    const cached = await this.options.cache.obtain(
      { source: request.url, name: request.chart, version: version ?? '', digest },
      (target) => this.pull(url, host, plainHttp, digest, target),
    );
    const resolvedVersion = version ?? (await chartVersionOf(this.options.tools, cached.path));
    return { path: cached.path, name: request.chart, version: resolvedVersion, digest, source: request.url };
  }

  private registryFor(url: string, host: string, plainHttp: boolean): RegistryClient {
    const credentials = this.options.credentials.forUrl(url);
    return new RegistryClient({
      insecure: plainHttp,
      ...(credentials
        ? { credentials: CredentialStore.fromCredentials(host, credentials, 'chart credentials') }
        : {}),
    });
  }

  private async pull(
    url: string,
    host: string,
    plainHttp: boolean,
    digest: string,
    target: string,
  ): Promise<void> {
    const helm = await this.options.tools.helm();
    const credentials = this.options.credentials.forUrl(url);
    if (credentials !== undefined) {
      let login = this.logins.get(host);
      if (login === undefined) {
        login = helm.registryLogin(host, { ...credentials, plainHttp });
        login.catch(() => this.logins.delete(host));
        this.logins.set(host, login);
      }
      await login;
    }
    const destination = path.join(this.options.workDir, `oci-pull-${process.pid}-${this.pulls++}`);
    // Always by digest: the tag was resolved to this digest above, and may have moved since (a tag
    // like `latest` is not even something `helm pull --version` accepts).
    const ref = `${url}@${digest}`;
    await mkdir(destination, { recursive: true });
    try {
      await helm.pull(ref, { destination, ...(plainHttp ? { plainHttp } : {}) });
      const files = (await readdir(destination)).filter((file) => file.endsWith('.tgz'));
      if (files.length !== 1)
        throw new GitopsError(`helm pull ${ref} left ${files.length} packages, expected one`);
      await rename(path.join(destination, files[0] as string), target);
    } finally {
      await rm(destination, { recursive: true, force: true });
    }
  }
}

/** The manifest digest of `tag`; a tag the registry does not have is the release's error, said plainly. */
async function manifestDigest(
  registry: RegistryClient,
  image: string,
  tag: string,
  url: string,
): Promise<string> {
  try {
    return await registry.digest(image, tag.replace(/\+/g, '_'));
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) {
      throw new GitopsError(`${url}: the registry has no tag "${tag}"`, {
        cause: error,
        hint: 'Check the OCIRepository spec.ref.tag (or the chart version) against the tags pushed.',
      });
    }
    throw error;
  }
}

/** Helm stores `+` (semver build metadata) as `_` in OCI tags, which allow no `+`. */
async function listChartTags(registry: RegistryClient, image: string): Promise<string[]> {
  return (await registry.listTags(image)).map((tag) => tag.replace(/_/g, '+'));
}

/**
 * The tag (and its version, when known) the selector picks. A digest needs no tag listing;
 * a plain tag is taken as given, as source-controller does, and a missing one fails at the digest.
 */
async function chooseTag(
  request: OciChart,
  tags: () => Promise<string[]>,
  url: string,
): Promise<{ tag?: string; version?: string }> {
  const { selector } = request;
  if (selector.type === 'digest') return {};
  // A tag such as `latest` is no version: the chart's own Chart.yaml says which it is.
  if (selector.type === 'tag') {
    return parseTagVersion(selector.tag).ok
      ? { tag: selector.tag, version: selector.tag }
      : { tag: selector.tag };
  }
  const available = await tags();
  const chosen =
    selector.type === 'constraint'
      ? selectOciTagByConstraint(available, selector.constraint)
      : selectOciTagBySemver(available, selector.range, selector.filter);
  if (chosen === undefined) {
    const wanted = selector.type === 'constraint' ? selector.constraint : selector.range;
    throw new GitopsError(`${url}: no tag matches version "${wanted}"`, {
      hint: `Tags: ${available.slice(0, 15).join(', ') || 'none'}. Prereleases match only a constraint with a prerelease.`,
    });
  }
  return { tag: chosen, version: chosen };
}

/**
 * A mirror directory of `<chart>-<version>.tgz` packages, versions read from the file names. The
 * chart URL may map to the directory itself or to `<dir>/<chart>` (the directory then being the
 * chart's parent namespace, as in examples/mirror/ghcr.io/acme/charts).
 */
async function fromDirectory(request: OciChart, mapped: string): Promise<FetchedChart> {
  const dir = (await readdir(mapped).catch(() => undefined)) ? mapped : path.dirname(mapped);
  const prefix = `${request.chart}-`;
  const files = (await readdir(dir).catch(() => [] as string[])).filter(
    (file) => file.startsWith(prefix) && file.endsWith('.tgz'),
  );
  const versions = files.map((file) => file.slice(prefix.length, -'.tgz'.length));
  const { selector } = request;
  if (selector.type === 'digest') {
    throw new GitopsError(
      `${request.url}@${selector.digest}: a directory mirror (${dir}) cannot serve a digest`,
      {
        hint: 'Pin the OCIRepository with ref.tag or ref.semver, or mirror the registry to a registry.',
      },
    );
  }
  const chosen =
    selector.type === 'tag'
      ? versions.find((version) => version === selector.tag)
      : selector.type === 'constraint'
        ? selectOciTagByConstraint(versions, selector.constraint)
        : selectOciTagBySemver(versions, selector.range, selector.filter);
  if (chosen === undefined) {
    throw new GitopsError(
      `the mirror directory ${dir} has no ${request.chart} package matching ${describe(selector)}`,
      {
        hint: `It holds: ${files.join(', ') || 'no packages'}; packages are named <chart>-<version>.tgz.`,
      },
    );
  }
  const file = path.join(dir, `${prefix}${chosen}.tgz`);
  return {
    path: file,
    name: request.chart,
    version: chosen,
    digest: await sha256File(file),
    source: request.url,
  };
}

function describe(selector: OciSelector): string {
  if (selector.type === 'tag') return `tag "${selector.tag}"`;
  if (selector.type === 'constraint') return `version "${selector.constraint}"`;
  if (selector.type === 'semver') return `semver "${selector.range}"`;
  return selector.digest;
}

/** The version in a package's Chart.yaml, for charts pulled by digest. */
async function chartVersionOf(tools: Tools, packagePath: string): Promise<string> {
  const chart = parse(await (await tools.helm()).showChart(packagePath)) as unknown;
  return isMap(chart) && typeof chart.version === 'string' ? chart.version : '';
}
