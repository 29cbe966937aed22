import { parseYamlFile, type YamlFile } from '../../yaml/documents.js';
import { type JsonPath, locatePath } from '../../yaml/json-path.js';
import type { FindingOwner } from '../finding.js';
import type { RuleObject } from '../rule.js';
import type { ObjectOrigin } from '../schema-validator.js';
import type { ParsedFile, ParsedObject } from './parse-documents.js';

/** A RuleObject plus what the pipeline needs to validate and locate it. */
export interface InputObject extends RuleObject {
  /** Only a schema source (a CRD from `crdPaths`): not validated, not given to rules. */
  schemaOnly: boolean;
  /** For the schema validator: the document with positions, when the object is the whole document. */
  origin?: () => ObjectOrigin | undefined;
}

/**
 * The texts of the files read, and their parse with positions, made on first use. Only files
 * with something to report are parsed a second time: that is what keeps the fast path fast.
 */
export class PositionCache {
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, YamlFile>();

  remember(file: string, text: string): void {
    this.texts.set(file, text);
  }

  text(file: string): string | undefined {
    return this.texts.get(file);
  }

  yaml(file: string): YamlFile | undefined {
    let yaml = this.parsed.get(file);
    const text = this.texts.get(file);
    if (yaml === undefined && text !== undefined) {
      yaml = parseYamlFile(file, text);
      this.parsed.set(file, yaml);
    }
    return yaml;
  }

  /** How many files needed positions: the run's measure of how much the lazy path saved. */
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
      const yaml = positions.yaml(file);
      const document = yaml?.documents[object.documentIndex];
      if (yaml === undefined || document === undefined) return object.location;
      return locatePath(yaml, document, [...object.prefix, ...path]).location;
    };
    const input: InputObject = {
      identity: object.identity,
      object: object.value,
      location: object.location,
      locate,
      schemaOnly: options.schemaOnly,
    };
    const owner = options.ownerOf?.(object);
    if (owner !== undefined) input.owner = owner;
    // A List item's paths start inside the item, so the validator cannot locate them in the
    // document; the pipeline locates those through `locate`, which knows the prefix.
    if (object.prefix.length === 0) {
      input.origin = () => {
        const yaml = positions.yaml(file);
        const document = yaml?.documents[object.documentIndex];
        return yaml === undefined || document === undefined ? undefined : { yaml, document };
      };
    }
    return input;
  });
}
