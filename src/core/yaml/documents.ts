import {
  type Document,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  type Pair,
  parseAllDocuments,
} from 'yaml';
import type { SourceLocation } from '../errors.js';
import { kubernetesKeyOf } from './kubernetes-decode.js';

/** A problem found while reading a YAML file. Validation reports these; they are never thrown. */
export interface YamlDiagnostic {
  severity: 'error' | 'warning';
  /** The `yaml` parser's error code (`BAD_INDENT`, `MISSING_CHAR`, …) or `DUPLICATE_KEY`. */
  code: string;
  message: string;
  location: SourceLocation;
  /** For a duplicate key, the first occurrence of that key. */
  related?: SourceLocation;
}

/** One document of a multi-document file, with the parser's nodes and their source ranges. */
export interface YamlDocument {
  /** 0-based position in the file. */
  index: number;
  document: Document.Parsed;
  /** Offset of the document's first token: its `---` marker when it has one. */
  startOffset: number;
  /** True when the parser reported an error inside this document; its nodes may be partial. */
  hasErrors: boolean;
}

/**
 * A parsed file. Offsets everywhere are UTF-16 code-unit indices into `text`, the same units the
 * `yaml` package reports in node ranges, so no conversion sits between a node and an edit.
 */
export interface YamlFile {
  file: string;
  text: string;
  lineCounter: LineCounter;
  documents: YamlDocument[];
  diagnostics: YamlDiagnostic[];
}

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, as editors and GitHub annotations count. */
  column: number;
  offset: number;
}

const BOM = '\uFEFF';

/**
 * Parses every document of a file. Scalars are read with the failsafe schema (every value a
 * string) so that typing happens once, by the YAML 1.1 rules Kubernetes applies
 * (`kubernetes-decode.ts`), never by the `yaml` package's YAML 1.2 core schema. Syntax errors and
 * duplicate keys come back as diagnostics: a validator reports them alongside its other findings.
 */
export function parseYamlFile(file: string, text: string): YamlFile {
  return parseText(file, text, new LineCounter());
}

/**
 * Parses `text.slice(start, end)` alone, `start` being the first character of a line (a document's
 * `---` line): node offsets index the returned `text`, the span, while lines are those of the whole
 * text, so every location reported is the one a parse of the whole file gives. For one document
 * of a multi-document file, when only that document needs positions: its own parse costs a
 * fraction of the file's, and YAML documents share nothing (anchors and tags are per document).
 */
export function parseYamlSpan(file: string, text: string, start: number, end: number): YamlFile {
  let linesBefore = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) linesBefore++;
  const lineCounter = new LineCounter();
  if (linesBefore > 0) {
    const linePos = lineCounter.linePos;
    // Columns need no shift: the span starts a line.
    lineCounter.linePos = (offset) => {
      const position = linePos(offset);
      return { line: position.line + linesBefore, col: position.col };
    };
  }
  return parseText(file, text.slice(start, end), lineCounter);
}

function parseText(file: string, text: string, lineCounter: LineCounter): YamlFile {
  const parsed = parseAllDocuments(text, {
    schema: 'failsafe',
    lineCounter,
    keepSourceTokens: true,
    // Duplicates are reported below with both lines; the parser's own check would stop the document.
    uniqueKeys: false,
    prettyErrors: false,
  });
  const result: YamlFile = { file, text, lineCounter, documents: [], diagnostics: [] };
  if ('empty' in parsed && parsed.empty) {
    // A stream with no document still carries errors (a stray `]`, a bad directive).
    for (const error of parsed.errors) {
      result.diagnostics.push(diagnosticFromParser(result, 'error', error.code, error.message, error.pos[0]));
    }
  }
  parsed.forEach((document, index) => {
    for (const error of document.errors) {
      result.diagnostics.push(diagnosticFromParser(result, 'error', error.code, error.message, error.pos[0]));
    }
    for (const warning of document.warnings) {
      // Tags such as `!!int` or `!custom` are unknown to the failsafe schema but meaningful to
      // go-yaml, which types or ignores them; the decoder handles them, so this is not news.
      if (warning.code === 'TAG_RESOLVE_FAILED') continue;
      result.diagnostics.push(
        diagnosticFromParser(result, 'warning', warning.code, warning.message, warning.pos[0]),
      );
    }
    result.diagnostics.push(...duplicateKeys(result, document));
    result.documents.push({
      index,
      document,
      startOffset: document.range[0],
      hasErrors: document.errors.length > 0,
    });
  });
  result.diagnostics.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  return result;
}

/** Line and column of an offset. A byte-order mark is not a column a person can see. */
export function positionAt(yamlFile: YamlFile, offset: number): Position {
  const { line, col } = yamlFile.lineCounter.linePos(offset);
  const bomShift = line === 1 && yamlFile.text.startsWith(BOM) && offset > 0 ? 1 : 0;
  return { line, column: col - bomShift, offset };
}

export function locationAt(yamlFile: YamlFile, offset: number): SourceLocation {
  const { line, column } = positionAt(yamlFile, offset);
  return { file: yamlFile.file, line, column };
}

/** Where a node starts: for a scalar, its first character after any anchor or tag. */
export function locationOf(yamlFile: YamlFile, node: Node): SourceLocation {
  return locationAt(yamlFile, node.range?.[0] ?? 0);
}

function diagnosticFromParser(
  yamlFile: YamlFile,
  severity: YamlDiagnostic['severity'],
  code: string,
  message: string,
  offset: number,
): YamlDiagnostic {
  return { severity, code, message, location: locationAt(yamlFile, offset) };
}

/**
 * Keys that repeat within one mapping. Keys are compared as Kubernetes will see them after JSON
 * conversion, so `1` and `"1"` collide. go-yaml v2 (non-strict, as sigs.k8s.io/yaml.Unmarshal
 * uses it) keeps the last value silently; the API server's strict field validation and kubectl
 * warn. Merge keys (`<<`) are not duplicates: each one merges in order.
 */
function duplicateKeys(yamlFile: YamlFile, document: Document.Parsed): YamlDiagnostic[] {
  const found: YamlDiagnostic[] = [];
  // A plain recursion in the order `visit` takes (a mapping, then its keys and values, depth
  // first), without the paths `visit` builds for every node: this runs on every file parsed.
  const walk = (node: unknown): void => {
    if (isMap(node)) checkMap(yamlFile, node.items, found);
    if (isCollection(node)) for (const item of node.items) walk(item);
    else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(document.contents);
  return found;
}

function checkMap(
  yamlFile: YamlFile,
  pairs: readonly Pair<unknown, unknown>[],
  found: YamlDiagnostic[],
): void {
  const seen = new Map<string, Node>();
  for (const pair of pairs) {
    const keyNode = pair.key;
    if (!isScalar(keyNode) || keyNode.range === undefined || keyNode.range === null) continue;
    if (keyNode.value === '<<' && keyNode.type === 'PLAIN') continue;
    const key = kubernetesKeyOf(keyNode);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, keyNode);
      continue;
    }
    const firstLocation = locationOf(yamlFile, first);
    found.push({
      severity: 'error',
      code: 'DUPLICATE_KEY',
      message: `duplicate key "${key}" (first at line ${firstLocation.line}); the last value wins when applied`,
      location: locationOf(yamlFile, keyNode),
      related: firstLocation,
    });
  }
}
