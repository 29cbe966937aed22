import { type Document, isMap, isSeq, type Node, parseAllDocuments, type YAMLError } from 'yaml';
import type { SourceLocation } from '../../errors.js';
import type { ObjectIdentity } from '../../manifest/identity.js';
import { identityOf } from '../../manifest/load-manifests.js';
import { decodeBlockYaml } from '../../yaml/block-decode.js';
import { decodeKubernetes, type KubeValue, YamlDecodeError } from '../../yaml/kubernetes-decode.js';
import type { ConfigurationFile, Finding, Skipped } from '../finding.js';
import {
  type ConfigurationKind,
  configurationOf,
  defaultedKustomizationIdentity,
  kustomizeConfigurationOf,
} from './configuration.js';
import { INPUT_RULES } from './input-rules.js';
import { LineIndex } from './line-index.js';
import { type NonStringScalar, scanDocument } from './yaml-scan.js';
import { isKnownStringField, surpriseMessage } from './yaml11-surprise.js';

/** One Kubernetes object found in a file, with what is needed to locate fields in it later. */
export interface ParsedObject {
  identity: ObjectIdentity;
  value: Record<string, KubeValue>;
  /** 0-based document index in the file. */
  documentIndex: number;
  /** Where the object sits in its document: `[]`, or `['items', 3]` for a `kind: List` item. */
  prefix: (string | number)[];
  /** Set for kustomize's configuration: given to the rules (generators, patches), never schema-checked. */
  configuration?: ConfigurationKind;
  /** The object's first line (for a List item, the item's). */
  location: SourceLocation;
}

/** Plain data only: this crosses from a worker thread by structured clone. */
export interface ParsedFile {
  file: string;
  objects: ParsedObject[];
  findings: Finding[];
  skipped: Skipped[];
  /** Documents that configure kustomize or Helm and are not objects (see configuration.ts). */
  configuration: ConfigurationFile[];
  /**
   * Each document's span, when the fast path read the file: positions for one document then come
   * from parsing that span alone (see PositionCache). Absent, positions parse the whole file.
   */
  documentRanges?: [start: number, end: number][];
}

export interface ParseOptions {
  /** Nesting beyond this is `input/too-deep`. */
  maxDepth: number;
}

const PARSE_OPTIONS = { schema: 'failsafe', uniqueKeys: false, prettyErrors: false } as const;
const EXCESSIVE_ALIASING = 'document contains excessive aliasing';

/**
 * The fast path: the `yaml` package's composer without a LineCounter or kept source tokens, then
 * one scan and the Kubernetes decode per document. Positions come from node offsets through a line
 * index built only when something is reported. Field positions for schema findings need the full
 * parse with positions (`documents.ts`), which the caller runs only for files with findings.
 * Scalars are read with the failsafe schema so that typing happens once, by YAML 1.1 rules.
 */
export function parseDocuments(file: string, text: string, options: ParseOptions): ParsedFile {
  const result: ParsedFile = { file, objects: [], findings: [], skipped: [], configuration: [] };
  const lines = new LineIndex(file, text);
  if (file.endsWith('.json') && parseJson(result, lines, text, options)) return result;
  if (readBlockDocuments(result, lines, text, options)) return result;
  return composeDocuments(result, lines, text, options);
}

/**
 * The composer path alone, without the block decoder in front of it: what parseDocuments falls
 * back to for anything unusual, and what the differential tests compare the fast path with.
 */
export function parseDocumentsComposed(file: string, text: string, options: ParseOptions): ParsedFile {
  const result: ParsedFile = { file, objects: [], findings: [], skipped: [], configuration: [] };
  return composeDocuments(result, new LineIndex(file, text), text, options);
}

/**
 * Most manifests are plain block YAML, which `decodeBlockYaml` reads straight from the text at a
 * fraction of the composer's cost. It declines (false) whenever it is unsure, and a `kind: List`
 * is left to the composer, which locates each item.
 */
