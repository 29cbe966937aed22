import { CommandLineTool } from './tool.js';

/** `kubectl`, used for its built-in kustomize (v5). One method per verb; argument arrays only. */
export class Kubectl extends CommandLineTool {
  private constructor(binary: string, env: NodeJS.ProcessEnv) {
    super(binary, env);
  }

  static create(binary: string, baseEnv: NodeJS.ProcessEnv = {}): Kubectl {
    return new Kubectl(binary, baseEnv);
  }

  /** The client's git version, for example `v1.35.0`. */
  async version(): Promise<{ kubectl: string; kustomize: string }> {
    const { stdout } = await this.exec(['version', '--client', '--output=json']);
    const parsed = JSON.parse(stdout) as {
      clientVersion?: { gitVersion?: string };
      kustomizeVersion?: string;
    };
    return {
      kubectl: parsed.clientVersion?.gitVersion ?? 'unknown',
      kustomize: parsed.kustomizeVersion ?? 'unknown',
    };
  }

  /**
   * `kubectl kustomize` the way kustomize-controller builds: load restrictions off (a
   * kustomization may reference files outside its directory), and no exec or Go plugins, which
   * kubectl's kustomize does not enable unless asked, and which we never ask for.
   */
  async kustomize(dir: string): Promise<string> {
    const { stdout } = await this.exec(['kustomize', dir, '--load-restrictor', 'LoadRestrictionsNone']);
    return stdout;
  }
}
