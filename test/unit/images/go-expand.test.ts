import { describe, expect, it } from 'vitest';
import {
  compileGoRegexp,
  expandTemplate,
  findSubmatch,
  parseTemplate,
} from '../../../src/core/images/policy/index.js';

function expand(pattern: string, template: string, text: string): string | undefined {
  const re = compileGoRegexp(pattern, 'test');
  const groups = findSubmatch(re, text);
  return groups && expandTemplate(parseTemplate(template), re, groups);
}

// Each expected value was checked against Go's Regexp.ExpandString.
describe("Go's Regexp.Expand", () => {
  const pattern = '(?P<a>x)(?P<b>y)?';
  it.each([
    ['$a$b', 'zxy', 'xy'],
    ['$a$b', 'xz', 'x'],
    ['${a}_', 'xz', 'x_'],
    // The longest name wins: `$ax` asks for a group named "ax", which does not exist.
    ['$ax', 'xz', ''],
    ['$$', 'xz', '$'],
    ['$', 'xz', '$'],
    ['${a', 'xz', '${a'],
    ['$-', 'xz', '$-'],
    ['$1$2', 'zxy', 'xy'],
    // A leading zero makes a name, not a number.
    ['$01', 'zxy', ''],
    ['$3', 'zxy', ''],
    ['$0', 'zxy', 'xy'],
    ['${1}0', 'zxy', 'x0'],
    ['v$1.$2', 'zxy', 'vx.y'],
  ])('%j on %j gives %j', (template, text, expected) => {
    expect(expand(pattern, template, text)).toBe(expected);
  });

  it('reads a repeated name from the first of its groups that took part', () => {
    expect(expand('(?P<n>a)|(?P<n>b)', '$n', 'b')).toBe('b');
    expect(expand('(?P<n>a)|(?P<n>b)', '$n', 'a')).toBe('a');
  });

  it('takes Unicode letters and digits into a name, as Go does', () => {
    expect(expand('(?P<a>x)', '$aé', 'x')).toBe('');
    expect(expand('(?P<a>x)', '${a}é', 'x')).toBe('xé');
  });

  it('expands the Flux documentation patterns', () => {
    expect(expand('^main-[a-f0-9]+-(?P<ts>[0-9]+)$', '$ts', 'main-abc123-1700000000')).toBe('1700000000');
    expect(expand('^main-[a-f0-9]+-(?P<ts>[0-9]+)$', '$ts', 'main-ABC-1')).toBeUndefined();
    const rc = '^(?P<rv>[0-9]+\\.[0-9]+\\.[0-9]+)-rc\\.(?P<num>[0-9]+)$';
    expect(expand(rc, '$num', '1.2.3-rc.4')).toBe('4');
    expect(expand(rc, '$rv', '1.2.3-rc.4')).toBe('1.2.3');
    expect(expand(rc, '$num', '1.2.3')).toBeUndefined();
  });
});
