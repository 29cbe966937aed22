import { describe, expect, it } from 'vitest';
import { secretPlaintextRule } from '../../../src/core/validate/rules/secret-plaintext.js';
import { inputOf, yaml } from './rule-input.js';

const settings = { kubernetesVersion: '1.35' };
const head = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', '  namespace: shop']; // lines 1-5

describe('secret/plaintext', () => {
  it('reports a Secret with values, at the first plain value, naming every plain key', () => {
    const input = inputOf({
      file: 'apps/shop/secret.yaml',
      text: yaml(...head, 'data:', '  username: YWRtaW4=', 'stringData:', '  password: hunter2'),
    });
    expect(secretPlaintextRule.check(input, settings)).toEqual([
      {
        ruleId: 'secret/plaintext',
        severity: 'error',
        message: 'Secret db is committed in plain text (keys username, password)',
        location: { file: 'apps/shop/secret.yaml', line: 7, column: 13 },
        object: { apiVersion: 'v1', kind: 'Secret', namespace: 'shop', name: 'db' },
        jsonPath: ['data', 'username'],
        hint: 'Encrypt it with SOPS, or keep the value out of Git; rotate what was pushed.',
      },
    ]);
  });

  it('accepts a SOPS-encrypted Secret, ENC[…] values and an empty Secret', () => {
    const sops = inputOf({
      file: 'a.yaml',
      text: yaml(
        ...head,
        'stringData:',
        '  password: ENC[AES256_GCM,data:cGFzcw==,iv:a,tag:b,type:str]',
        'sops:',
        '  version: 3.9.0',
      ),
    });
    const encryptedValues = inputOf({
      file: 'b.yaml',
      text: yaml(...head, 'data:', '  password: ENC[AES256_GCM,data:Zm9v,iv:a,tag:b,type:str]'),
    });
    const empty = inputOf({
      file: 'c.yaml',
      text: yaml(...head, 'data:', '  password: ""', 'stringData: {}'),
    });
    const none = inputOf({
      file: 'd.yaml',
      text: yaml(...head, 'type: kubernetes.io/service-account-token'),
    });
    for (const input of [sops, encryptedValues, empty, none]) {
      expect(secretPlaintextRule.check(input, settings)).toEqual([]);
    }
  });

  it('reports the plain key of a Secret that encrypts only some values without a sops block', () => {
    const input = inputOf({
      file: 'a.yaml',
      text: yaml(
        ...head,
        'stringData:',
        '  token: ENC[AES256_GCM,data:Zm9v,iv:a,tag:b,type:str]',
        '  user: admin',
      ),
    });
    expect(secretPlaintextRule.check(input, settings).map((f) => [f.message, f.location.line])).toEqual([
      ['Secret db is committed in plain text (key user)', 8],
    ]);
  });

  it('reports secretGenerator literals in a kustomization', () => {
    const input = inputOf({
      file: 'apps/shop/kustomization.yaml',
      text: yaml(
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'secretGenerator:',
        '  - name: from-file',
        '    files: [secret.enc.yaml]',
        '  - name: api',
        '    literals:', // 7
        '      - token=s3cr3t',
      ),
    });
    expect(secretPlaintextRule.check(input, settings).map((f) => [f.message, f.location.line])).toEqual([
      ['secretGenerator api has plain-text literals in apps/shop/kustomization.yaml', 8],
    ]);
  });

  it('ignores ConfigMaps', () => {
    const input = inputOf({
      file: 'a.yaml',
      text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: x}', 'data: {a: b}'),
    });
    expect(secretPlaintextRule.check(input, settings)).toEqual([]);
  });
});
