import { describe, expect, it } from 'vitest';
import {
  isSubstitutionDisabled,
  type KubeObject,
  SubstitutionError,
  substituteResource,
} from '../../../../src/core/flux/substitute/substitute-resource.js';

const vars = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

const deployment = (spec: KubeObject, metadata: KubeObject = {}): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'apps', ...metadata },
  spec,
});

const failure = (run: () => unknown): SubstitutionError => {
  try {
    run();
  } catch (error) {
    if (error instanceof SubstitutionError) return error;
    throw error;
  }
  throw new Error('expected a SubstitutionError');
};

describe('substituteResource', () => {
  it('substitutes text, so a value can change type: replicas "3" becomes the integer 3', () => {
    const out = substituteResource(
      deployment({ replicas: '${replicas}', paused: '${paused}' }),
      vars({ replicas: '3', paused: 'on' }),
      {
        strict: true,
      },
    );
    expect(out.spec).toEqual({ replicas: 3, paused: true }); // YAML 1.1, as Kubernetes decodes: `on` is true
  });

  it('keeps a string a string when the expression sits inside a larger string or a quoted one', () => {
    const out = substituteResource(
      deployment({ image: 'repo/app:${tag}', note: 'replicas: ${n}', empty: '' }),
      vars({ tag: '1.2', n: '3' }),
      { strict: true },
    );
    expect(out.spec).toEqual({ image: 'repo/app:1.2', note: 'replicas: 3', empty: '' });
  });

  it('applies defaults and every operator inside an object', () => {
    const out = substituteResource(
      deployment({ env: ['${CLUSTER:=prod}', '${NAME^^}', '${PATH_ONE##*/}'] }),
      vars({ NAME: 'web', PATH_ONE: 'a/b/c' }),
      { strict: true },
    );
    expect(out.spec).toEqual({ env: ['prod', 'WEB', 'c'] });
  });

  it('substitutes in multi-line strings and in keys', () => {
    const out = substituteResource(
      {
        kind: 'ConfigMap',
        metadata: { name: 'cm' },
        data: { 'app.yaml': 'host: ${host}\nport: 80\n', '${key}': 'v' },
      },
      vars({ host: 'example.com', key: 'named' }),
      { strict: true },
    );
    expect(out.data).toEqual({ 'app.yaml': 'host: example.com\nport: 80\n', named: 'v' });
  });

  it('turns $${var} into a literal ${var} and leaves bare $var alone', () => {
    const out = substituteResource(deployment({ cmd: 'echo $${HOME} $HOME ${v}' }), vars({ v: 'x' }), {
      strict: true,
    });
    expect(out.spec).toEqual({ cmd: 'echo ${HOME} $HOME x' });
  });

  it('returns keys in Go JSON order after substitution', () => {
    const out = substituteResource(
      { kind: 'ConfigMap', metadata: { name: 'cm' }, data: { b: '${v}', a: '1' } },
      vars({ v: 'x' }),
      {
        strict: false,
      },
    );
    expect(Object.keys(out)).toEqual(['data', 'kind', 'metadata']);
    expect(Object.keys(out.data as KubeObject)).toEqual(['a', 'b']);
  });

  it.each([
    ['label', { labels: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } }],
    ['annotation', { annotations: { 'kustomize.toolkit.fluxcd.io/substitute': 'disabled' } }],
  ])('skips an object that opts out by %s, even with a syntax error in it', (_how, metadata) => {
    const object = deployment({ script: 'echo ${unclosed' }, metadata);
    expect(isSubstitutionDisabled(object)).toBe(true);
    expect(substituteResource(object, vars({ v: 'x' }), { strict: true })).toBe(object);
  });

  it('only opts out for the exact value "disabled"', () => {
    expect(
      isSubstitutionDisabled(
        deployment({}, { labels: { 'kustomize.toolkit.fluxcd.io/substitute': 'Disabled' } }),
      ),
    ).toBe(false);
  });

  it('leaves objects alone when no variable is defined, unless the strategy is Always', () => {
    const object = deployment({ env: '${CLUSTER:=prod}', other: '${missing}' });
    expect(substituteResource(object, vars({}), { strict: true })).toBe(object);
    expect(substituteResource(object, vars({}), { strict: false, strategy: 'Always' }).spec).toEqual({
      env: 'prod',
      other: null,
    });
  });

  it('names the object and the variable when strict mode meets an undefined variable', () => {
    const error = failure(() =>
      substituteResource(deployment({ image: 'app:${tag}' }), vars({ other: 'x' }), { strict: true }),
    );
    expect(error.message).toBe(
      `Deployment/apps/web: var substitution failed for 'web': envsubst error: variable substitution failed: ` +
        `variable not set (strict mode): "tag"`,
    );
    expect(error.object).toBe('Deployment/apps/web');
    expect(error.variable).toBe('tag');
  });

  it('expands an undefined variable to "" when not strict, which YAML then reads as null', () => {
    const out = substituteResource(
      deployment({ image: 'app-${tag}', alone: '${tag}' }),
      vars({ other: 'x' }),
      {
        strict: false,
      },
    );
    expect(out.spec).toEqual({ image: 'app-', alone: null });
  });

  it('fails, as go-yaml does, when an empty value leaves a plain scalar ending in a colon', () => {
    const error = failure(() =>
      substituteResource(deployment({ image: 'app:${tag}' }), vars({ other: 'x' }), { strict: false }),
    );
    expect(error.message).toContain('envsubst error: YAMLToJSON:');
  });

  it('fails the whole object on an invalid variable name, even one it does not use', () => {
    const error = failure(() =>
      substituteResource(deployment({ a: 'b' }), vars({ ok: '1', 'my-var': '2' }), { strict: false }),
    );
    expect(error.message).toContain(
      `'my-var' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'`,
    );
    expect(error.variable).toBe('my-var');
  });

  it('reports syntax errors with the library message', () => {
    const error = failure(() =>
      substituteResource(deployment({ script: 'echo ${x' }), vars({ v: '1' }), { strict: false }),
    );
    expect(error.message).toBe(
      `Deployment/apps/web: var substitution failed for 'web': envsubst error: variable substitution failed: missing closing brace`,
    );
  });

  it('fails when a substituted value breaks the YAML, as YAMLToJSON would', () => {
    const error = failure(() =>
      substituteResource(deployment({ image: '${v}' }), vars({ v: 'a: b: c' }), { strict: false }),
    );
    expect(error.message).toContain('envsubst error: YAMLToJSON:');
  });

  it('can change structure: a flow mapping value becomes a mapping', () => {
    const out = substituteResource(deployment({ selector: '${sel}' }), vars({ sel: '{app: web}' }), {
      strict: false,
    });
    expect(out.spec).toEqual({ selector: { app: 'web' } });
  });
});
