import os from 'node:os';
import path from 'node:path';
import { Helm } from './helm.js';
import { Kubectl } from './kubectl.js';
import { type ResolvedTool, resolveTool, type ToolName, type ToolSearch } from './resolve.js';

export interface ToolsOptions extends ToolSearch {
  /** The environment the tools run with: PATH and proxy settings, passed on as is. */
  env: NodeJS.ProcessEnv;
  /** Helm's private home (see Helm.create); a fresh temporary directory when omitted. */
  helmHome?: string;
}

/**
 * The external programs one run uses, found once and created on first use. Actions and the CLI
 * build one Tools from their inputs or flags and hand it to the core.
 */
export class Tools {
  private readonly found = new Map<ToolName, Promise<ResolvedTool>>();
  private helmInstance: Promise<Helm> | undefined;
  private kubectlInstance: Promise<Kubectl> | undefined;

  constructor(private readonly options: ToolsOptions) {}

  /** Resolves (once) where a tool lives and how it was found. */
  locate(name: ToolName): Promise<ResolvedTool> {
    let pending = this.found.get(name);
    if (pending === undefined) {
      pending = resolveTool(name, this.options);
      this.found.set(name, pending);
    }
    return pending;
  }

  helm(): Promise<Helm> {
    this.helmInstance ??= this.locate('helm').then((tool) =>
      Helm.create(
        tool.path,
        { home: this.options.helmHome ?? path.join(os.tmpdir(), `gitops-actions-helm-${process.pid}`) },
        toolEnv(this.options.env),
      ),
    );
    return this.helmInstance;
  }

  kubectl(): Promise<Kubectl> {
    this.kubectlInstance ??= this.locate('kubectl').then((tool) =>
      Kubectl.create(tool.path, toolEnv(this.options.env)),
    );
    return this.kubectlInstance;
  }
}

/**
 * What a child tool may see of our environment. Tokens and credentials in the parent's
 * environment (GITHUB_TOKEN, INPUT_*) have no business in helm's or kustomize's.
 */
export function toolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const allowed =
    /^(PATH|HOME|TMPDIR|TMP|TEMP|LANG|LC_.*|TZ|SSL_CERT_FILE|SSL_CERT_DIR|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy)$/;
  const result: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && allowed.test(key)) result[key] = value;
  }
  return result;
}

/** The per-user cache directory: an explicit one, else XDG's, else ~/.cache. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.GITOPS_ACTIONS_CACHE_DIR) return path.resolve(env.GITOPS_ACTIONS_CACHE_DIR);
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'gitops-actions');
}
