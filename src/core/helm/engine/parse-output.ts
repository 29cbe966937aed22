import { isNode } from 'yaml';
import { GitopsError } from '../../errors.js';
import { isValuesMap } from '../../flux/helmrelease/merge-maps.js';
import type { RenderedObject } from '../../flux/helmrelease/post-render-metadata.js';
import { parseYamlFile, positionAt } from '../../yaml/documents.js';
import { decodeKubernetes, type KubeValue } from '../../yaml/kubernetes-decode.js';

/** One object of a YAML stream, with the `# Source:` comment that precedes it, if any. */
export interface StreamDocument {
  object: RenderedObject;
  /** The nearest `# Source:` above it: Helm prints one per template document, one per crds/ file. */
  source: string | undefined;
}

const SOURCE_COMMENT = /^# Source: (.+?)\s*$/m;

/**
 * Splits `helm template` output (or kustomize output) into objects with a real multi-document
 * YAML parse, so a `---` inside a block scalar stays text. Each document is decoded as the API
 * server decodes it (YAML 1.1). Empty and comment-only documents are dropped, as Helm's manifest
 * sorter and kustomize drop them. A `crds/` file's later documents carry no `# Source:` of their
 * own, so a source applies until the next one.
 *
 * `what` names the stream in errors: a document that is not YAML or not an object here means the
 * chart (or a post-renderer) produced something Helm itself would refuse to install.
 */
export function parseStream(text: string, what: string): StreamDocument[] {
  const yaml = parseYamlFile(what, text);
  const result: StreamDocument[] = [];
  let source: string | undefined;
  for (const doc of yaml.documents) {
    const contents = doc.document.contents;
    const contentStart = isNode(contents) && contents.range ? contents.range[0] : doc.document.range[1];
    const found = SOURCE_COMMENT.exec(text.slice(doc.startOffset, contentStart));
    if (found?.[1] !== undefined) source = found[1];
    const where = source === undefined ? what : `${what}, ${source}`;
    const error = doc.document.errors[0];
    if (error !== undefined) {
      const { line } = positionAt(yaml, error.pos[0]);
      throw new GitopsError(`${where}: invalid YAML at line ${line} of the output: ${error.message}`);
    }
    const value: KubeValue = decodeKubernetes(doc.document, (node) => ({
      file: where,
      line: positionAt(yaml, node.range?.[0] ?? 0).line,
    }));
    if (value === null) continue;
    if (!isValuesMap(value) || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') {
      throw new GitopsError(`${where}: a document is not a Kubernetes object (no apiVersion and kind)`, {
        hint: 'Helm refuses such output at install time; fix the template that produced it.',
      });
    }
    result.push({ object: value, source });
  }
  return result;
}

/** Whether a `# Source:` path is a `crds/` file of the chart or of one of its subcharts. */
export function isCrdSource(source: string): boolean {
  return /^[^/]+(?:\/charts\/[^/]+)*\/crds\//.test(source);
}
