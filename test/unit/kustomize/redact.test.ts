import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../../src/core/flux/substitute/substitute-resource.js';
import { isSopsEncrypted, redactedValue, redactSecrets } from '../../../src/core/render/redact.js';

/** A nested field, without optional-chaining casts. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((current, key) => (current as Record<string, unknown> | undefined)?.[key], value);

const key = 'test-key';
const b64 = (text: string) => Buffer.from(text).toString('base64');
const unb64 = (text: unknown) => Buffer.from(String(text), 'base64').toString('utf8');

const secret = (data: Record<string, string>, extra: KubeObject = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 's' },
  data,
  ...extra,
});

describe('redactSecrets', () => {
  test('Secret data stays base64 of a marker with a short keyed hash; stringData gets the marker', () => {
    const [redacted] = redactSecrets(
      [secret({ password: b64('hunter2') }, { stringData: { token: 'abc' } })],
      { key },
    );
    const marker = unb64(at(redacted, 'data', 'password'));
    expect(marker).toMatch(/^\*\*SECRET:[0-9a-f]{8}\*\*$/);
    expect(marker).toBe(redactedValue('SECRET', b64('hunter2'), { key }));
    expect(at(redacted, 'stringData', 'token')).toBe(redactedValue('SECRET', 'abc', { key }));
  });

  test('a changed value changes the marker, an unchanged one keeps it', () => {
    const [a, b, c] = redactSecrets(
      [secret({ p: b64('one') }), secret({ p: b64('one') }), secret({ p: b64('two') })],
      { key },
    );
    expect(at(a, 'data', 'p')).toBe(at(b, 'data', 'p'));
    expect(at(a, 'data', 'p')).not.toBe(at(c, 'data', 'p'));
  });

  test('a docker config secret keeps valid JSON, as flux build masks it', () => {
    const [redacted] = redactSecrets([secret({ '.dockerconfigjson': b64('{"auths":{}}') })], { key });
    expect(JSON.parse(unb64(at(redacted, 'data', '.dockerconfigjson')))).toEqual({
      mask: expect.stringMatching(/^\*\*SECRET:/),
    });
  });

  test('SOPS-encrypted values in any object are masked as SOPS and the sops block is dropped', () => {
    const configMap: KubeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { plain: 'visible', secret: 'ENC[AES256_GCM,data:abc=,iv:x,tag:y,type:str]' },
      sops: { mac: 'ENC[AES256_GCM,data:m,iv:x,tag:y,type:str]', version: '3.9.0' },
    };
    expect(isSopsEncrypted(configMap)).toBe(true);
    const [redacted] = redactSecrets([configMap], { key });
    expect(redacted?.data).toEqual({
      plain: 'visible',
      secret: expect.stringMatching(/^\*\*SOPS:[0-9a-f]{8}\*\*$/),
    });
    expect(redacted?.sops).toBeUndefined();
    expect(configMap.sops).toBeDefined();
  });

  test('other objects are returned as they are', () => {
    const object: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } };
    expect(redactSecrets([object])[0]).toBe(object);
  });
});
