import path from 'node:path';
import { CommandLineTool } from './tool.js';

export interface HelmPaths {
  /**
   * Helm's cache, config and data directories all live under this directory, so a run never reads
   * or writes the user's ~/.config/helm, and concurrent runs do not share repository state.
   */
  home: string;
}

export interface HelmPullOptions {
  version?: string;
  destination: string;
  plainHttp?: boolean;
  /**
   * `helm pull` has no `--password-stdin` (only `repo add` and `registry login` do), so the password
   * is an argument: visible in this machine's process list, and redacted from errors.
   */
  username?: string;
  password?: string;
}

/**
 * Go runtime settings for one short `helm template`: most of its time is process start-up, and a
 * render is single-threaded work. Without a collection until the heap nears GOMEMLIMIT, and with
 * one OS thread running Go code, a run spends about a third less CPU, which matters when renders
 * run side by side on every core. Big charts still collect, once their heap reaches the limit.
 * Nothing here changes what Helm prints.
 */
const SHORT_RUN_RUNTIME: NodeJS.ProcessEnv = { GOGC: 'off', GOMEMLIMIT: '512MiB', GOMAXPROCS: '1' };

/** The `helm` binary (Helm v4). One method per verb; argument arrays only. */
export class Helm extends CommandLineTool {
  private constructor(
    binary: string,
    env: NodeJS.ProcessEnv,
    readonly home: string,
  ) {
    super(binary, env);
  }

  /** `baseEnv` should hold PATH and little else: helm reads many HELM_* variables. */
  static create(binary: string, paths: HelmPaths, baseEnv: NodeJS.ProcessEnv = {}): Helm {
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      HELM_CACHE_HOME: path.join(paths.home, 'cache'),
      HELM_CONFIG_HOME: path.join(paths.home, 'config'),
      HELM_DATA_HOME: path.join(paths.home, 'data'),
      HELM_REGISTRY_CONFIG: path.join(paths.home, 'config', 'registry', 'config.json'),
      HELM_REPOSITORY_CONFIG: path.join(paths.home, 'config', 'repositories.yaml'),
      HELM_REPOSITORY_CACHE: path.join(paths.home, 'cache', 'repository'),
    };
    return new Helm(binary, env, paths.home);
  }

  /** The short version, for example `v4.1.1`. */
  async version(): Promise<string> {
    const { stdout } = await this.exec(['version', '--short']);
    return stdout.trim().replace(/\+.*$/, '');
  }

  /** Packages a chart directory into `<destination>/<name>-<version>.tgz` and returns that path. */
  async package(chartDir: string, destination: string): Promise<string> {
    const { stdout } = await this.exec(['package', chartDir, '--destination', destination]);
    const match = /saved it to: (.+)$/m.exec(stdout.trim());
    if (!match?.[1]) return destination;
    return match[1].trim();
  }

  /** Writes `index.yaml` for the packages in `dir`, with download URLs under `url`. */
  async repoIndex(dir: string, url: string): Promise<void> {
    await this.exec(['repo', 'index', dir, '--url', url]);
  }

  /** Pushes a packaged chart to an OCI registry, for example `oci://127.0.0.1:5000/charts`. */
  async push(packagePath: string, ociUrl: string, options: { plainHttp?: boolean } = {}): Promise<void> {
    await this.exec(['push', packagePath, ociUrl, ...(options.plainHttp ? ['--plain-http'] : [])]);
  }

  /** Pulls a chart (`oci://…` reference, or a chart name with `--repo`) as a package into `destination`. */
  async pull(ref: string, options: HelmPullOptions & { repo?: string }): Promise<void> {
    const args = ['pull', ref, '--destination', options.destination];
    if (options.repo) args.push('--repo', options.repo);
    if (options.version) args.push('--version', options.version);
    if (options.plainHttp) args.push('--plain-http');
    if (options.username !== undefined) args.push('--username', options.username);
    if (options.password !== undefined) args.push('--password', options.password);
    await this.exec(args, { redact: options.password === undefined ? [] : [options.password] });
  }

  /**
   * Stores registry credentials in this Helm's private HELM_REGISTRY_CONFIG for later `pull`s.
   * The password goes through standard input, never the argument list.
   */
  async registryLogin(
    host: string,
    options: { username: string; password: string; plainHttp?: boolean },
  ): Promise<void> {
    const args = ['registry', 'login', host, '--username', options.username, '--password-stdin'];
    if (options.plainHttp) args.push('--plain-http');
    await this.exec(args, { input: options.password, redact: [options.password] });
  }

  /** Reads a packaged or unpacked chart's Chart.yaml. */
  async showChart(chart: string): Promise<string> {
    const { stdout } = await this.exec(['show', 'chart', chart]);
    return stdout;
  }

  /** `helm dependency build` for a chart directory with a Chart.lock or dependencies. */
  async dependencyBuild(chartDir: string): Promise<void> {
    await this.exec(['dependency', 'build', chartDir, '--skip-refresh']);
  }

  /** Runs `helm template` with the given arguments and returns the manifests; `input` feeds `--values -`. */
  async template(args: readonly string[], options: { cwd?: string; input?: string } = {}): Promise<string> {
    const { stdout } = await this.exec(['template', ...args], {
      ...options,
      env: { ...this.env, ...SHORT_RUN_RUNTIME },
    });
    return stdout;
  }

  /**
   * `helm lint` on a chart directory or package, with optional values files (in order) and
   * `--strict` (warnings fail too). Returns helm's report; a chart with errors throws a ToolError.
   */
  async lint(
    chart: string,
    options: { valuesFiles?: readonly string[]; strict?: boolean } = {},
  ): Promise<string> {
    const args = ['lint', chart];
    for (const file of options.valuesFiles ?? []) args.push('--values', file);
    if (options.strict) args.push('--strict');
    const { stdout } = await this.exec(args);
    return stdout;
  }
}
