/**
 * The diff never shows a secret, whether or not the render already redacted it: a Secret's values
 * and anything SOPS-encrypted become `**SECRET:1a2b3c4d**` / `**SOPS:1a2b3c4d**` markers (the
 * render's own, `redactedValue`), so a reviewer sees that a value changed and which one, never what.
 */
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import { apiGroup } from '../manifest/identity.js';
import { redactedValue } from '../render/redact.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';
import { isMap } from './field-path.js';

/** The render's marker; a value already redacted keeps it, so the comment matches the render output. */
const MARKER = /^\*\*(?:SECRET|SOPS):[0-9a-f]{8}\*\*$/;
/** Looser than the render's SOPS check on purpose: anything that looks encrypted is hidden. */
const ENCRYPTED = /^ENC\[.*\]$/s;
/** kubectl copies the whole object, values included, into this annotation. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function isSecret(object: KubeObject): boolean {
  return (
    object.kind === 'Secret' && typeof object.apiVersion === 'string' && apiGroup(object.apiVersion) === ''
  );
}

/** A Secret, or an object carrying SOPS metadata or an `ENC[…]` value anywhere. */
export function isSensitive(object: KubeObject): boolean {
  return isSecret(object) || object.sops !== undefined || holdsEncrypted(object);
}

/** A copy with every secret value replaced by a marker; the object itself when nothing is secret. */
export function conceal(object: KubeObject): KubeObject {
  if (!isSensitive(object)) return object;
  const copy = structuredClone(object);
  if (copy.sops !== undefined) copy.sops = redactedValue('SOPS', JSON.stringify(copy.sops));
  if (isSecret(copy)) {
    for (const field of ['data', 'stringData'] as const) {
      const values = copy[field];
      if (!isMap(values)) continue;
      for (const [key, value] of Object.entries(values)) {
        values[key] = markerFor(value, field === 'data');
      }
    }
    const annotations = isMap(copy.metadata) ? copy.metadata.annotations : undefined;
    if (isMap(annotations) && typeof annotations[LAST_APPLIED] === 'string') {
      annotations[LAST_APPLIED] = redactedValue('SECRET', annotations[LAST_APPLIED]);
    }
  }
  return replaceEncrypted(copy) as KubeObject;
}

function markerFor(value: KubeValue, base64: boolean): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (MARKER.test(text)) return text;
  if (base64) {
    const decoded = Buffer.from(text, 'base64').toString('utf8');
    const kept = keptMarker(decoded);
    if (kept !== undefined) return kept;
  }
  return redactedValue(ENCRYPTED.test(text) ? 'SOPS' : 'SECRET', text);
}

/** The marker in a value the render redacted: the marker itself, or a docker config holding it. */
function keptMarker(decoded: string): string | undefined {
  if (MARKER.test(decoded)) return decoded;
  try {
    const parsed: unknown = JSON.parse(decoded);
    const mask = isMap(parsed as KubeValue) ? (parsed as { mask?: unknown }).mask : undefined;
    return typeof mask === 'string' && MARKER.test(mask) ? mask : undefined;
  } catch {
    return undefined;
  }
}

function holdsEncrypted(value: KubeValue): boolean {
  if (typeof value === 'string') return ENCRYPTED.test(value);
  if (Array.isArray(value)) return value.some(holdsEncrypted);
  if (isMap(value)) return Object.values(value).some(holdsEncrypted);
  return false;
}

function replaceEncrypted(value: KubeValue): KubeValue {
  if (typeof value === 'string') return ENCRYPTED.test(value) ? redactedValue('SOPS', value) : value;
  if (Array.isArray(value)) return value.map(replaceEncrypted);
  if (isMap(value)) {
    for (const [key, item] of Object.entries(value)) value[key] = replaceEncrypted(item);
  }
  return value;
}
