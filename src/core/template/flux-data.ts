/**
 * The data Flux's image-automation-controller gives a commit-message template (source.TemplateData),
 * rebuilt with Go's types so printing, field access and errors match: `.AutomationObject` is a
 * types.NamespacedName (a Stringer: `namespace/name`), `.Changed` an update.Result with the methods
 * Changes and Objects, `.Values` a map[string]string.
 */
import { GitopsError } from '../errors.js';
import { parseTemplate } from './template.js';
import { TemplateError } from './template-error.js';
import { type GoField, GoMap, GoStruct, typedSlice } from './values.js';

/** Identifies a YAML object; all fields are "" for files that are not Kubernetes objects. */
export interface ObjectId {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
}

/** One value the automation rewrote, in the order the files and documents were visited. */
export interface RecordedChange {
  /** Path relative to the automation's update path. */
  readonly file: string;
  readonly objectId: ObjectId;
  readonly oldValue: string;
  readonly newValue: string;
  /** The marker's policy reference, `namespace:name` with an optional `:tag`, `:name` or `:digest`. */
  readonly setter: string;
}

export interface MessageDataInput {
  readonly automation: { readonly name: string; readonly namespace: string };
  readonly changes: readonly RecordedChange[];
  /** spec.git.commit.messageTemplateValues. */
  readonly values?: Readonly<Record<string, string>>;
}

/** Flux's message when spec.git.commit.messageTemplate is empty. */
export const DEFAULT_COMMIT_MESSAGE = 'Update from image update automation';

const plain = (name: string, value: unknown): GoField => ({ name, value });

function namespacedName(namespace: string, name: string): GoStruct {
  return new GoStruct('types.NamespacedName', [plain('Namespace', namespace), plain('Name', name)], {
    String: { params: [], call: () => `${namespace}/${name}` },
  });
}

/** update.ObjectIdentifier embeds kyaml's ResourceIdentifier{TypeMeta{APIVersion, Kind}, NameMeta{Name, Namespace}}. */
function objectIdentifier(id: ObjectId): GoStruct {
  const tagged = (name: string, json: string, value: string): GoField => ({
    name,
    value,
    json: { name: json, omitEmpty: true },
  });
  const typeMeta = new GoStruct('yaml.TypeMeta', [
    tagged('APIVersion', 'apiVersion', id.apiVersion),
    tagged('Kind', 'kind', id.kind),
  ]);
  const nameMeta = new GoStruct('yaml.NameMeta', [
    tagged('Name', 'name', id.name),
    tagged('Namespace', 'namespace', id.namespace),
  ]);
  const inline = { name: '' };
  const resource = new GoStruct('yaml.ResourceIdentifier', [
    { name: 'TypeMeta', value: typeMeta, embedded: true, json: inline },
    { name: 'NameMeta', value: nameMeta, embedded: true, json: inline },
  ]);
  return new GoStruct('update.ObjectIdentifier', [
    { name: 'ResourceIdentifier', value: resource, embedded: true },
  ]);
}

function change(c: RecordedChange): GoStruct {
  return new GoStruct('update.Change', [
    plain('OldValue', c.oldValue),
    plain('NewValue', c.newValue),
    plain('Setter', c.setter),
  ]);
}

const changeKey = (c: GoStruct): string => JSON.stringify(c.fields.map((f) => f.value));

/**
 * Go ranges over FileChanges in random order inside Changes() and Objects(); we use the order the
 * changes were recorded in, which is one of Go's possible orders and is stable.
 */
function result(fileChanges: GoMap): GoStruct {
  const changes = (): GoStruct[] => {
    const seen = new Set<string>();
    const out = typedSlice<GoStruct>('[]update.Change', []);
    for (const [, objects] of fileChanges.entries()) {
      for (const [, list] of (objects as GoMap).entries()) {
        for (const c of list as GoStruct[]) {
          if (seen.has(changeKey(c))) continue;
          seen.add(changeKey(c));
          out.push(c);
        }
      }
    }
    return out;
  };
  const objects = (): GoMap => {
    const merged = new GoMap('update.ObjectChanges', 'struct');
    for (const [, perFile] of fileChanges.entries()) {
      for (const [id, list] of (perFile as GoMap).entries()) {
        const existing = (merged.get(id) as GoStruct[] | undefined) ?? [];
        merged.set(id, typedSlice('[]update.Change', [...existing, ...(list as GoStruct[])]));
      }
    }
    return merged;
  };
  return new GoStruct('update.Result', [plain('FileChanges', fileChanges)], {
    Changes: { params: [], call: changes },
    Objects: { params: [], call: objects },
  });
}

/** source.TemplateData for a set of recorded changes. */
export function buildMessageData(input: MessageDataInput): GoStruct {
  const fileChanges = new GoMap('map[string]update.ObjectChanges', 'string', null);
  for (const c of input.changes) {
    let perFile = fileChanges.get(c.file) as GoMap | undefined;
    if (!perFile) {
      perFile = new GoMap('update.ObjectChanges', 'struct');
      fileChanges.set(c.file, perFile);
    }
    const id = objectIdentifier(c.objectId);
    const list = (perFile.get(id) as GoStruct[] | undefined) ?? typedSlice<GoStruct>('[]update.Change', []);
    list.push(change(c));
    perFile.set(id, list);
  }
  const values = new GoMap('map[string]string', 'string', '');
  for (const [key, value] of Object.entries(input.values ?? {})) values.set(key, value);
  return new GoStruct('source.TemplateData', [
    plain('AutomationObject', namespacedName(input.automation.namespace, input.automation.name)),
    plain('Changed', result(fileChanges)),
    plain('Values', values),
  ]);
}

const messageTemplateDocs =
  'See: https://fluxcd.io/flux/components/image/imageupdateautomations/#message-template';

/** Flux turns Go's field errors for the removed template fields into these messages. */
const removedFields = [
  {
    pattern: "can't evaluate field Updated in type source.TemplateData",
    message: `template uses removed '.Updated' field. Please use '.Changed' instead. ${messageTemplateDocs}`,
  },
  {
    pattern: "can't evaluate field ImageResult in type update.Result",
    message: `template uses removed '.Changed.ImageResult' field. Please use '.Changed.FileChanges' or '.Changed.Objects' instead. ${messageTemplateDocs}`,
  },
];

/**
 * Renders spec.git.commit.messageTemplate as Flux does: the default message when it is empty, the
 * template name "commit message", and Flux's wording around parse and execution failures.
 */
export function renderCommitMessage(templateText: string | undefined, data: GoStruct): string {
  const text = templateText ? templateText : DEFAULT_COMMIT_MESSAGE;
  let template: ReturnType<typeof parseTemplate>;
  try {
    template = parseTemplate('commit message', text);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new TemplateError(`unable to create commit message template from spec: ${error.message}`, {
      cause: error,
      ...(error.hint === undefined ? {} : { hint: error.hint }),
    });
  }
  try {
    return template.execute(data);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const removed = removedFields.find((r) => error.message.includes(r.pattern));
    if (removed) {
      throw new GitopsError(removed.message, {
        cause: error,
        hint: 'Flux marks the ImageUpdateAutomation Stalled for this; update spec.git.commit.messageTemplate.',
      });
    }
    throw new TemplateError(`failed to run template from spec: ${error.message}`, { cause: error });
  }
}
