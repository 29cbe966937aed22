/**
 * Finds the marked scalars of one file, visiting nodes as image-automation-controller's setter
 * filter does (`internal/update/filter.go`, adapted from kyaml setters2): every mapping value and
 * every sequence item, recursively, calling the setter only for scalars. Keys are never visited,
 * and an alias is not a scalar node to go-yaml, so a marker on either does nothing there.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { ObjectIdentity } from '../../manifest/identity.js';
import { locationOf, parseYamlFile, type YamlDocument, type YamlFile } from '../../yaml/documents.js';
import { nodeAtPath } from '../../yaml/json-path.js';
import type { ImageDiagnostic, PolicyRef } from '../diagnostics.js';
import { type CommentReading, readMarkerComment, type SetterField } from './marker-comment.js';

/** kyaml's ResourceIdentifier as Flux records it: every field "" for a plain YAML document. */
export interface FluxObjectId {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
}

/** A scalar carrying a `$imagepolicy` marker. */
export interface Setter {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** 1-based position of the scalar's first character. */
  line: number;
  column: number;
  /** The scalar's characters in the file's text (UTF-16 offsets, as edits use them). */
  range: { start: number; end: number };
  /** The parsed node, so that an edit can keep its quoting style. */
  node: Scalar;
  /** The setter name as written in the marker (`flux-system:shop:tag`), Flux's `Change.Setter`. */
  setter: string;
  policy: PolicyRef;
  field: SetterField;
  /** The scalar's value now. */
  current: string;
  /** 0-based index of the document in its file. */
  document: number;
  /** The document's object, when it has a string apiVersion and kind; undefined for plain YAML. */
  object: ObjectIdentity | undefined;
  /** The same object as Flux identifies it in its update result. */
  objectId: FluxObjectId;
}

/**
 * What a file's markers need later. The parsed file itself is not kept: a scan holds every marked
 * file at once, and the setters' own nodes are all an edit needs.
 */
export interface FileMarkers {
  setters: Setter[];
  diagnostics: ImageDiagnostic[];
}

/**
 * The setters and marker problems of one file. A file with any YAML error (including a duplicate
 * key, which go-yaml v3 rejects) or a document that is not a mapping (kyaml's reader annotates each
 * document and refuses other kinds) is skipped whole, as Flux skips it: one diagnostic, no setters.
 */
export function parseMarkers(file: string, text: string): FileMarkers {
  const yaml = parseYamlFile(file, text);
  const firstError = yaml.diagnostics.find((d) => d.severity === 'error');
  const notMapping = yaml.documents.find((d) => d.document.contents !== null && !isMap(d.document.contents));
  if (firstError !== undefined || notMapping !== undefined) {
    const reason =
      firstError !== undefined
        ? `the file does not parse (${firstError.message.split('\n')[0]}), so Flux skips all its markers`
        : `document ${(notMapping?.index ?? 0) + 1} is not a mapping, so Flux's reader refuses the file and skips all its markers`;
    const location = firstError?.location ?? { file, line: 1 };
    return {
      setters: [],
      diagnostics: [{ severity: 'warning', code: 'file-unparsable', location, reason }],
    };
  }
  const result: FileMarkers = { setters: [], diagnostics: [] };
  for (const doc of yaml.documents) new DocumentVisitor(yaml, doc, result).visit();
  return result;
}

class DocumentVisitor {
  private readonly object: ObjectIdentity | undefined;
  private readonly objectId: FluxObjectId;

  constructor(
    private readonly yaml: YamlFile,
    private readonly doc: YamlDocument,
    private readonly out: FileMarkers,
  ) {
    const read = (path: string[]): string => {
      const node = nodeAtPath(doc.document, path)?.node;
      return isScalar(node) && typeof node.value === 'string' ? node.value : '';
    };
    this.objectId = {
      apiVersion: read(['apiVersion']),
      kind: read(['kind']),
      name: read(['metadata', 'name']),
      namespace: read(['metadata', 'namespace']),
    };
    const { apiVersion, kind, name, namespace } = this.objectId;
    this.object =
      apiVersion === '' || kind === ''
        ? undefined
        : { apiVersion, kind, name, ...(namespace === '' ? {} : { namespace }) };
  }