function readBlockDocuments(
  result: ParsedFile,
  lines: LineIndex,
  text: string,
  options: ParseOptions,
): boolean {
  const documents = decodeBlockYaml(text, options.maxDepth);
  if (documents === undefined) return false;
  if (documents.some(({ value }) => isList(value))) return false;
  result.documentRanges = documents.map(({ range }) => range);
  documents.forEach(({ value, offset, nonStrings }, index) => {
    const before = result.objects.length;
    const start = lines.location(offset);
    addObjects(result, value, index, start, () => start);
    addSurprises(result, lines, before, nonStrings);
  });
  return true;
}

function isList(value: KubeValue): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
}

function composeDocuments(
  result: ParsedFile,
  lines: LineIndex,
  text: string,
  options: ParseOptions,
): ParsedFile {
  const documents = parseAllDocuments(text, PARSE_OPTIONS);
  if ('empty' in documents) {
    // A stream with no document still carries errors (a stray `]`, a bad directive).
    for (const error of documents.errors) result.findings.push(parserFinding(lines, error, 'error'));
    return result;
  }
  documents.forEach((document, index) => {
    readDocument(result, lines, document, index, options);
  });
  return result;
}

/** JSON.parse is an order of magnitude faster than any YAML parser; invalid JSON takes the YAML path. */
function parseJson(result: ParsedFile, lines: LineIndex, text: string, options: ParseOptions): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return false;
  }
  const start = lines.location(text.search(/\S/) === -1 ? 0 : text.search(/\S/));
  if (exceedsDepth(value, options.maxDepth)) {
    result.findings.push(inputFinding(INPUT_RULES.tooDeep, tooDeepMessage(options), start));
    return true;
  }
  addObjects(result, value as KubeValue, 0, start, () => start);
  return true;
}

function readDocument(
  result: ParsedFile,
  lines: LineIndex,
  document: Document.Parsed,
  index: number,
  options: ParseOptions,
): void {
  // Only the first error: the parser's later ones are mostly the same mistake seen again.
  const [error] = document.errors;
  if (error !== undefined) result.findings.push(parserFinding(lines, error, 'error'));
  for (const warning of document.warnings) {
    // Tags such as `!!int` are unknown to the failsafe schema but meaningful to go-yaml; the
    // decoder types them, so the warning is not news.
    if (warning.code !== 'TAG_RESOLVE_FAILED') result.findings.push(parserFinding(lines, warning, 'warning'));
  }
  // A document with a syntax error may be partial: an object with half its fields is worse than
  // the reported error.
  if (document.errors.length > 0) return;
  const contents = document.contents as Node | null;
  if (contents === null) return;
  const start = lines.location(contents.range?.[0] ?? document.range[0]);
  const scan = scanDocument(contents, options.maxDepth);
  if (scan.tooDeepAt !== undefined) {
    result.findings.push(
      inputFinding(INPUT_RULES.tooDeep, tooDeepMessage(options), lines.location(scan.tooDeepAt)),
    );
    return;
  }
  for (const duplicate of scan.duplicates) {
    const first = lines.location(duplicate.firstOffset);
    result.findings.push(
      inputFinding(
        INPUT_RULES.duplicateKey,
        `duplicate key "${duplicate.key}" (first at line ${first.line}); the last value wins when applied`,
        lines.location(duplicate.offset),
      ),
    );
  }
  let value: KubeValue;
  try {
    value = decodeKubernetes(document, (node) => lines.location(node.range?.[0] ?? 0), contents);
  } catch (error) {
    if (!(error instanceof YamlDecodeError)) throw error;
    const rule = error.message === EXCESSIVE_ALIASING ? INPUT_RULES.aliasBomb : INPUT_RULES.decode;
    result.findings.push(inputFinding(rule, error.message, error.location ?? start, error.hint));
    return;
  }
  const before = result.objects.length;
  addObjects(result, value, index, start, (itemIndex) => {
    const item = isMap(contents) ? contents.get('items', true) : undefined;
    const node = isSeq(item) ? (item.items[itemIndex] as Node | undefined) : undefined;
    return node?.range ? lines.location(node.range[0]) : start;
  });
  addSurprises(result, lines, before, scan.nonStrings);
}

