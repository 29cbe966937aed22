import { expect, test } from 'vitest';
import { gobwasMatch, goPathMatch } from '../../../src/core/argocd/glob.js';

test('directory include/exclude globs (gobwas, no separators) let * cross directories', () => {
  expect(gobwasMatch('*.yaml', 'nested/deep/a.yaml')).toBe(true);
  expect(gobwasMatch('{config.json,*.yml}', 'config.json')).toBe(true);
  expect(gobwasMatch('{config.json,*.yml}', 'x/y.yml')).toBe(true);
  expect(gobwasMatch('{config.json,*.yml}', 'x.yaml')).toBe(false);
  expect(gobwasMatch('[!a]*', 'b.yaml')).toBe(true);
  expect(gobwasMatch('[!a]*', 'a.yaml')).toBe(false);
  expect(gobwasMatch('{unclosed', 'unclosed')).toBe(false);
});

test('git directory patterns (Go path.Match) stop * at a slash', () => {
  expect(goPathMatch('apps/*', 'apps/web')).toBe(true);
  expect(goPathMatch('apps/*', 'apps/web/base')).toBe(false);
  expect(goPathMatch('apps/[^x]*', 'apps/web')).toBe(true);
  expect(goPathMatch('apps/[^w]*', 'apps/web')).toBe(false);
  expect(goPathMatch('apps/we?', 'apps/web')).toBe(true);
  expect(goPathMatch('apps/[', 'apps/[')).toBe(false);
});
