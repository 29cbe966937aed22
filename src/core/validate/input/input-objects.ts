import { parseYamlFile, parseYamlSpan, type YamlFile } from '../../yaml/documents.js';
import { type JsonPath, locatePath } from '../../yaml/json-path.js';
import type { FindingOwner } from '../finding.js';
import type { RuleObject } from '../rule.js';
import type { ObjectOrigin } from '../schema-validator.js';
import type { ParsedFile, ParsedObject } from './parse-documents.js';

/** A RuleObject plus what the pipeline needs to validate and locate it. */
export interface InputObject extends RuleObject {
  /** Only a schema source (a CRD from `crdPaths`): not validated, not given to rules. */
  schemaOnly: boolean;
  /** kustomize's configuration: given to rules, not schema-checked, not counted as an object. */
  configuration?: string;
  /** For the schema validator: the document with positions, when the object is the whole document. */
  origin?: () => ObjectOrigin | undefined;
}

/**
 * The texts of the files read, and their parse with positions, made on first use. Only documents
 * with something to report are parsed a second time: that is what keeps the fast path fast. When
 * the fast path knows each document's span, only the span is parsed (`parseYamlSpan`), with lines
 * counted as in the whole file; the fast path declines files with directives, the one thing a
 * YAML document takes from the text before it.
 */
export class PositionCache {
  private readonly texts = new Map<string, string>();
  private readonly ranges = new Map<string, readonly [number, number][]>();
  private readonly parsed = new Map<string, YamlFile>();

  remember(file: string, text: string): void {
    this.texts.set(file, text);
  }

  /** Each document's span in `file`, from the fast path's parse. */
  rememberRanges(file: string, documentRanges: readonly [number, number][]): void {
    this.ranges.set(file, documentRanges);
  }

  text(file: string): string | undefined {
    return this.texts.get(file);
  }

  /** Document `index` of `file` with its positions, or undefined for a file or document not read. */
  document(file: string, index: number): ObjectOrigin | undefined {
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    const range = this.ranges.get(file)?.[index];
    const key = range === undefined ? file : `${file}\u0000${index}`;
    let yaml = this.parsed.get(key);
    if (yaml === undefined) {
      yaml = range === undefined ? parseYamlFile(file, text) : parseYamlSpan(file, text, range[0], range[1]);
      this.parsed.set(key, yaml);
    }
    const document = yaml.documents[range === undefined ? index : 0];
    return document === undefined ? undefined : { yaml, document };
  }

  /** How many parses with positions the run needed: its measure of how much the lazy path saved. */
  get parsedWithPositions(): number {
    return this.parsed.size;
  }
}

export function inputObjects(
  parsed: ParsedFile,
  positions: PositionCache,
  options: { schemaOnly: boolean; ownerOf?: (object: ParsedObject) => FindingOwner | undefined },
): InputObject[] {
  return parsed.objects.map((object) => {
    const { file } = parsed;
    const locate = (path: JsonPath) => {
      const origin = positions.document(file, object.documentIndex);
      if (origin === undefined) return object.location;
      return locatePath(origin.yaml, origin.document, [...object.prefix, ...path]).location;
    };
    const input: InputObject = {
      identity: object.identity,
      object: object.value,
      location: object.location,
      locate,
      schemaOnly: options.schemaOnly,
    };
    if (object.configuration !== undefined) input.configuration = object.configuration;
    const owner = options.ownerOf?.(object);
    if (owner !== undefined) input.owner = owner;
    // A List item's paths start inside the item, so the validator cannot locate them in the
    // document; the pipeline locates those through `locate`, which knows the prefix.
    if (object.prefix.length === 0) input.origin = () => positions.document(file, object.documentIndex);
    return input;
  });
}