/** YAML 1.1 surprises in the objects added since `before`, in fields known to hold strings. */
function addSurprises(
  result: ParsedFile,
  lines: LineIndex,
  before: number,
  nonStrings: readonly NonStringScalar[],
): void {
  if (nonStrings.length === 0) return;
  for (const object of result.objects.slice(before)) {
    for (const scalar of nonStrings) {
      if (!startsWith(scalar.path, object.prefix)) continue;
      const path = scalar.path.slice(object.prefix.length);
      if (!isKnownStringField(object.identity.kind, path)) continue;
      result.findings.push({
        ...inputFinding(INPUT_RULES.yaml11Surprise, surpriseMessage(scalar), lines.location(scalar.offset)),
        object: object.identity,
        jsonPath: path,
      });
    }
  }
}

/**
 * Adds the object, or the items of a `kind: List` (kubectl expands any `*List` with `items`), or
 * records why the document is not one. Empty documents are skipped silently, as kubectl does.
 * kustomize and Helm configuration is recognised (configuration.ts) rather than skipped.
 */
function addObjects(
  result: ParsedFile,
  value: KubeValue,
  documentIndex: number,
  start: SourceLocation,
  itemLocation: (index: number) => SourceLocation,
): void {
  if (value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    const configuration = configurationOf(result.file, value);
    if (configuration !== undefined) {
      result.configuration.push({ location: start, what: configuration });
      return;
    }
    const what = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    result.skipped.push({ location: start, reason: `the document is ${what}, not a Kubernetes object` });
    return;
  }
  const identity = identityOf(value) ?? defaultedKustomizationIdentity(result.file, value);
  if (identity === undefined) {
    const configuration = configurationOf(result.file, value);
    if (configuration !== undefined) {
      result.configuration.push({ location: start, what: configuration });
      return;
    }
    result.skipped.push({
      location: start,
      reason: 'the document has no apiVersion and kind, so it is not a Kubernetes object',
    });
    return;
  }
  if (identity.kind.endsWith('List') && Array.isArray(value.items)) {
    value.items.forEach((item, index) => {
      const location = itemLocation(index);
      const itemIdentity =
        item !== null && typeof item === 'object' && !Array.isArray(item) ? identityOf(item) : undefined;
      if (itemIdentity === undefined) {
        const message = `item ${index} of the ${identity.kind} is not an object with apiVersion and kind`;
        result.findings.push(inputFinding(INPUT_RULES.notAnObject, message, location));
        return;
      }
      const object = item as Record<string, KubeValue>;
      result.objects.push({
        identity: itemIdentity,
        value: object,
        documentIndex,
        prefix: ['items', index],
        location,
      });
    });
    return;
  }
  const parsed: ParsedObject = { identity, value, documentIndex, prefix: [], location: start };
  const configuration = kustomizeConfigurationOf(identity);
  if (configuration !== undefined) parsed.configuration = configuration;
  result.objects.push(parsed);
}

function parserFinding(lines: LineIndex, error: YAMLError, severity: 'error' | 'warning'): Finding {
  const location = lines.location(error.pos[0]);
  // The composer turns its own stack overflow into RESOURCE_EXHAUSTION: that is nesting, not syntax.
  if (error.code === 'RESOURCE_EXHAUSTION') return inputFinding(INPUT_RULES.tooDeep, error.message, location);
  const rule = error.code === 'TAB_AS_INDENT' ? INPUT_RULES.tabIndentation : INPUT_RULES.syntax;
  return { ...inputFinding(rule, error.message, location), severity };
}

export function inputFinding(
  rule: { id: string; defaultSeverity: Finding['severity'] },
  message: string,
  location: SourceLocation,
  hint?: string,
): Finding {
  const finding: Finding = { ruleId: rule.id, severity: rule.defaultSeverity, message, location };
  if (hint !== undefined) finding.hint = hint;
  return finding;
}

function tooDeepMessage(options: ParseOptions): string {
  return `the document nests deeper than ${options.maxDepth} levels; it was not validated`;
}

/** Depth of a decoded value, without recursing past the limit. */
function exceedsDepth(value: unknown, maxDepth: number, depth = 1): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > maxDepth) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => exceedsDepth(child, maxDepth, depth + 1));
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}
