import { createHmac, randomBytes } from 'node:crypto';
import type { KubeObject } from '../flux/substitute/substitute-resource.js';
import type { KubeValue } from '../yaml/kubernetes-decode.js';

/**
 * Secret values never leave a render in clear. Each is replaced by a marker carrying a short keyed
 * hash of the value, so a diff between two renders still shows that a value changed, and which one,
 * without showing it. The key is random per process unless given: both sides of a diff are rendered
 * in one run, and a hash that stayed the same across runs would let anyone with a PR comment test
 * guesses of a weak password offline.
 */
export interface RedactOptions {
  /** HMAC key; tests pass a fixed one. */
  key?: string | Buffer;
}

const processKey = randomBytes(32);
const ENCRYPTED = /^ENC\[[A-Za-z0-9_]+,data:.*\]$/s;
const DOCKER_CONFIG_KEYS = new Set(['.dockerconfigjson', '.dockercfg']);

/** `**SECRET:1a2b3c4d**` for a Secret's value, `**SOPS:1a2b3c4d**` for a SOPS-encrypted one. */
export function redactedValue(kind: 'SECRET' | 'SOPS', value: string, options: RedactOptions = {}): string {
  const hash = createHmac('sha256', options.key ?? processKey)
    .update(value)
    .digest('hex')
    .slice(0, 8);
  return `**${kind}:${hash}**`;
}

/**
 * A copy of `objects` with Secret values and SOPS-encrypted values replaced. In a Secret, `data` stays
 * valid base64 (the marker, encoded) and `stringData` gets the marker; a docker config key gets a JSON
 * object holding the marker, as `flux build` does, so it still parses. In any object SOPS encrypted,
 * every `ENC[…]` value is replaced and the `sops` metadata dropped: the controller decrypts the object
 * and never applies that block.
 */
export function redactSecrets(objects: readonly KubeObject[], options: RedactOptions = {}): KubeObject[] {
  return objects.map((object) => redactObject(object, options));
}

function redactObject(object: KubeObject, options: RedactOptions): KubeObject {
  const encrypted = isSopsEncrypted(object);
  const isSecret = object.apiVersion === 'v1' && object.kind === 'Secret';
  if (!encrypted && !isSecret) return object;
  const copy = structuredClone(object);
  if (encrypted) delete copy.sops;
  if (isSecret) {
    for (const field of ['data', 'stringData'] as const) {
      const values = copy[field];
      if (values === null || typeof values !== 'object' || Array.isArray(values)) continue;
      for (const [key, value] of Object.entries(values)) {
        if (typeof value !== 'string') continue;
        const marker = redactedValue(ENCRYPTED.test(value) ? 'SOPS' : 'SECRET', value, options);
        const text = DOCKER_CONFIG_KEYS.has(key) ? JSON.stringify({ mask: marker }) : marker;
        values[key] = field === 'data' ? Buffer.from(text).toString('base64') : text;
      }
    }
    return copy;
  }
  return replaceEncrypted(copy, options) as KubeObject;
}

function replaceEncrypted(value: KubeValue, options: RedactOptions): KubeValue {
  if (typeof value === 'string') return ENCRYPTED.test(value) ? redactedValue('SOPS', value, options) : value;
  if (Array.isArray(value)) return value.map((item) => replaceEncrypted(item, options));
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) value[key] = replaceEncrypted(item, options);
  }
  return value;
}

/** The marks of a SOPS-encrypted manifest: a top-level `sops` block with an encrypted MAC. */
export function isSopsEncrypted(object: KubeObject): boolean {
  const sops = object.sops;
  if (sops === null || typeof sops !== 'object' || Array.isArray(sops)) return false;
  return typeof sops.mac === 'string' && sops.mac.startsWith('ENC[');
}
