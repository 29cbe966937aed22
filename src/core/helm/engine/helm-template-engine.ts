import { GitopsError } from '../../errors.js';
import type { Values } from '../../flux/helmrelease/merge-maps.js';
import type { Helm } from '../../tools/helm.js';
import { ToolError } from '../../tools/tool.js';
import type { ChartRef, HelmEngine, RenderedChart, RenderedManifest, RenderOptions } from './engine.js';
import { classifyHook } from './hooks.js';
import { isCrdSource, parseStream } from './parse-output.js';
import { templateArgs } from './template-args.js';

/**
 * The reference Helm engine: the real `helm template`, with the arguments of `templateArgs`.
 * Each render is independent (its own process and values), so one chart can be rendered twice, or
 * many charts at once; that is how noise from `randAlphaNum`, `now` or `genCA` is told apart from change.
 */
export class HelmTemplateEngine implements HelmEngine {
  private constructor(private readonly helm: Helm) {}

  static create(helm: Helm): HelmTemplateEngine {
    return new HelmTemplateEngine(helm);
  }

  async render(chart: ChartRef, values: Values, options: RenderOptions): Promise<RenderedChart> {
    // JSON is YAML, and quoting every string keeps YAML 1.1 from retyping `yes` or `0755`. The
    // values go through standard input (`--values -`), which spares a temporary file per render.
    const stdout = await this.helm
      .template(templateArgs(chart, options), { input: `${JSON.stringify(values)}\n` })
      .catch((error: unknown) => {
        if (!(error instanceof ToolError)) throw error;
        throw new GitopsError(
          `helm could not render chart ${chart.name} ${chart.version}: ${error.message}`,
          {
            cause: error,
            hint: 'Run the same `helm template` locally to see the template error in context.',
          },
        );
      });
    return { manifests: classify(stdout, `helm template ${chart.name} ${chart.version}`) };
  }
}

/**
 * Turns `helm template` output into manifests. Helm has already ordered it (CRDs, the release
 * manifest in install order, hooks) and dropped objects with unknown hook events; here each
 * object gets its source, whether it came from `crds/`, and its hook annotations as Helm reads them.
 */
function classify(stdout: string, what: string): RenderedManifest[] {
  const manifests: RenderedManifest[] = [];
  for (const document of parseStream(stdout, what)) {
    if (document.source === undefined) {
      throw new GitopsError(`${what}: an object has no "# Source:" comment above it`, {
        hint: 'This helm version prints output this renderer does not understand; use helm v4.',
      });
    }
    const crd = isCrdSource(document.source);
    const hook = crd ? undefined : classifyHook(document.object);
    if (hook === 'unknown') continue;
    manifests.push({
      object: document.object,
      source: document.source,
      crd,
      ...(hook === undefined ? {} : { hook }),
    });
  }
  return manifests;
}
