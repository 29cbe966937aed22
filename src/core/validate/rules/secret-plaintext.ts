/**
 * `secret/plaintext`: a Secret committed with readable values. Base64 in `data` is an encoding, not
 * encryption; anyone who can read the repository can read the Secret. Flux decrypts SOPS files on
 * apply (kustomize-controller `spec.decryption`), so an encrypted Secret is the way to commit one.
 */
import type { KubeValue } from '../../yaml/kubernetes-decode.js';
import type { Finding, RuleMetadata } from '../finding.js';
import { asList, asMap, asString, isKind, type KubeMap } from './kube-values.js';
import { appliedObjects, isKustomizeConfig } from './kustomize-inputs.js';
import { type GitopsRule, objectFinding, type RuleInput, type RuleObject } from './types.js';

const metadata: RuleMetadata = {
  id: 'secret/plaintext',
  name: 'Plaintext Secret',
  description: 'A Secret with readable values is committed to the repository.',
  help: [
    'A Secret whose `data` or `stringData` holds values, and that is not SOPS-encrypted (no top-level',
    '`sops:` block, values not `ENC[…]`), exposes those values to everyone who can read the repository',
    'and its history. So does a kustomize `secretGenerator` with `literals`.',
    '',
    'Encrypt the file with SOPS and let Flux decrypt it (`spec.decryption` on the Kustomization), or keep',
    'the value outside Git (External Secrets, Sealed Secrets). Rotate any value that was pushed.',
  ].join('\n'),
  defaultSeverity: 'error',
};

const ENCRYPTED = /^ENC\[[A-Za-z0-9_]+,data:/;
// What src/core/render/redact.ts writes for a SOPS value when it masks rendered output.
const REDACTED_SOPS = /^\*\*SOPS:[0-9a-f]+\*\*$/;

function check(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const object of input.objects) {
    if (isKustomizeConfig(object)) findings.push(...generatorFindings(object));
  }
  for (const object of appliedObjects(input.objects)) {
    if (!isKind(object, '', 'Secret') || asMap(object.object.sops) !== undefined) continue;
    const plain: { field: string; key: string }[] = [];
    for (const field of ['data', 'stringData'] as const) {
      for (const [key, value] of Object.entries(asMap(object.object[field]) ?? {})) {
        if (isPlaintext(value, field === 'data')) plain.push({ field, key });
      }
    }
    const first = plain[0];
    if (first === undefined) continue;
    const keys = plain.map((entry) => entry.key);
    findings.push(
      objectFinding(
        metadata,
        object,
        `Secret ${object.identity.name} is committed in plain text (${keys.length === 1 ? 'key' : 'keys'} ${keys.join(', ')})`,
        {
          path: [first.field, first.key],
          hint: 'Encrypt it with SOPS, or keep the value out of Git; rotate what was pushed.',
        },
      ),
    );
  }
  return findings;
}

function isPlaintext(value: KubeValue, base64: boolean): boolean {
  const text = typeof value === 'string' ? value : value === null ? '' : String(value);
  if (text === '' || ENCRYPTED.test(text) || REDACTED_SOPS.test(text)) return false;
  if (base64) {
    const decoded = Buffer.from(text, 'base64').toString('utf8');
    if (decoded === '' || REDACTED_SOPS.test(decoded)) return false;
  }
  return true;
}

/** `secretGenerator[].literals`: the values are in kustomization.yaml itself, which SOPS cannot cover. */
function generatorFindings(object: RuleObject): Finding[] {
  const findings: Finding[] = [];
  asList(object.object.secretGenerator).forEach((entry, index) => {
    const map: KubeMap | undefined = asMap(entry);
    const literals = asList(map?.literals).filter((literal) => /^[^=]+=.+/s.test(String(literal ?? '')));
    if (map === undefined || literals.length === 0) return;
    const name = asString(map.name) ?? `#${index + 1}`;
    findings.push(
      objectFinding(
        metadata,
        object,
        `secretGenerator ${name} has plain-text literals in ${object.location.file}`,
        {
          path: ['secretGenerator', index, 'literals'],
          hint: 'Generate the Secret from a SOPS-encrypted file (files or envs), which Flux decrypts before the build.',
        },
      ),
    );
  });
  return findings;
}

export const secretPlaintextRule: GitopsRule = { metadata, check };
