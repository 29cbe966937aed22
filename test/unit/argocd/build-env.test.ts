import { expect, test } from 'vitest';
import { buildEnv, envsubst } from '../../../src/core/argocd/build-env.js';

const env = buildEnv({
  appName: 'web',
  namespace: 'prod',
  project: 'default',
  repoURL: 'https://example.invalid/repo',
  path: 'apps/web',
  targetRevision: 'main',
});

test('substitutes the build environment in both $NAME and ${NAME} forms', () => {
  expect(envsubst('$ARGOCD_APP_NAME-${ARGOCD_APP_NAMESPACE}', env)).toBe('web-prod');
});

test('replaces unknown variables with nothing and $$ with a dollar, as Go os.Expand with Argo CD mapping', () => {
  expect(envsubst('pa$word', env)).toBe('pa');
  expect(envsubst('pa$$word', env)).toBe('pa$word');
  expect(envsubst('cost: 5$', env)).toBe('cost: 5$');
  expect(envsubst('a${}b', env)).toBe('ab');
});
