import { GitopsError } from '../errors.js';
import { locationAt, parseYamlFile } from '../yaml/documents.js';
import { decodeKubernetes, type KubeValue, YamlDecodeError } from '../yaml/kubernetes-decode.js';

/**
 * One YAML document embedded in a field (`elementsYaml`, `templatePatch`), decoded the way
 * sigs.k8s.io/yaml decodes it: YAML 1.1 scalars, keys as strings. `what` names the field in errors.
 */
export function decodeEmbeddedYaml(what: string, text: string): KubeValue {
  const yaml = parseYamlFile(what, text);
  const problem = yaml.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  if (problem) throw new GitopsError(`${what} is not valid YAML: ${problem.message}`);
  const document = yaml.documents[0];
  if (document === undefined) return null;
  try {
    return decodeKubernetes(document.document, (node) => locationAt(yaml, node.range?.[0] ?? 0));
  } catch (error) {
    if (!(error instanceof YamlDecodeError)) throw error;
    throw new GitopsError(`${what} cannot be decoded: ${error.message}`, { cause: error });
  }
}
