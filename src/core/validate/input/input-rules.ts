import type { RuleMetadata } from '../finding.js';

/**
 * The checks the input side of validation makes before any rule runs: reading files safely and
 * reading YAML the way the API server does. Their findings come from the parser, not from a Rule.
 */
export const INPUT_RULES = {
  syntax: {
    id: 'yaml/syntax',
    name: 'YAML syntax',
    description: 'The document is not valid YAML, so nothing in it can be applied.',
    help: 'The parser stopped at this line and column. Objects in a broken document are not validated further; fix the syntax first.',
    defaultSeverity: 'error',
  },
  duplicateKey: {
    id: 'yaml/duplicate-key',
    name: 'Duplicate key',
    description: 'A mapping sets the same key twice; the last value wins silently when applied.',
    help: 'go-yaml v2 (through sigs.k8s.io/yaml) keeps the last value; the API server with strict field validation and kubectl warn. The message names the line of the first occurrence. Remove one of them.',
    defaultSeverity: 'error',
  },
  tabIndentation: {
    id: 'yaml/tab-indentation',
    name: 'Tab indentation',
    description: 'YAML forbids tabs for indentation.',
    help: 'Replace the tab characters at the start of the line with spaces.',
    defaultSeverity: 'error',
  },
  decode: {
    id: 'yaml/decode',
    name: 'Undecodable YAML',
    description: 'The YAML parses, but Kubernetes cannot decode it (unknown anchor, mistyped tag, infinity).',
    help: 'sigs.k8s.io/yaml would refuse the document with this error; the object is not validated further.',
    defaultSeverity: 'error',
  },
  yaml11Surprise: {
    id: 'yaml/yaml11-surprise',
    name: 'YAML 1.1 surprise',
    description: 'An unquoted value that reads as a string to a person is a boolean or number to Kubernetes.',
    help: 'Kubernetes reads YAML 1.1: `yes`, `no`, `on`, `off`, `y` and `n` are booleans, `0777` is octal 511, `1.10` is the number 1.1. In a field that holds a string (labels, annotations, images, env values, ConfigMap data, Helm image tags) quote the value.',
    defaultSeverity: 'warning',
  },
  notAnObject: {
    id: 'yaml/not-an-object',
    name: 'Not a Kubernetes object',
    description: 'A `kind: List` item is not an object with apiVersion and kind.',
    help: 'Every item of a List must be a complete Kubernetes object.',
    defaultSeverity: 'error',
  },
  tooLarge: {
    id: 'input/too-large',
    name: 'File too large',
    description: 'The file exceeds the size limit and was not read.',
    help: 'Manifests this large are usually generated or binary. Raise the limit (`maxFileBytes`) if the file is meant to be validated.',
    defaultSeverity: 'error',
  },
  tooDeep: {
    id: 'input/too-deep',
    name: 'Nesting too deep',
    description: 'The document nests deeper than the limit and was not validated.',
    help: 'No Kubernetes object needs this depth; it is a mistake or an attack on the parser. Raise `maxDepth` if it is intended.',
    defaultSeverity: 'error',
  },
  aliasBomb: {
    id: 'input/alias-bomb',
    name: 'Alias bomb',
    description: 'YAML aliases expand to far more nodes than the document holds.',
    help: 'The API server refuses such documents (go-yaml v2 alias ratio limit, CVE-2019-11253). Write the repeated values out, or use fewer nested aliases.',
    defaultSeverity: 'error',
  },
  binary: {
    id: 'input/binary',
    name: 'Binary file',
    description: 'The file holds NUL bytes or is not valid UTF-8, so it is not YAML.',
    help: 'Kubernetes reads manifests as UTF-8. Remove the file from the validated paths, or convert it to UTF-8.',
    defaultSeverity: 'error',
  },
  symlinkEscape: {
    id: 'input/symlink-escape',
    name: 'Symlink leaves the repository',
    description: 'A symbolic link points outside the repository and was not followed.',
    help: 'Flux and Argo CD read the repository only; a link leaving it shows different content in CI than in the cluster, or exposes the runner. Copy the file into the repository instead.',
    defaultSeverity: 'error',
  },
  schema: {
    id: 'schema',
    name: 'Schema',
    description: 'The object does not match the OpenAPI schema of its kind for this Kubernetes version.',
    help: 'Checked against the Kubernetes release’s OpenAPI schema and the CRDs found in the input, strictly: unknown fields are errors.',
    defaultSeverity: 'error',
  },
  crd: {
    id: 'schema/crd',
    name: 'Unusable CRD',
    description: 'A CustomResourceDefinition in the input could not be used as a schema source.',
    help: 'Objects of its kinds are skipped or checked less strictly; the message says why.',
    defaultSeverity: 'warning',
  },
} as const satisfies Record<string, RuleMetadata>;
