import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, GitopsError, NotImplementedError } from '../../../src/core/errors.js';
import { VERSION } from '../../../src/version.js';
import { repoRoot } from '../../support/paths.js';

describe('describeError', () => {
  it('prefixes the location and keeps the hint', () => {
    const error = new GitopsError('unknown kind Foo', {
      location: { file: 'apps/a.yaml', line: 3, column: 1 },
      hint: 'Add its CRD.',
    });
    expect(describeError(error)).toEqual({
      message: 'apps/a.yaml:3:1: unknown kind Foo',
      hint: 'Add its CRD.',
      location: { file: 'apps/a.yaml', line: 3, column: 1 },
    });
  });

  it.each([
    ['a string', 'boom', 'boom'],
    ['undefined', undefined, 'unknown error (undefined was thrown)'],
    ['a plain object', { code: 42 }, 'unknown error: {"code":42}'],
    ['an Error without message', new TypeError(''), 'TypeError'],
  ])('turns %s into one readable message', (_, thrown, message) => {
    expect(describeError(thrown).message).toBe(message);
  });

  it('says plainly that a capability is not implemented yet', () => {
    expect(describeError(new NotImplementedError('actions/promote')).message).toBe(
      'actions/promote is not implemented yet',
    );
  });
});

describe('VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