  visit(): void {
    const root = this.doc.document.contents as Node | null;
    if (root !== null) this.collection(root);
  }

  private collection(node: Node): void {
    if (isMap(node)) {
      node.items.forEach((pair, index) => {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          const head = index === 0 ? (key.commentBefore ?? node.commentBefore) : key.commentBefore;
          this.misplaced(key, this.reading(key, head), 'a key');
        }
        this.value(pair.value as Node | null, undefined);
      });
    } else if (isSeq(node)) {
      // The `yaml` package gives a comment above the first item to the sequence; go-yaml gives it
      // to the item, which is where a person means it.
      node.items.forEach((item, index) => {
        this.value(item as Node | null, index === 0 ? node.commentBefore : undefined);
      });
    }
  }

  private value(node: Node | null, inheritedHead: string | null | undefined): void {
    if (node === null) return;
    if (isScalar(node)) this.scalar(node, node.commentBefore ?? inheritedHead);
    else if (isAlias(node)) this.misplaced(node, this.reading(node, node.commentBefore), 'an alias');
    else this.collection(node);
  }

  private scalar(node: Scalar, head: string | null | undefined): void {
    const line = lineCommentAfter(this.yaml.text, node);
    const reading = this.reading(node, head, line);
    if (reading.kind === 'problem') {
      this.report(node, 'warning', reading.problem.code, reading.problem.reason);
      return;
    }
    if (reading.kind === 'none') {
      if (line !== undefined && head) {
        const hidden = readMarkerComment(goHeadComment(head));
        if (hidden.kind !== 'none') {
          this.report(
            node,
            'warning',
            'marker-shadowed',
            'the marker above this value is ignored: Flux reads the line comment first, and this value has one; move the marker to the end of the line',
          );
        }
      }
      return;
    }
    const { marker } = reading;
    const location = locationOf(this.yaml, node);
    const [start, end] = node.range as [number, number, number];
    this.out.setters.push({
      file: this.yaml.file,
      line: location.line ?? 1,
      column: location.column ?? 1,
      range: { start, end },
      node,
      setter: marker.setter,
      policy: marker.policy,
      field: marker.field,
      current: typeof node.value === 'string' ? node.value : String(node.value),
      document: this.doc.index,
      object: this.object,
      objectId: this.objectId,
    });
  }

  /** kyaml: the line comment, else the head comment; the first non-empty one decides. */
  private reading(
    node: Node,
    head: string | null | undefined,
    line = lineCommentAfter(this.yaml.text, node),
  ): CommentReading {
    if (line !== undefined) return readMarkerComment(line);
    if (head) return readMarkerComment(goHeadComment(head));
    return { kind: 'none' };
  }

  private misplaced(node: Node, reading: CommentReading, what: string): void {
    if (reading.kind === 'none') return;
    this.report(
      node,
      'warning',
      'marker-not-on-value',
      `this marker is on ${what}; Flux reads markers only on scalar values (a mapping value or a list item), so it does nothing here`,
    );
  }

  private report(
    node: Node,
    severity: ImageDiagnostic['severity'],
    code: ImageDiagnostic['code'],
    reason: string,
  ) {
    this.out.diagnostics.push({ severity, code, location: locationOf(this.yaml, node), reason });
  }
}

/**
 * go-yaml's LineComment of a node: a `#` after the node on the same line, separated by blanks,
 * with its `#` characters kept. Read from the source, because the `yaml` package also gives a
 * node the comment on the following line, which go-yaml does not treat as a line comment.
 */
function lineCommentAfter(text: string, node: Node): string | undefined {
  const end = node.range?.[1];
  if (end === undefined) return undefined;
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '#' || i === end) return undefined;
  let stop = text.indexOf('\n', i);
  if (stop === -1) stop = text.length;
  if (text[stop - 1] === '\r') stop--;
  return text.slice(i, stop);
}

/** The `yaml` package strips one `#` from each comment line; go-yaml keeps them. */
function goHeadComment(comment: string): string {
  return comment
    .split('\n')
    .map((line) => `#${line}`)
    .join('\n');
}
